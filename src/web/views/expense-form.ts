/**
 * The one form for changing an expense, shared by the drafts page and the ledger: amount,
 * currency, category, date, description, who paid, and the split. Errors sit beside their
 * fields; what was typed stays typed.
 */
import { html } from 'hono/html';
import type { WebSession } from '../web-deps.ts';
import type { ExpenseFormValues, FormChoices, FormErrors, FormField } from '../../services/expense-form-input.ts';
import { csrfField, page, type Fragment, type NavSection } from './layout.ts';

export { changesSinceShown, expensePatch, formFieldOf, formValuesOf, readExpenseForm, readShownValues } from '../../services/expense-form-input.ts';
export type { ExpenseFormValues, FormChoices, FormErrors } from '../../services/expense-form-input.ts';

export function expenseForm(options: {
  session: WebSession;
  /** Where the form posts. */
  action: string;
  values: ExpenseFormValues;
  /** The expense as the form first showed it, sent back so saving changes only what was edited. */
  shown: ExpenseFormValues;
  errors: FormErrors;
  choices: FormChoices;
  cancelHref: string;
}): Fragment {
  const { values, errors, choices } = options;
  // Hidden categories stay out of the picker, except the one this expense already uses.
  const categories = choices.categories.filter((category) => !category.hidden || category.slug === values.category);
  return html`<form method="post" action="${options.action}" class="card expense-form" novalidate>
  ${csrfField(options.session)}
  <input type="hidden" name="shown" value="${JSON.stringify(options.shown)}">
  ${errors.form ? html`<p class="error" role="alert">${errors.form}</p>` : ''}
  <div class="field-row">
    <div>
      <label for="amount">Amount</label>
      <input id="amount" name="amount" inputmode="decimal" autocomplete="off" value="${values.amount}"${invalid(errors, 'amount')}>
      ${fieldError(errors, 'amount')}
    </div>
    <div>
      <label for="currency">Currency</label>
      <input id="currency" name="currency" maxlength="3" autocomplete="off" value="${values.currency}"${invalid(errors, 'currency')}>
      ${fieldError(errors, 'currency')}
    </div>
  </div>
  <label for="category">Category</label>
  <select id="category" name="category"${invalid(errors, 'category')}>
    ${categories.some((category) => category.slug === values.category) ? '' : html`<option value="${values.category}" selected>Choose a category</option>`}
    ${categories.map(
      (category) => html`<option value="${category.slug}"${category.slug === values.category ? html` selected` : ''}>${category.label}</option>`,
    )}
  </select>
  ${fieldError(errors, 'category')}
  <label for="date">Date</label>
  <input id="date" name="date" type="date" value="${values.date}"${invalid(errors, 'date')}>
  ${fieldError(errors, 'date')}
  <label for="description">Description</label>
  <input id="description" name="description" maxlength="500" value="${values.description}"${invalid(errors, 'description')}>
  ${fieldError(errors, 'description')}
  <label for="paidBy">Paid by</label>
  <select id="paidBy" name="paidBy"${invalid(errors, 'paidBy')}>
    ${choices.members.some((member) => member.id === values.paidBy) ? '' : html`<option value="${values.paidBy}" selected>Choose who paid</option>`}
    ${choices.members.map(
      (member) => html`<option value="${member.id}"${member.id === values.paidBy ? html` selected` : ''}>${member.displayName}</option>`,
    )}
  </select>
  ${fieldError(errors, 'paidBy')}
  <fieldset class="split"${invalid(errors, 'split')}>
    <legend>Split</legend>
    ${splitChoice(values, 'none', 'Not split: the payer bears it')}
    ${splitChoice(values, 'equal', 'Equally between everyone')}
    ${splitChoice(values, 'percent', 'By percentages:')}
    <div class="split-percents">
      ${choices.members.map(
        (member) => html`<label class="percent" for="percent_${member.id}">${member.displayName}
        <input id="percent_${member.id}" name="percent_${member.id}" inputmode="decimal" autocomplete="off" value="${values.percents[member.id] ?? ''}"> %</label>`,
      )}
    </div>
    ${values.split === 'amounts' ? splitChoice(values, 'amounts', 'Keep the split by amounts') : ''}
    ${fieldError(errors, 'split')}
  </fieldset>
  <div class="actions">
    <button>Save</button>
    <a class="button secondary" href="${options.cancelHref}">Cancel</a>
  </div>
</form>`;
}

function splitChoice(values: ExpenseFormValues, choice: ExpenseFormValues['split'], label: string): Fragment {
  return html`<label class="choice"><input type="radio" name="split" value="${choice}"${values.split === choice ? html` checked` : ''}> ${label}</label>`;
}

function invalid(errors: FormErrors, field: FormField): Fragment | '' {
  return errors[field] ? html` aria-invalid="true" aria-describedby="${field}-error"` : '';
}

function fieldError(errors: FormErrors, field: FormField): Fragment | '' {
  const message = errors[field];
  return message ? html`<p class="field-error" id="${field}-error">${message}</p>` : '';
}

/** The edit page around the form. */
export function expenseEditPage(options: Parameters<typeof expenseForm>[0] & { title: string; active: NavSection }): Fragment {
  return page({
    title: options.title,
    session: options.session,
    active: options.active,
    body: html`<h1>${options.title}</h1>
${expenseForm(options)}`,
  });
}
