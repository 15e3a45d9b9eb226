/**
 * The page shell: mobile-first, readable without JavaScript, no external CDN (one stylesheet
 * served by the app). Views are tagged templates from hono/html: every interpolated value is
 * escaped unless it is itself an `html` fragment or wrapped in `raw` (only for our own SVG).
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { WebSession } from '../web-deps.ts';

export type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

export type NavSection = 'dashboard' | 'drafts' | 'expenses' | 'settings';

const NAV: readonly { section: NavSection; href: string; label: string }[] = [
  { section: 'dashboard', href: '/', label: 'Month' },
  { section: 'drafts', href: '/drafts', label: 'Drafts' },
  { section: 'expenses', href: '/expenses', label: 'Ledger' },
  { section: 'settings', href: '/settings', label: 'Settings' },
];

export function page(options: {
  title: string;
  session?: WebSession;
  active?: NavSection;
  /** A one-line message after an action ("Confirmed 2 expenses."), shown at the top. */
  flash?: string;
  body: Fragment;
}): Fragment {
  const { session } = options;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Kitty</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">
</head>
<body>
<header class="top">
  <a class="brand" href="/">🐱 ${session ? session.household.name : 'Kitty'}</a>
  ${session
    ? html`<nav aria-label="Sections">${NAV.map(
        (item) => html`<a href="${item.href}"${item.section === options.active ? html` aria-current="page"` : ''}>${item.label}</a>`,
      )}</nav>`
    : ''}
</header>
<main>
${options.flash ? html`<p class="flash" role="status">${options.flash}</p>` : ''}
${options.body}
</main>
${session
  ? html`<footer><form method="post" action="/auth/logout"><input type="hidden" name="_csrf" value="${session.csrf}"><button class="link">Sign out ${session.member.displayName}</button></form></footer>`
  : ''}
</body>
</html>`;
}

/** The hidden CSRF field every form carries. */
export function csrfField(session: WebSession): Fragment {
  return html`<input type="hidden" name="_csrf" value="${session.csrf}">`;
}
