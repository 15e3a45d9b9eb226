import { html } from 'hono/html';
import type { LargeExpense } from '../../../services/dashboard.ts';
import type { Fragment } from '../layout.ts';
import { money, shortDate } from './format.ts';

/** The month's largest expenses, household currency first, each other currency its own short list. */
export function largestExpenses(options: { rows: readonly LargeExpense[]; currency: string; names: ReadonlyMap<string, string> }): Fragment {
  const currencies = [...new Set([options.currency, ...options.rows.map((row) => row.currency)])];
  const lists = currencies
    .map((currency) => ({ currency, rows: options.rows.filter((row) => row.currency === currency) }))
    .filter((list) => list.rows.length > 0);
  return html`<section class="card" aria-labelledby="largest-heading" data-section="largest">
  <h2 id="largest-heading">Largest expenses</h2>
  ${lists.length === 0 ? html`<p class="muted">No confirmed expenses this month.</p>` : ''}
  ${lists.map(
    (list) => html`${list.currency === options.currency ? '' : html`<h3>In ${list.currency}</h3>`}
  <table>
    <thead><tr><th scope="col">What</th><th scope="col">Paid by</th><th scope="col" class="amount">Amount</th></tr></thead>
    <tbody>${list.rows.map(
      (row) => html`<tr>
      <td>${row.description || row.categoryLabel}<br><span class="muted">${shortDate(row.spentOn)} · ${row.categoryLabel}</span></td>
      <td>${options.names.get(row.paidBy) ?? 'A former member'}</td>
      <td class="amount">${money(row.amountMinor, row.currency)}</td>
    </tr>`,
    )}</tbody>
  </table>`,
  )}
</section>`;
}
