import { html } from 'hono/html';
import { csrfField, type Fragment } from '../layout.ts';
import type { SettingsView } from './settings-view.ts';

/** Who is in the household, and (for admins) the code that lets someone join. */
export function membersSection(view: SettingsView): Fragment {
  return html`<section class="card" id="members" aria-labelledby="members-title">
  <h2 id="members-title">Members</h2>
  <ul class="plain">
    ${view.members.map(
      (member) => html`<li>${member.displayName} <span class="pill">${member.role === 'admin' ? 'admin' : 'member'}</span>${
        member.id === view.session.member.id ? html` <span class="muted">(you)</span>` : ''
      }</li>`,
    )}
  </ul>
  ${view.isAdmin && view.inviteCode
    ? html`<h3>Invite code</h3>
  <p><strong class="code">${view.inviteCode}</strong></p>
  <p class="muted">Whoever you invite gives Kitty this code; in Telegram they send <code>/join ${view.inviteCode}</code>.</p>
  <form method="post" action="/settings/invite/rotate">
    ${csrfField(view.session)}
    <p class="muted">A new code stops the old one working at once; members already in stay in.</p>
    <button class="secondary">New code</button>
  </form>`
    : html`<p class="muted">To invite someone, ask an admin for the household's invite code.</p>`}
</section>`;
}
