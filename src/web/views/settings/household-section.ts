import { html } from 'hono/html';
import { csrfField, type Fragment } from '../layout.ts';
import { describeWriting } from '../../../domain/locale-examples.ts';
import { localeField } from './locale-field.ts';
import { formError, inputField, readOnlyRow, stateOf, valueOf, type SettingsView } from './settings-view.ts';

/** Offered as suggestions only: any zone the runtime knows is accepted. */
const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/** The household's name, default currency and time zone. */
export function householdSection(view: SettingsView): Fragment {
  const { household } = view;
  if (!view.isAdmin) {
    return html`<section class="card" id="household" aria-labelledby="household-title">
  <h2 id="household-title">Household</h2>
  <dl class="settings">
    ${readOnlyRow('Name', household.name)}
    ${readOnlyRow('Currency', household.currency)}
    ${readOnlyRow('Time zone', household.timeZone)}
    ${readOnlyRow('Numbers and dates', describeWriting(household))}
  </dl>
</section>`;
  }
  const state = stateOf(view, 'household');
  return html`<section class="card" id="household" aria-labelledby="household-title">
  <h2 id="household-title">Household</h2>
  <form method="post" action="/settings/household">
    ${csrfField(view.session)}
    ${formError(state)}
    ${inputField({ id: 'household-name', name: 'name', label: 'Name', value: valueOf(state, 'name', household.name), error: state?.errors.name, attrs: html` maxlength="80" required` })}
    ${inputField({
      id: 'household-currency',
      name: 'currency',
      label: 'Currency (three letters, e.g. INR, USD, EUR)',
      value: valueOf(state, 'currency', household.currency),
      error: state?.errors.currency,
      attrs: html` maxlength="3" required autocapitalize="characters"`,
    })}
    ${inputField({
      id: 'household-time-zone',
      name: 'timeZone',
      label: 'Time zone (e.g. Asia/Kolkata, Europe/London)',
      value: valueOf(state, 'timeZone', household.timeZone),
      error: state?.errors.timeZone,
      attrs: html` list="time-zones" required`,
    })}
    <datalist id="time-zones">${TIME_ZONES.map((zone) => html`<option value="${zone}">`)}</datalist>
    ${localeField(household, state)}
    <p class="muted">The currency is the default for new expenses; the time zone decides which day "today" is. Numbers and dates decide how Kitty reads what you write: "2,40" is two forty where a comma is the decimal mark, "03/04" is the 3rd of April where the day comes first.</p>
    <div class="actions"><button>Save household</button></div>
  </form>
</section>`;
}
