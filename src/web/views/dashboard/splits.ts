import { html } from 'hono/html';
import { sharePercent } from '../../../../intents/answer-format.ts';
import { sumMinor } from '../../../domain/money.ts';
import type { CategoryTotal, MemberTotal } from '../../../services/reports.ts';
import type { Fragment } from '../layout.ts';
import { chartFigure } from './chart.ts';
import { money } from './format.ts';

type Row = { label: string; totalMinor: number };

/** Where the month's money went, by category: a bar chart and the same numbers as a table. */
export function categorySplit(options: { rows: readonly CategoryTotal[]; currency: string; monthName: string }): Fragment {
  const rows = options.rows
    .filter((row) => row.currency === options.currency)
    .map((row) => ({ label: row.label, totalMinor: row.totalMinor }));
  return splitSection({ id: 'categories', heading: 'By category', title: `Spending by category, ${options.monthName}`, rows, currency: options.currency });
}

/**
 * Who paid, every member included: a partner who paid nothing is part of the answer. Members
 * come in the household's order, then sorted by amount.
 */
export function memberSplit(options: {
  rows: readonly MemberTotal[];
  members: readonly { id: string; displayName: string }[];
  currency: string;
  monthName: string;
}): Fragment {
  const paid = new Map(options.rows.filter((row) => row.currency === options.currency).map((row) => [row.memberId, row.totalMinor]));
  const rows = options.members
    .map((member) => ({ label: member.displayName, totalMinor: paid.get(member.id) ?? 0 }))
    .sort((a, b) => b.totalMinor - a.totalMinor || a.label.localeCompare(b.label));
  return splitSection({ id: 'members', heading: 'Who paid', title: `Who paid, ${options.monthName}`, rows, currency: options.currency });
}

function splitSection(options: { id: string; heading: string; title: string; rows: Row[]; currency: string }): Fragment {
  const { rows, currency } = options;
  const total = sumMinor(rows.map((row) => row.totalMinor));
  return html`<section class="card" aria-labelledby="${options.id}-heading" data-section="${options.id}">
  <h2 id="${options.id}-heading">${options.heading}</h2>
  ${total === 0
    ? html`<p class="muted">Nothing spent in ${currency} this month.</p>`
    : html`${chartFigure({
        kind: 'bar',
        title: options.title,
        currency,
        points: rows.map((row) => ({ label: row.label, valueMinor: row.totalMinor })),
      })}
  <table>
    <thead><tr><th scope="col">${options.id === 'members' ? 'Member' : 'Category'}</th><th scope="col" class="amount">Amount</th><th scope="col" class="amount">Share</th></tr></thead>
    <tbody>${rows.map(
      (row) => html`<tr><td>${row.label}</td><td class="amount">${money(row.totalMinor, currency)}</td><td class="amount">${sharePercent(row.totalMinor, total)}</td></tr>`,
    )}</tbody>
  </table>`}
</section>`;
}
