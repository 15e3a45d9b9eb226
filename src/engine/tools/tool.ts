/**
 * A model tool: a name, a description, a zod input with `.describe()` on every field (converted
 * per provider by src/llm), and `interpret`, which turns validated arguments into the same
 * Interpretation the offline parser produces. Tools never touch the database: the engine saves
 * drafts or runs intents afterwards, so no tool can confirm, delete or read anything.
 */
import type { z } from 'zod';
import { parseIsoDate, todayIn } from '../../domain/dates.ts';
import { KittyError } from '../../domain/errors.ts';
import { normalizeCurrency, parseAmount } from '../../domain/money.ts';
import { defaultCategories } from '../categories.ts';
import type { ToolSpec } from '../../llm/types.ts';
import type { InterpretContext, Interpretation, ProposedSplit } from '../interpretation.ts';

export interface EngineTool<Input extends z.ZodType = z.ZodType> extends ToolSpec {
  readonly input: Input;
  /** Throws KittyError with a message the model can act on when arguments make no sense. */
  interpret(args: z.output<Input>, context: InterpretContext): Interpretation;
}

export function defineTool<Input extends z.ZodType>(tool: EngineTool<Input>): EngineTool<Input> {
  return tool;
}

/** Checks shared by the tools; their messages go back to the model in a repair request. */
export const argument = {
  amount(amount: string, currency: string | undefined, context: InterpretContext): { amountMinor: number; currency: string } {
    const code = normalizeCurrency(currency ?? context.currency);
    return { amountMinor: parseAmount(amount.replace(/,/g, ''), code), currency: code };
  },

  category(slug: string, context: InterpretContext): string {
    const known = (context.categories ?? defaultCategories).map((category) => category.slug);
    const wanted = slug.trim().toLowerCase();
    if (!known.includes(wanted)) {
      throw new KittyError('unknown_category', `"${slug}" is not a category; use one of: ${known.join(', ')}.`, 'category');
    }
    return wanted;
  },

  member(name: string, context: InterpretContext): string {
    const wanted = name.trim().toLowerCase();
    if (['me', 'i', 'myself', 'sender'].includes(wanted)) return context.members[0] ?? name;
    const member = context.members.find((candidate) => candidate.toLowerCase() === wanted);
    if (!member) {
      throw new KittyError('unknown_member', `"${name}" is not a member; use one of: ${context.members.join(', ')}.`, 'member');
    }
    return member;
  },

  /** The sender paying is the default, so it is not recorded as a separate payer. */
  payer(name: string, context: InterpretContext): { paidBy?: string } {
    const member = argument.member(name, context);
    return member === context.members[0] ? {} : { paidBy: member };
  },

  date(text: string): string {
    return parseIsoDate(text.trim());
  },

  today(context: InterpretContext): string {
    return todayIn(context.timeZone, context.now);
  },

  split(split: SplitArgument, context: InterpretContext): ProposedSplit {
    if (split.kind === 'equal') return 'equal';
    const shares = split.percents ?? [];
    if (shares.length === 0) throw new KittyError('invalid_split', 'A percent split needs percents for each member.', 'split');
    const percents: Record<string, number> = {};
    for (const share of shares) percents[argument.member(share.member, context)] = share.percent;
    const total = Object.values(percents).reduce((sum, percent) => sum + percent, 0);
    if (Math.abs(total - 100) > 1e-6) throw new KittyError('invalid_split', `Split percents add up to ${total}, not 100.`, 'split');
    return percents;
  },
};

export type SplitArgument = { kind: 'equal' | 'percent'; percents?: { member: string; percent: number }[] | undefined };
