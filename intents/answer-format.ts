/**
 * Wording and number formatting shared by the intents' answers, so every answer says amounts,
 * periods, percentages and "nothing yet" the same way. Money is only ever formatted in its own
 * currency; lists of totals keep one entry per currency instead of adding them up.
 */
import { compareDates, todayIn, type IsoDate } from '../src/domain/dates.ts';
import { formatMoney } from '../src/domain/money.ts';
import { periodLabel, type Period } from '../src/domain/periods.ts';
import type { IntentContext } from './definition.ts';

export function money(context: IntentContext, minor: number, currency: string): string {
  return formatMoney(minor, currency, context.locale ?? 'en');
}

/** "₹4,500.00", or "₹4,500.00 and $33.00" when the rows hold several currencies. */
export function moneyList(context: IntentContext, rows: readonly { currency: string; totalMinor: number }[]): string {
  return joinWords(rows.map((row) => money(context, row.totalMinor, row.currency)));
}

export function joinWords(words: readonly string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(words);
}

/** The household's currency first (it is what people think in), then the others alphabetically. */
export function byCurrency<Row extends { currency: string }>(context: IntentContext, rows: readonly Row[]): Row[] {
  const rank = (currency: string) => (currency === context.currency ? '' : currency);
  return [...rows].sort((a, b) => rank(a.currency).localeCompare(rank(b.currency)));
}

/** The distinct currencies of the rows, in byCurrency order. */
export function currenciesOf(context: IntentContext, rows: readonly { currency: string }[]): string[] {
  const distinct = [...new Set(rows.map((row) => row.currency))].map((currency) => ({ currency }));
  return byCurrency(context, distinct).map((row) => row.currency);
}

export function today(context: IntentContext): IsoDate {
  return todayIn(context.timeZone, context.now);
}

/** True while the period has days left, including today: its totals can still grow. */
export function isOngoing(period: Period, todayDate: IsoDate): boolean {
  return compareDates(period.end, todayDate) >= 0;
}

/** "in March 2026", "in 2026", "on 2026-03-18", "from 2026-03-01 to 2026-03-18". */
export function periodPhrase(period: Period): string {
  if (period.start === period.end) return `on ${period.start}`;
  const label = periodLabel(period);
  return label.includes(' – ') ? `from ${period.start} to ${period.end}` : `in ${label}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Whole percent of part in whole, half up, computed exactly on integers. */
export function roundedPercent(part: number, whole: number): number {
  if (whole <= 0) throw new RangeError('A percentage needs a positive whole.');
  return Number((BigInt(part) * 200n + BigInt(whole)) / (BigInt(whole) * 2n));
}

/** "40%", or "<1%" for a real but tiny share, so nothing that was spent reads as zero. */
export function sharePercent(part: number, whole: number): string {
  const percent = roundedPercent(part, whole);
  return percent === 0 && part > 0 ? '<1%' : `${percent}%`;
}

/** total / days in minor units, rounded half up (amounts are positive). */
export function averageMinor(total: number, days: number): number {
  return Number((BigInt(total) * 2n + BigInt(days)) / (BigInt(days) * 2n));
}

/**
 * The friendly line for an empty result: "No confirmed Groceries expenses paid by Priya in
 * March 2026 yet." — "yet" only while the period is still running.
 */
export function noExpensesLine(options: {
  readonly when?: string;
  readonly ongoing: boolean;
  readonly categoryLabel?: string | undefined;
  readonly memberName?: string | undefined;
}): string {
  const kind = options.categoryLabel ? `${options.categoryLabel} expenses` : 'expenses';
  const payer = options.memberName ? ` paid by ${options.memberName}` : '';
  const when = options.when ? ` ${options.when}` : '';
  return `No confirmed ${kind}${payer}${when}${options.ongoing ? ' yet' : ''}.`;
}

export interface ExpenseLine {
  readonly spentOn: string;
  readonly description: string;
  readonly categorySlug: string;
  readonly categoryLabel: string;
  readonly amountMinor: number;
  readonly currency: string;
  readonly paidBy: string;
  readonly paidByName: string;
}

/** "2026-03-01 — Rent (Housing), ₹25,000.00, paid by Arjun"; the category alone when there is no description. */
export function expenseLine(context: IntentContext, row: ExpenseLine): string {
  const label = context.categoryLabels.get(row.categorySlug) ?? row.categoryLabel;
  const what = row.description.trim() ? `${row.description.trim()} (${label})` : label;
  const payer = context.memberNames.get(row.paidBy) ?? row.paidByName;
  return `${row.spentOn} — ${what}, ${money(context, row.amountMinor, row.currency)}, paid by ${payer}`;
}
