import { html } from 'hono/html';
import type { WebSession } from '../../web-deps.ts';
import { page, type Fragment } from '../layout.ts';
import { categoriesSection } from './categories-section.ts';
import { householdSection } from './household-section.ts';
import { membersSection } from './members-section.ts';
import { modelSection, transcriptionSection } from './model-section.ts';
import { recurringSection } from './recurring-section.ts';
import type { SettingsView } from './settings-view.ts';

/** One page, one card per section; members who are not admins see the same cards without forms. */
export function settingsPage(view: SettingsView, flash?: string): Fragment {
  const admins = view.members.filter((member) => member.role === 'admin').map((member) => member.displayName);
  return page({
    title: 'Settings',
    session: view.session,
    active: 'settings',
    ...(flash && { flash }),
    body: html`<h1>Settings</h1>
${view.isAdmin
  ? ''
  : html`<p class="muted">Only an admin can change these settings${admins.length ? html` (${admins.join(', ')})` : ''}.</p>`}
${view.state && Object.keys(view.state.errors).length > 0
  ? html`<p class="error" role="alert">Nothing was saved. Fix what is marked below and try again.</p>`
  : ''}
${householdSection(view)}
${membersSection(view)}
${categoriesSection(view)}
${recurringSection(view)}
${modelSection(view)}
${transcriptionSection(view)}`,
  });
}

/** A refusal (403) or a missing thing (404): says what happened and leads back. */
export function settingsRefusal(session: WebSession, title: string, message: string): Fragment {
  return page({
    title,
    session,
    active: 'settings',
    body: html`<section class="card">
  <h1>${title}</h1>
  <p>${message}</p>
  <p><a href="/settings">Back to the settings</a></p>
</section>`,
  });
}
