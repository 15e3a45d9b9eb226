import { html } from 'hono/html';
import { periodLabel } from '../../../domain/periods.ts';
import type { CurrencyTotal } from '../../../services/reports.ts';
import type { Fragment } from '../layout.ts';
import { money, percentChange } from './format.ts';

/**
 * The month's total in the household currency against the whole previous month: the figure, the
 * difference and the percentage. Spending in other currencies is listed, never converted.
 */
export function monthTotal(options: {
  currency: string;
  totals: readonly CurrencyTotal[];
  previousTotals: readonly CurrencyTotal[];
  previous: { start: string; end: string };
  ongoing: boolean;
}): Fragment {
  const { currency } = options;
  const now = options.totals.find((row) => row.currency === currency) ?? { currency, totalMinor: 0, count: 0 };
  const before = options.previousTotals.find((row) => row.currency === currency)?.totalMinor ?? 0;
  const others = options.totals.filter((row) => row.currency !== currency);
  const previousName = periodLabel(options.previous);
  return html`<section class="card" aria-labelledby="total-heading">
  <h2 id="total-heading">Spent${options.ongoing ? ' so far' : ''}</h2>
  <p class="figure" data-figure="month-total">${money(now.totalMinor, currency)}</p>
  <p>${now.count === 1 ? '1 expense' : `${now.count} expenses`}. ${comparison(now.totalMinor, before, currency, previousName)}</p>
  ${others.length > 0
    ? html`<p class="muted" data-figure="other-currencies">Also spent in other currencies: ${others
        .map((row) => `${money(row.totalMinor, row.currency)} (${row.count === 1 ? '1 expense' : `${row.count} expenses`})`)
        .join(', ')}.</p>`
    : ''}
</section>`;
}

function comparison(now: number, before: number, currency: string, previousName: string): Fragment {
  if (before === 0) return html`Nothing was spent in ${previousName}.`;
  const difference = now - before;
  const percent = percentChange(now, before);
  if (difference === 0) return html`The same as ${previousName} (${money(before, currency)}).`;
  const word = difference > 0 ? 'more' : 'less';
  return html`${previousName}: ${money(before, currency)}, so
    <strong class="${difference > 0 ? 'up' : 'down'}" data-figure="month-change">${money(Math.abs(difference), currency)} ${word} (${percent ?? ''})</strong>.`;
}
