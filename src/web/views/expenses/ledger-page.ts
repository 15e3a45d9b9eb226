import { html } from 'hono/html';
import { formatMoney } from '../../../domain/money.ts';
import type { SplitSpec } from '../../../domain/splits.ts';
import type { Category } from '../../../services/categories.ts';
import type { Expense } from '../../../services/expenses.ts';
import type { Member } from '../../../services/members.ts';
import type { CurrencyTotal } from '../../../services/reports.ts';
import type { Flash } from '../../flash.ts';
import type { WebSession } from '../../web-deps.ts';
import { undoForm } from '../drafts/drafts-page.ts';
import { csrfField, page, type Fragment } from '../layout.ts';
import { ledgerHref, type LedgerFilterField, type LedgerQuery } from './ledger-query.ts';

export interface LedgerView {
  readonly session: WebSession;
  readonly query: LedgerQuery;
  readonly categories: readonly Category[];
  readonly members: readonly Member[];
  readonly expenses: readonly Expense[];
  readonly totals: readonly CurrencyTotal[];
  readonly nextCursor: string | undefined;
  readonly flash: Flash | undefined;
  /** A filter that could not be applied: shown beside it, and the list is left empty. */
  readonly error?: { field: LedgerFilterField; message: string };
}

/** The confirmed expenses, filtered, newest first, a page at a time, with totals for everything the filter matches. */
export function ledgerPage(view: LedgerView): Fragment {
  const { session, query, flash } = view;
  const filters = { month: query.month, category: query.category, member: query.member, text: query.text };
  return page({
    title: 'Ledger',
    session,
    active: 'expenses',
    ...(flash && { flash: flash.text }),
    body: html`${flash?.undo ? undoForm(session, '/expenses/undo') : ''}
<section class="card">
  <h1>Ledger</h1>
  ${filterForm(view)}
</section>
${view.error
  ? ''
  : html`<section class="card">
  <p class="totals">${view.totals.length === 0
    ? 'No confirmed expenses match.'
    : view.totals.map(
        (total) => html`<span class="pill">${formatMoney(total.totalMinor, total.currency)} · ${total.count} expense${total.count === 1 ? '' : 's'}</span> `,
      )}</p>
  <p class="actions">
    <a class="button secondary" href="${ledgerHref('/expenses/export.csv', filters)}" download>Export CSV</a>
    <a class="button secondary" href="${ledgerHref('/expenses/export.journal', filters)}" download>Export hledger journal</a>
  </p>
  ${view.expenses.length > 0 ? expenseTable(view) : ''}
  <p class="pager">
    ${query.cursor ? html`<a href="${ledgerHref('/expenses', filters)}">Newest</a>` : ''}
    ${view.nextCursor ? html`<a rel="next" href="${ledgerHref('/expenses', { ...filters, cursor: view.nextCursor })}">Older</a>` : ''}
  </p>
</section>`}`,
  });
}

function filterForm(view: LedgerView): Fragment {
  const { query, error } = view;
  const fieldError = (field: LedgerFilterField) => (error?.field === field ? html`<p class="field-error" id="${field}-error">${error.message}</p>` : '');
  const invalid = (field: LedgerFilterField) => (error?.field === field ? html` aria-invalid="true" aria-describedby="${field}-error"` : '');
  return html`<form method="get" action="/expenses" class="filters">
    <div><label for="month">Month</label><input id="month" name="month" type="month" placeholder="2026-03" value="${query.month}"${invalid('month')}>${fieldError('month')}</div>
    <div><label for="category">Category</label><select id="category" name="category"${invalid('category')}>
      <option value="">All</option>
      ${view.categories.map((category) => html`<option value="${category.slug}"${category.slug === query.category ? html` selected` : ''}>${category.label}</option>`)}
    </select>${fieldError('category')}</div>
    <div><label for="member">Paid by</label><select id="member" name="member"${invalid('member')}>
      <option value="">Anyone</option>
      ${view.members.map((member) => html`<option value="${member.id}"${member.id === query.member ? html` selected` : ''}>${member.displayName}</option>`)}
    </select>${fieldError('member')}</div>
    <div><label for="text">Description</label><input id="text" name="text" type="search" maxlength="100" value="${query.text}"${invalid('text')}>${fieldError('text')}</div>
    <div><button>Filter</button></div>
    ${fieldError('cursor')}
  </form>`;
}

function expenseTable(view: LedgerView): Fragment {
  const { session } = view;
  const categoryLabel = (expense: Expense) => view.categories.find((category) => category.id === expense.categoryId)?.label ?? expense.categorySlug;
  const memberName = (id: string) => view.members.find((member) => member.id === id)?.displayName ?? 'someone';
  // Explicit roles: on a phone the stylesheet lays rows out as cards, and a table restyled that
  // way would otherwise stop being a table to screen readers.
  return html`<table class="ledger" role="table">
    <thead><tr role="row"><th role="columnheader">Date</th><th role="columnheader">Description</th><th role="columnheader">Category</th><th role="columnheader">Paid by</th><th role="columnheader" class="amount">Amount</th><th role="columnheader" aria-label="Actions"></th></tr></thead>
    <tbody>
    ${view.expenses.map(
      (expense) => html`<tr role="row">
      <td role="cell" data-label="Date">${expense.spentOn}</td>
      <td role="cell" data-label="What">${expense.description}${expense.split ? html`<br><span class="muted">${splitText(expense.split as SplitSpec, view.members)}</span>` : ''}</td>
      <td role="cell" data-label="Category">${categoryLabel(expense)}</td>
      <td role="cell" data-label="Paid by">${memberName(expense.paidBy)}</td>
      <td role="cell" class="amount" data-label="Amount">${formatMoney(expense.amountMinor, expense.currency)}</td>
      <td role="cell" class="row-actions">
        <a href="/expenses/${expense.id}/edit">Edit</a>
        <form class="inline" method="post" action="/expenses/${expense.id}/delete">${csrfField(session)}<button class="link danger-link">Delete</button></form>
      </td>
    </tr>`,
    )}
    </tbody>
  </table>`;
}

function splitText(split: SplitSpec, members: readonly Member[]): string {
  if (split.kind === 'equal') return 'split equally';
  if (split.kind === 'amounts') return 'split by amounts';
  // In household order: jsonb does not keep the stored object's key order.
  return members
    .filter((member) => split.percents[member.id] !== undefined)
    .map((member) => `${member.displayName} ${split.percents[member.id]}%`)
    .join(' · ');
}
