/**
 * The interpretation contract of ../shared/spec/interpretation.md: the outside shape of one
 * message's result, shared by `cli interpret` and the evaluation scorer. Internally Kitty works
 * in minor units and member names; this is where they become decimal strings and JSON keys.
 */
import { z } from 'zod';
import { assertTimeZone } from '../domain/dates.ts';
import { normalizeCurrency, toDecimalString } from '../domain/money.ts';
import type { InterpretContext, Interpretation, ProposedSplit } from './interpretation.ts';

export type ContractSplit = 'equal' | Record<string, number>;

export interface ContractDraft {
  amount: string;
  currency: string;
  category: string;
  date: string;
  description: string;
  paid_by?: string;
  split?: ContractSplit;
}

export interface ContractIntent {
  id: string;
  period?: { start: string; end: string };
  category?: string;
  member?: string;
  limit?: number;
  merchant?: string;
}

export type ContractResult =
  | { kind: 'expense'; drafts: ContractDraft[] }
  | { kind: 'question'; intent: ContractIntent }
  | { kind: 'other' };

/** Conversational edits act on a saved draft; outside a conversation they are `other`. */
export function toContract(interpretation: Interpretation): ContractResult {
  switch (interpretation.kind) {
    case 'expense':
      return {
        kind: 'expense',
        drafts: interpretation.drafts.map((draft) => ({
          amount: toDecimalString(draft.amountMinor, draft.currency),
          currency: draft.currency,
          category: draft.category,
          date: draft.date,
          description: draft.description,
          ...(draft.paidBy !== undefined && { paid_by: draft.paidBy }),
          ...(draft.split !== undefined && { split: contractSplit(draft.split) }),
        })),
      };
    case 'question': {
      const { id, period, category, member, limit, merchant } = interpretation.intent;
      return {
        kind: 'question',
        intent: {
          id,
          ...(period && { period: { start: period.start, end: period.end } }),
          ...(category !== undefined && { category }),
          ...(member !== undefined && { member }),
          ...(limit !== undefined && { limit }),
          ...(merchant !== undefined && { merchant }),
        },
      };
    }
    default:
      return { kind: 'other' };
  }
}

function contractSplit(split: ProposedSplit): ContractSplit {
  return split === 'equal' ? 'equal' : { ...split };
}

/** The context object at the top of a labeled file (or in `--context FILE`). */
export const contractContextSchema = z.object({
  members: z.array(z.string().trim().min(1)).min(1, 'members needs at least the sender'),
  currency: z.string().transform((code, ctx) => {
    try {
      return normalizeCurrency(code);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  }),
  timezone: z.string().transform((zone, ctx) => {
    try {
      return assertTimeZone(zone);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  }),
  now: z.iso.datetime({ offset: true }).transform((text) => new Date(text)),
  /** How the household writes numbers and dates ("de-DE": "2,40" is two euros forty); BCP 47, canonicalised. */
  locale: z
    .string()
    .transform((tag, ctx) => {
      try {
        const [canonical] = Intl.getCanonicalLocales(tag);
        // Well-formed is not enough ("xx" is well-formed): Intl must also have data for it.
        if (canonical && Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0) return canonical;
      } catch {
        // Falls through to the issue below: RangeError is Intl's way of saying "not a tag".
      }
      ctx.addIssue({ code: 'custom', message: `"${tag}" is not a locale Kitty knows; write it like de-DE or en-IN.` });
      return z.NEVER;
    })
    .optional(),
});

/** Accepts the bare context object or the labeled file's `{"context": {...}}` line. */
export function parseContractContext(json: unknown): InterpretContext {
  const inner = json && typeof json === 'object' && 'context' in json ? (json as { context: unknown }).context : json;
  const parsed = contractContextSchema.safeParse(inner);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'context'}: ${issue.message}`);
    throw new Error(`Invalid context: ${problems.join('; ')}`);
  }
  const { members, currency, timezone, now, locale } = parsed.data;
  return { members, currency, timeZone: timezone, now, ...(locale !== undefined && { locale }) };
}
