/**
 * Chart data for answers. A chart shows one currency (bars of rupees next to bars of dollars
 * would compare unlike things): the household's own when it has spending in it, otherwise the
 * largest.
 */
import type { Chart, ChartPoint } from '../src/engine/chart.ts';
import { addDays, compareDates, daysInclusive, type IsoDate } from '../src/domain/dates.ts';
import { periodLabel, type Period } from '../src/domain/periods.ts';
import type { IntentContext } from './definition.ts';
import type { DayTotal } from './spend-query.ts';

/** Past about two months a daily line is a comb; months read better. */
const MAX_DAILY_POINTS = 62;

export function chartCurrency(context: IntentContext, totals: readonly { currency: string }[]): string | undefined {
  return totals.some((row) => row.currency === context.currency) ? context.currency : totals[0]?.currency;
}

/**
 * A line of spending per day (per month for long periods) with the empty days as zeros. A period
 * that runs past today stops at today, unless something is already dated later, so the line does
 * not trail off into days that have not happened.
 */
export function spendLine(options: {
  readonly subject: string;
  readonly period: Period;
  readonly today: IsoDate;
  readonly currency: string | undefined;
  readonly days: readonly DayTotal[];
}): Chart | undefined {
  const { period, currency } = options;
  if (!currency) return undefined;
  const rows = options.days.filter((row) => row.currency === currency);
  const latest = rows.at(-1)?.spentOn ?? period.start;
  let end = period.end;
  if (compareDates(end, options.today) > 0) end = compareDates(latest, options.today) > 0 ? latest : options.today;
  if (compareDates(period.start, end) >= 0) return undefined; // one day is a number, not a line

  const byDay = new Map(rows.map((row) => [row.spentOn, row.totalMinor]));
  const span = daysInclusive(period.start, end);
  const monthly = span > MAX_DAILY_POINTS;
  const points = new Map<string, number>();
  for (let offset = 0; offset < span; offset += 1) {
    const day = addDays(period.start, offset);
    const label = monthly ? day.slice(0, 7) : day;
    points.set(label, (points.get(label) ?? 0) + (byDay.get(day) ?? 0));
  }
  return {
    kind: 'line',
    title: `${options.subject} by ${monthly ? 'month' : 'day'}, ${periodLabel(period)}`,
    currency,
    points: [...points].map(([label, valueMinor]): ChartPoint => ({ label, valueMinor })),
  };
}
