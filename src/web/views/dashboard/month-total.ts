import { html } from 'hono/html';
import { dayRangeLabel } from '../../../domain/month-comparison.ts';
import { periodLabel } from '../../../domain/periods.ts';
import type { MonthDashboard } from '../../../services/dashboard.ts';
import type { CurrencyTotal } from '../../../services/reports.ts';
import type { Fragment } from '../layout.ts';
import { money, percentChange } from './format.ts';

/**
 * The month's total in the household currency against the month before: the figure, the
 * difference and the percentage. While the month runs the difference is between its days so far
 * and the same days of the month before (on the 4th, four days against a whole month would
 * always look like saving). Spending in other currencies is listed, never converted.
 */
export function monthTotal(options: {
  currency: string;
  totals: readonly CurrencyTotal[];
  comparison: MonthDashboard['comparison'];
  previous: { start: string; end: string };
  ongoing: boolean;
}): Fragment {
  const { currency, comparison } = options;
  const now = options.totals.find((row) => row.currency === currency) ?? { currency, totalMinor: 0, count: 0 };
  const amountIn = (rows: readonly CurrencyTotal[]) => rows.find((row) => row.currency === currency)?.totalMinor ?? 0;
  const others = options.totals.filter((row) => row.currency !== currency);
  const previousName = periodLabel(options.previous);
  const against = comparison.sameDays
    ? sameDaysComparison({
        now: amountIn(comparison.laterTotals),
        before: amountIn(comparison.earlierTotals),
        currency,
        days: dayRangeLabel(comparison.later),
        previousDays: `the same days of ${previousName} (${dayRangeLabel(comparison.earlier)})`,
      })
    : comparisonOf(now.totalMinor, amountIn(comparison.earlierTotals), currency, previousName);
  return html`<section class="card" aria-labelledby="total-heading">
  <h2 id="total-heading">Spent${options.ongoing ? ' so far' : ''}</h2>
  <p class="figure" data-figure="month-total">${money(now.totalMinor, currency)}</p>
  <p>${now.count === 1 ? '1 expense' : `${now.count} expenses`}. ${against}</p>
  ${others.length > 0
    ? html`<p class="muted" data-figure="other-currencies">Also spent in other currencies: ${others
        .map((row) => `${money(row.totalMinor, row.currency)} (${row.count === 1 ? '1 expense' : `${row.count} expenses`})`)
        .join(', ')}.</p>`
    : ''}
</section>`;
}

function comparisonOf(now: number, before: number, currency: string, previousName: string): Fragment {
  if (before === 0) return html`Nothing was spent in ${previousName}.`;
  const difference = now - before;
  if (difference === 0) return html`The same as ${previousName} (${money(before, currency)}).`;
  return html`${previousName}: ${money(before, currency)}, so ${change(now, before, currency)}.`;
}

/** "₹4,200.00 in 1–4 Dec against ₹3,900.00 in the same days of November 2026 (1–4 Nov), so ₹300.00 more (+7.7%)." */
function sameDaysComparison(line: { now: number; before: number; currency: string; days: string; previousDays: string }): Fragment {
  const { now, before, currency } = line;
  if (before === 0) return html`Nothing was spent in ${line.previousDays}.`;
  if (now === before) return html`${money(now, currency)} in ${line.days}, the same as in ${line.previousDays}.`;
  return html`${money(now, currency)} in ${line.days} against ${money(before, currency)} in ${line.previousDays}, so
    ${change(now, before, currency)}.`;
}

function change(now: number, before: number, currency: string): Fragment {
  const difference = now - before;
  const word = difference > 0 ? 'more' : 'less';
  return html`<strong class="${difference > 0 ? 'up' : 'down'}" data-figure="month-change">${money(Math.abs(difference), currency)} ${word} (${percentChange(now, before) ?? ''})</strong>`;
}
