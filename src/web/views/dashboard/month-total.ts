import { html } from 'hono/html';
import { comparisonWording } from '../../../domain/month-comparison-wording.ts';
import type { MonthDashboard } from '../../../services/dashboard.ts';
import type { CurrencyTotal } from '../../../services/reports.ts';
import type { Fragment } from '../layout.ts';
import { money } from './format.ts';

/**
 * The month's total in the household currency against the month before: the figure, the
 * difference and the percentage. While the month runs the difference is between its days so far
 * and the same days of the month before (on the 4th, four days against a whole month would
 * always look like saving); the sentence is comparisonWording's, which the Slack Home tab prints
 * too. Spending in other currencies is listed, never converted.
 */
export function monthTotal(options: {
  currency: string;
  totals: readonly CurrencyTotal[];
  comparison: MonthDashboard['comparison'];
  ongoing: boolean;
}): Fragment {
  const { currency, comparison } = options;
  const now = options.totals.find((row) => row.currency === currency) ?? { currency, totalMinor: 0, count: 0 };
  const amountIn = (rows: readonly CurrencyTotal[]) => rows.find((row) => row.currency === currency)?.totalMinor ?? 0;
  const others = options.totals.filter((row) => row.currency !== currency);
  const wording = comparisonWording(comparison, { now: amountIn(comparison.laterTotals), before: amountIn(comparison.earlierTotals), currency });
  const against = html`${wording.lead}${wording.change
    ? html`<strong class="${wording.change.direction}" data-figure="month-change">${wording.change.text}</strong>`
    : ''}${wording.end}`;
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
