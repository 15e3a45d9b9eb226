/**
 * Scores interpreter results against labels, field by field. Per the contract: kind; for
 * expenses the number of drafts and each draft's amount, currency, category and date, plus
 * paid_by and split; for questions the intent id, period, category, member and limit. The
 * description is not scored. Stricter than "only where the label has them": a paid_by, split or
 * question parameter the label does not have counts as a miss too, because inventing one is a
 * real mistake a person would have to fix. A merchant is compared as its words ("Costco" is
 * "costco"), the way the merchant_spend query matches it.
 */
import { merchantWords } from '../../intents/merchant-match.ts';
import type { ContractDraft, ContractIntent, ContractResult } from '../engine/contract.ts';

export interface FieldTally {
  correct: number;
  total: number;
}

export interface Miss {
  readonly id: string;
  readonly text: string;
  readonly fields: readonly string[];
  readonly expected: ContractResult;
  readonly actual: ContractResult;
  /** A confident miss is the costly kind: in hybrid mode nothing checks it. */
  readonly confident: boolean;
}

/** Readings the interpreter was sure of (in hybrid mode these skip the model), and how many of them were wrong. */
export interface ConfidentTally {
  readings: number;
  wrong: number;
}

export interface Score {
  readonly lines: FieldTally;
  readonly confident: ConfidentTally;
  readonly byKind: Record<string, FieldTally>;
  readonly byField: Record<string, FieldTally>;
  readonly misses: readonly Miss[];
}

const DRAFT_FIELDS = ['amount', 'currency', 'category', 'date', 'paid_by', 'split'] as const;
const INTENT_FIELDS = ['period', 'category', 'member', 'limit', 'merchant'] as const;

/**
 * `confident` holds, by id, whether the interpreter was sure of its reading; without it no
 * reading counts as confident. A missing result is `other` and not confident.
 */
export function scoreResults(
  labeled: readonly { id: string; text: string; expect: ContractResult }[],
  actual: ReadonlyMap<string, ContractResult>,
  confident: ReadonlyMap<string, boolean> = new Map(),
): Score {
  const lines: FieldTally = { correct: 0, total: 0 };
  const sure: ConfidentTally = { readings: 0, wrong: 0 };
  const byKind: Record<string, FieldTally> = {};
  const byField: Record<string, FieldTally> = {};
  const misses: Miss[] = [];

  for (const line of labeled) {
    const result = actual.get(line.id) ?? { kind: 'other' };
    const wrong = compare(line.expect, result, (field, ok) => tally(byField, field, ok));
    const exact = wrong.length === 0;
    tally(byKind, line.expect.kind, exact);
    lines.total += 1;
    if (exact) lines.correct += 1;
    else misses.push({ id: line.id, text: line.text, fields: wrong, expected: line.expect, actual: result, confident: confident.get(line.id) === true });
    if (actual.has(line.id) && confident.get(line.id) === true) {
      sure.readings += 1;
      if (!exact) sure.wrong += 1;
    }
  }
  return { lines, confident: sure, byKind, byField, misses };
}

type Check = (field: string, ok: boolean) => void;

/** Returns the names of the fields that differ, and reports every compared field to `check`. */
function compare(expected: ContractResult, actual: ContractResult, check: Check): string[] {
  const wrong: string[] = [];
  const see = (field: string, ok: boolean) => {
    check(field, ok);
    if (!ok) wrong.push(field);
  };
  see('kind', expected.kind === actual.kind);
  if (expected.kind !== actual.kind) return wrong;
  if (expected.kind === 'expense' && actual.kind === 'expense') compareDrafts(expected.drafts, actual.drafts, see);
  if (expected.kind === 'question' && actual.kind === 'question') compareIntent(expected.intent, actual.intent, see);
  return wrong;
}

function compareDrafts(expected: readonly ContractDraft[], actual: readonly ContractDraft[], see: Check): void {
  see('drafts', expected.length === actual.length);
  expected.forEach((want, index) => {
    const got = actual[index];
    for (const field of DRAFT_FIELDS) see(`draft.${field}`, got !== undefined && same(want[field], got[field]));
  });
}

function compareIntent(expected: ContractIntent, actual: ContractIntent, see: Check): void {
  see('intent.id', expected.id === actual.id);
  for (const field of INTENT_FIELDS) {
    if (expected[field] !== undefined || actual[field] !== undefined) {
      see(`intent.${field}`, field === 'merchant' ? sameWords(expected.merchant, actual.merchant) : same(expected[field], actual[field]));
    }
  }
}

function sameWords(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return merchantWords(a).join(' ') === merchantWords(b).join(' ');
}

/** Structural equality for the small JSON values of the contract (key order does not matter). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

function tally(table: Record<string, FieldTally>, key: string, ok: boolean): void {
  const entry = (table[key] ??= { correct: 0, total: 0 });
  entry.total += 1;
  if (ok) entry.correct += 1;
}
