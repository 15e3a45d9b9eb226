/**
 * The session cookie and CSRF tokens. A page handler behind `requireSession` finds the
 * signed-in member in `c.var.session`; every POST must carry that session's CSRF token.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loadHousehold } from '../services/households.ts';
import { loadMembers } from '../services/members.ts';
import { findSession, SESSION_DAYS } from '../services/web-sessions.ts';
import { inHousehold } from '../db/scope.ts';
import { signedOutPage } from './views/signed-out.ts';
import type { WebDeps, WebEnv } from './web-deps.ts';

export const SESSION_COOKIE = 'kitty_session';

export function setSessionCookie(c: Context, token: string, https: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: https,
    path: '/',
    maxAge: SESSION_DAYS * 24 * 60 * 60,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export function csrfToken(secret: string, sessionToken: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

/** Pages for members only: without a valid session, a friendly page says how to get a link (401). */
export function requireSession(deps: WebDeps): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const scope = token ? await findSession(deps.db, token, deps.now?.() ?? new Date()) : undefined;
    if (!token || !scope) {
      if (token) clearSessionCookie(c);
      return c.html(signedOutPage(c.var.nonce), 401);
    }
    const { household, members } = await inHousehold(deps.db, scope, async (tx) => ({
      household: await loadHousehold(tx, scope),
      members: await loadMembers(tx, scope),
    }));
    const member = members.find((candidate) => candidate.id === scope.memberId);
    if (!member) return c.html(signedOutPage(c.var.nonce), 401);
    c.set('session', { token, scope, member, household, csrf: csrfToken(deps.sessionSecret, token) });
    await next();
  };
}

/**
 * Every state-changing request carries the session's CSRF token (form field `_csrf`, or the
 * `x-csrf-token` header). SameSite=Lax already stops most cross-site posts; this stops the rest.
 */
export function requireCsrf(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const type = c.req.header('content-type') ?? '';
    let given = c.req.header('x-csrf-token') ?? '';
    if (!given && (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data'))) {
      // A garbled body has no token in it: refused like any other missing token, not a crash.
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      given = typeof form._csrf === 'string' ? form._csrf : '';
    }
    const expected = Buffer.from(c.var.session.csrf);
    const actual = Buffer.from(given);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      return c.text('This form has expired or did not come from Kitty. Reload the page and try again.', 403);
    }
    await next();
  };
}
