import type { Database } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { listExpenses } from '../../src/services/ledger.ts';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** The browser's cookie header after a response: its Set-Cookie values replace or add, an emptied one goes. */
export function withCookies(cookie: string, response: Response): string {
  const jar = new Map(cookie.split('; ').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? '';
    const name = pair.slice(0, pair.indexOf('='));
    const value = pair.slice(pair.indexOf('=') + 1);
    if (value === '' || /max-age=0/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** Follows a 303 the way a browser does, carrying the cookies it set (the flash). */
export async function follow(app: App, response: Response, cookie: string): Promise<{ page: string; status: number; location: string }> {
  const location = response.headers.get('location');
  if (response.status !== 303 || !location) throw new Error(`Expected a 303 redirect, got ${response.status}: ${await response.text()}`);
  const next = await app.request(location, { headers: { cookie: withCookies(cookie, response) } });
  return { page: await next.text(), status: next.status, location };
}

/**
 * Everything the household has in its books, drafts and discarded ones included, with the
 * timestamps writes move: equal snapshots before and after mean nothing was written.
 */
export async function booksOf(db: Database, scope: HouseholdScope) {
  return (await listExpenses(db, scope, { status: ['draft', 'confirmed', 'discarded'], limit: 200 })).items;
}

/** The text of a page without its tags, whitespace collapsed: for asserting what a person reads. */
export function visibleText(page: string): string {
  return page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
