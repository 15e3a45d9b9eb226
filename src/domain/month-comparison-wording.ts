/**
 * The sentence that puts a month's spending against the month before, as the web month page and
 * the Slack Home tab both print it, so the two never word the same figures differently. It comes
 * in parts because each place emphasises the change its own way (HTML <strong>, Slack *bold*).
 */
import { formatMoney } from './money.ts';
import { dayRangeLabel, type MonthComparison } from './month-comparison.ts';
import { periodLabel, previousMonth } from './periods.ts';

export interface ComparisonWording {
  /** The sentence up to the change, or all of it but the full stop when there is no change to show. */
  readonly lead: string;
  /** "₹300.00 more (+7.7%)"; absent when nothing was spent before or nothing changed. */
  readonly change?: { readonly text: string; readonly direction: 'up' | 'down' };
  readonly end: '.';
}

/**
 * `now` is what was spent in `comparison.later`, `before` in `comparison.earlier`, both in
 * `currency`. Whole months: "November 2026: ₹3,900.00, so ₹300.00 more (+7.7%)."; while the month
 * runs: "₹4,200.00 in 1–4 Dec against ₹3,900.00 in the same days of November 2026 (1–4 Nov), so
 * ₹300.00 more (+7.7%)." — the days are named, so nobody reads four days against a whole month.
 */
export function comparisonWording(comparison: MonthComparison, amounts: { now: number; before: number; currency: string }): ComparisonWording {
  const { now, before, currency } = amounts;
  const money = (minor: number) => formatMoney(minor, currency);
  // The month the earlier stretch lies in, named whole even when only its first days are compared.
  const previousName = periodLabel(previousMonth(comparison.later));
  const change = (): ComparisonWording['change'] => ({
    text: `${money(Math.abs(now - before))} ${now > before ? 'more' : 'less'} (${percentChange(now, before) ?? ''})`,
    direction: now > before ? 'up' : 'down',
  });

  if (!comparison.sameDays) {
    if (before === 0) return { lead: `Nothing was spent in ${previousName}`, end: '.' };
    if (now === before) return { lead: `The same as ${previousName} (${money(before)})`, end: '.' };
    return { lead: `${previousName}: ${money(before)}, so `, change: change(), end: '.' };
  }
  const days = dayRangeLabel(comparison.later);
  const previousDays = `the same days of ${previousName} (${dayRangeLabel(comparison.earlier)})`;
  if (before === 0) return { lead: `Nothing was spent in ${previousDays}`, end: '.' };
  if (now === before) return { lead: `${money(now)} in ${days}, the same as in ${previousDays}`, end: '.' };
  return { lead: `${money(now)} in ${days} against ${money(before)} in ${previousDays}, so `, change: change(), end: '.' };
}

/**
 * The change from `before` to `now` in percent, to one decimal, rounded half away from zero on
 * integers ("+23.5%", "−4.0%"); undefined when there was nothing before to compare against.
 */
export function percentChange(now: number, before: number): string | undefined {
  if (before <= 0) return undefined;
  const difference = BigInt(now - before);
  const magnitude = difference < 0n ? -difference : difference;
  const tenths = (magnitude * 2000n + BigInt(before)) / (BigInt(before) * 2n);
  const text = `${tenths / 10n}.${tenths % 10n}%`;
  return difference < 0n ? `−${text}` : `+${text}`;
}
