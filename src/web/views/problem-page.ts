import { html } from 'hono/html';
import type { WebSession } from '../web-deps.ts';
import { page, type Fragment, type NavSection } from './layout.ts';

/** A page that says what went wrong and where to go next (a 404 for another household's id, a 409 for a settled draft). */
export function problemPage(options: {
  session: WebSession;
  active: NavSection;
  title: string;
  message: string;
  back: { href: string; label: string };
}): Fragment {
  return page({
    title: options.title,
    session: options.session,
    active: options.active,
    body: html`<section class="card">
  <h1>${options.title}</h1>
  <p class="error">${options.message}</p>
  <p><a href="${options.back.href}">${options.back.label}</a></p>
</section>`,
  });
}
