import { html } from 'hono/html';
import { page, type Fragment } from './layout.ts';

/** What someone without a session sees: how to get a sign-in link, no data. */
export function signedOutPage(_nonce?: string, message?: string): Fragment {
  return page({
    title: 'Sign in',
    body: html`<section class="card">
  <h1>Open Kitty from your chat</h1>
  ${message ? html`<p class="error">${message}</p>` : ''}
  <p>There are no passwords here. Ask Kitty for a link and tap it:</p>
  <ul>
    <li>Telegram: send <code>/dashboard</code> to the bot.</li>
    <li>Slack: <code>/kitty dashboard</code>.</li>
    <li>On the computer running Kitty: <code>npm run cli -- link</code>.</li>
  </ul>
  <p class="muted">Links work once, for 15 minutes. A sign-in lasts 30 days on this device.</p>
</section>`,
  });
}
