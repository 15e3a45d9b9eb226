/**
 * What the settings page shows, and the small form helpers its sections share. A form that
 * failed comes back with what was typed (never an API key) and each error beside its field.
 */
import { html } from 'hono/html';
import type { Engine } from '../../../engine/engine.ts';
import type { Category } from '../../../services/categories.ts';
import type { Household } from '../../../services/households.ts';
import type { Member } from '../../../services/members.ts';
import type { ModelSettings } from '../../../services/model-settings.ts';
import type { RecurringRule } from '../../../services/recurring.ts';
import type { WebDeps, WebSession } from '../../web-deps.ts';
import type { Fragment } from '../layout.ts';

/** Which form on the page a failed submission came from; category rows are told apart by id. */
export type SettingsFormId = 'household' | 'category-add' | `category:${string}` | 'recurring' | `rule:${string}` | 'model';

export interface FormState {
  readonly form: SettingsFormId;
  readonly values: Readonly<Record<string, string>>;
  /** Field name → message; the key '' holds a message about the form as a whole. */
  readonly errors: Readonly<Record<string, string>>;
}

export type ConnectionResult = Awaited<ReturnType<Engine['testConnection']>>;

export interface SettingsView {
  readonly session: WebSession;
  readonly isAdmin: boolean;
  readonly household: Household;
  readonly members: readonly Member[];
  /** Admins only. */
  readonly inviteCode?: string;
  readonly categories: readonly Category[];
  readonly rules: readonly RecurringRule[];
  readonly model?: ModelSettings;
  readonly transcription?: WebDeps['transcription'];
  readonly connection?: ConnectionResult;
  readonly state?: FormState;
}

/** The failed form's state when it is this form; otherwise nothing, so the form shows stored values. */
export function stateOf(view: SettingsView, form: SettingsFormId): FormState | undefined {
  return view.state?.form === form ? view.state : undefined;
}

/** What a field shows: what was just typed into the failed form, else the stored value. */
export function valueOf(state: FormState | undefined, name: string, stored: string): string {
  return state?.values[name] ?? stored;
}

export function formError(state: FormState | undefined): Fragment | '' {
  const message = state?.errors[''];
  return message ? html`<p class="error" role="alert">${message}</p>` : '';
}

export function fieldError(id: string, message: string | undefined): Fragment | '' {
  return message ? html`<p class="field-error" id="${id}-error">${message}</p>` : '';
}

/** Ties an input to its error for screen readers. */
export function invalidAttrs(id: string, message: string | undefined): Fragment | '' {
  return message ? html` aria-invalid="true" aria-describedby="${id}-error"` : '';
}

export interface InputOptions {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly error?: string | undefined;
  readonly type?: 'text' | 'number' | 'date' | 'password';
  /** Extra attributes (maxlength, required, list…), written by the caller as an html fragment. */
  readonly attrs?: Fragment;
}

export function inputField(options: InputOptions): Fragment {
  const { id, error } = options;
  return html`<label for="${id}">${options.label}</label>
<input id="${id}" name="${options.name}" type="${options.type ?? 'text'}" value="${options.value}"${options.attrs ?? ''}${invalidAttrs(id, error)}>
${fieldError(id, error)}`;
}

export interface SelectOptions {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly selected: string;
  readonly error?: string | undefined;
}

export function selectField(options: SelectOptions): Fragment {
  const { id, error } = options;
  return html`<label for="${id}">${options.label}</label>
<select id="${id}" name="${options.name}"${invalidAttrs(id, error)}>${options.options.map(
    (option) => html`<option value="${option.value}"${option.value === options.selected ? html` selected` : ''}>${option.label}</option>`,
  )}</select>
${fieldError(id, error)}`;
}

/** A read-only line for members who are not admins: "Currency: INR". */
export function readOnlyRow(label: string, value: string | Fragment): Fragment {
  return html`<div class="setting"><dt>${label}</dt><dd>${value}</dd></div>`;
}
