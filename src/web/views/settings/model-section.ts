import { html } from 'hono/html';
import { INTERPRETER_MODES, MODEL_PROVIDERS } from '../../../services/model-settings.ts';
import { csrfField, type Fragment } from '../layout.ts';
import {
  fieldError,
  formError,
  inputField,
  readOnlyRow,
  selectField,
  stateOf,
  valueOf,
  type ConnectionResult,
  type SettingsView,
} from './settings-view.ts';

const PROVIDER_LABELS: Record<(typeof MODEL_PROVIDERS)[number], string> = {
  offline: 'Offline (no model)',
  anthropic: 'Anthropic (Claude)',
  gemini: 'Google Gemini',
  openai: 'OpenAI or a compatible server',
};

const MODE_LABELS: Record<(typeof INTERPRETER_MODES)[number], string> = {
  offline: 'Offline: never ask the model',
  hybrid: 'Hybrid: ask the model only when unsure',
  model: 'Model: ask the model for every message',
};

/**
 * The household's model. The API key is write-only: the page shows its last four characters at
 * most, the field is never filled in, and leaving it empty keeps the stored key.
 */
export function modelSection(view: SettingsView): Fragment {
  return html`<section class="card" id="model" aria-labelledby="model-title">
  <h2 id="model-title">Model</h2>
  ${view.isAdmin ? modelForm(view) : modelReadOnly(view)}
</section>`;
}

function modelReadOnly(view: SettingsView): Fragment {
  const { model } = view;
  if (!model) return html`<p>This household uses the installation's default model settings.</p>`;
  return html`<dl class="settings">
    ${readOnlyRow('Provider', PROVIDER_LABELS[model.provider])}
    ${readOnlyRow('Model', model.model ?? "The provider's default")}
    ${readOnlyRow('Interpreter', model.interpreterMode ? MODE_LABELS[model.interpreterMode] : 'The installation default')}
    ${readOnlyRow('API key', model.hasApiKey ? 'Stored' : 'None stored')}
  </dl>`;
}

function modelForm(view: SettingsView): Fragment {
  const { model } = view;
  const state = stateOf(view, 'model');
  const errors = state?.errors ?? {};
  const providers = [
    ...(model ? [] : [{ value: '', label: 'Choose…' }]),
    ...MODEL_PROVIDERS.map((provider) => ({ value: provider, label: PROVIDER_LABELS[provider] })),
  ];
  const modes = [{ value: '', label: 'The installation default' }, ...INTERPRETER_MODES.map((mode) => ({ value: mode, label: MODE_LABELS[mode] }))];
  return html`${model ? '' : html`<p class="muted">No choice made for this household yet: the installation's default applies.</p>`}
  <form method="post" action="/settings/model">
    ${csrfField(view.session)}
    ${formError(state)}
    ${selectField({ id: 'model-provider', name: 'provider', label: 'Provider', options: providers, selected: valueOf(state, 'provider', model?.provider ?? ''), error: errors.provider })}
    ${inputField({
      id: 'model-name',
      name: 'model',
      label: 'Model (empty: the provider\'s default)',
      value: valueOf(state, 'model', model?.model ?? ''),
      error: errors.model,
      attrs: html` maxlength="200" placeholder="e.g. gemini-2.5-flash"`,
    })}
    ${inputField({
      id: 'model-api-key',
      name: 'apiKey',
      label: 'API key',
      type: 'password',
      value: '',
      error: errors.apiKey,
      attrs: html` autocomplete="new-password" spellcheck="false" maxlength="500"${
        model?.apiKeyHint ? html` placeholder="•••• ${model.apiKeyHint}"` : ''
      }`,
    })}
    <p class="muted">${model?.hasApiKey
      ? html`A key is stored: <span class="key-hint">•••• ${model.apiKeyHint ?? ''}</span>. Leave the field empty to keep it; type a new one to replace it.`
      : 'No key is stored for this household; the installation\'s key is used if it has one.'}</p>
    ${model?.hasApiKey
      ? html`<label class="check"><input type="checkbox" name="removeKey" value="yes"${valueOf(state, 'removeKey', '') === 'yes' ? html` checked` : ''}> Remove the stored key</label>${fieldError('model-remove-key', errors.removeKey)}`
      : ''}
    ${selectField({ id: 'model-mode', name: 'interpreterMode', label: 'Interpreter', options: modes, selected: valueOf(state, 'interpreterMode', model?.interpreterMode ?? ''), error: errors.interpreterMode })}
    <div class="actions"><button>Save model settings</button></div>
  </form>
  <form method="post" action="/settings/model/test" class="actions">
    ${csrfField(view.session)}
    <button class="secondary">Test connection</button>
  </form>
  ${view.connection ? connectionResult(view.connection) : ''}`;
}

function connectionResult(result: ConnectionResult): Fragment {
  if ('offline' in result) return html`<p class="connection" role="status">Kitty reads offline for this household: there is no model to test.</p>`;
  if (result.ok) return html`<p class="connection ok" role="status">Connected: the model ${result.model} answered.</p>`;
  return html`<p class="connection bad" role="alert">The connection failed: ${result.error}</p>`;
}

const TRANSCRIBERS: Readonly<Record<string, string>> = { none: 'Off: voice notes are not transcribed', openai: 'OpenAI', gemini: 'Google Gemini' };

/** Voice notes are transcribed however the installation is set up; a household cannot change it. */
export function transcriptionSection(view: SettingsView): Fragment {
  const { transcription } = view;
  return html`<section class="card" id="transcription" aria-labelledby="transcription-title">
  <h2 id="transcription-title">Voice notes</h2>
  <dl class="settings">
    ${readOnlyRow('Transcription', transcription ? (TRANSCRIBERS[transcription.provider] ?? transcription.provider) : 'Not reported by this installation')}
    ${transcription?.model ? readOnlyRow('Model', transcription.model) : ''}
  </dl>
  <p class="muted">Set by the installation (<code>TRANSCRIBE_PROVIDER</code>, <code>TRANSCRIBE_MODEL</code>), not per household.</p>
</section>`;
}
