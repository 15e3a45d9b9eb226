import { html } from 'hono/html';
import { formatMoney } from '../../../domain/money.ts';
import type { RecurringRule } from '../../../services/recurring.ts';
import { csrfField, type Fragment } from '../layout.ts';
import { formError, inputField, selectField, stateOf, valueOf, type SettingsView } from './settings-view.ts';

const UNITS = [
  { value: 'day', label: 'days' },
  { value: 'week', label: 'weeks' },
  { value: 'month', label: 'months' },
  { value: 'year', label: 'years' },
] as const;

/** Rent, subscriptions, insurance: each becomes a draft on its date, for the household to confirm. */
export function recurringSection(view: SettingsView): Fragment {
  return html`<section class="card" id="recurring" aria-labelledby="recurring-title">
  <h2 id="recurring-title">Recurring expenses</h2>
  <p class="muted">Each one becomes a draft on its date; nothing is added to the ledger until someone confirms it.</p>
  ${view.rules.length === 0
    ? html`<p>No recurring expenses yet.</p>`
    : html`<table>
    <thead><tr><th scope="col">What</th><th scope="col" class="amount">Amount</th><th scope="col">Repeats</th><th scope="col">Next</th><th scope="col">Status</th></tr></thead>
    <tbody>${view.rules.map((rule) => ruleRow(view, rule))}</tbody>
  </table>`}
  ${view.isAdmin ? addForm(view) : ''}
</section>`;
}

function ruleRow(view: SettingsView, rule: RecurringRule): Fragment {
  const category = view.categories.find((candidate) => candidate.id === rule.categoryId)?.label ?? '';
  const payer = view.members.find((member) => member.id === rule.paidBy)?.displayName ?? '';
  const state = stateOf(view, `rule:${rule.id}`);
  return html`<tr>
  <td>${rule.description}<br><span class="muted">${category}${payer ? html` · paid by ${payer}` : ''}</span></td>
  <td class="amount">${formatMoney(rule.amountMinor, rule.currency)}</td>
  <td>${cadenceText(rule)}</td>
  <td>${rule.paused ? html`<span class="muted">—</span>` : rule.nextOn}</td>
  <td>${view.isAdmin
    ? html`<form method="post" action="/settings/recurring/${rule.id}/pause" class="inline">
      ${csrfField(view.session)}
      <input type="hidden" name="paused" value="${rule.paused ? 'false' : 'true'}">
      ${rule.paused ? html`<span class="pill">paused</span> <button class="secondary">Resume</button>` : html`<button class="secondary">Pause</button>`}
    </form>${formError(state)}`
    : rule.paused
      ? html`<span class="pill">paused</span>`
      : 'active'}</td>
</tr>`;
}

export function cadenceText(rule: Pick<RecurringRule, 'cadenceEvery' | 'cadenceUnit'>): string {
  return rule.cadenceEvery === 1 ? `every ${rule.cadenceUnit}` : `every ${rule.cadenceEvery} ${rule.cadenceUnit}s`;
}

function addForm(view: SettingsView): Fragment {
  const state = stateOf(view, 'recurring');
  const errors = state?.errors ?? {};
  const visible = view.categories.filter((category) => !category.hidden);
  return html`<form method="post" action="/settings/recurring">
    ${csrfField(view.session)}
    <h3>Add a recurring expense</h3>
    ${formError(state)}
    ${inputField({ id: 'rule-description', name: 'description', label: 'What is it', value: valueOf(state, 'description', ''), error: errors.description, attrs: html` maxlength="200" required placeholder="Rent"` })}
    <div class="filters">
      <div>${inputField({ id: 'rule-amount', name: 'amount', label: 'Amount', value: valueOf(state, 'amount', ''), error: errors.amount, attrs: html` inputmode="decimal" required` })}</div>
      <div>${inputField({ id: 'rule-currency', name: 'currency', label: 'Currency', value: valueOf(state, 'currency', view.household.currency), error: errors.currency, attrs: html` maxlength="3" required` })}</div>
    </div>
    <div class="filters">
      <div>${selectField({
        id: 'rule-category',
        name: 'category',
        label: 'Category',
        options: visible.map((category) => ({ value: category.slug, label: category.label })),
        selected: valueOf(state, 'category', ''),
        error: errors.category,
      })}</div>
      <div>${selectField({
        id: 'rule-paid-by',
        name: 'paidBy',
        label: 'Paid by',
        options: view.members.map((member) => ({ value: member.id, label: member.displayName })),
        selected: valueOf(state, 'paidBy', view.session.member.id),
        error: errors.paidBy,
      })}</div>
    </div>
    <fieldset class="filters">
      <legend>Repeats every</legend>
      <div>${inputField({ id: 'rule-every', name: 'cadenceEvery', label: 'How many', value: valueOf(state, 'cadenceEvery', '1'), error: errors.cadence, type: 'number', attrs: html` min="1" max="366" required` })}</div>
      <div>${selectField({ id: 'rule-unit', name: 'cadenceUnit', label: 'Of', options: UNITS, selected: valueOf(state, 'cadenceUnit', 'month') })}</div>
    </fieldset>
    ${inputField({ id: 'rule-start', name: 'startOn', label: 'First date', value: valueOf(state, 'startOn', ''), error: errors.startOn, type: 'date', attrs: html` required` })}
    <div class="actions"><button>Add recurring expense</button></div>
  </form>`;
}
