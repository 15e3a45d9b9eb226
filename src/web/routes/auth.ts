/**
 * Sign-in without passwords: a single-use link from the chat (/auth/link), or, inside Telegram,
 * the Mini App's signed launch data (/auth/telegram). Both end in a 30-day session cookie.
 * Attempts are rate-limited per client address.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { claimSignInLink, revokeSession, startSession } from '../../services/web-sessions.ts';
import { verifySignInToken } from '../auth/sign-in-link.ts';
import { clearSessionCookie, requireCsrf, requireSession, setSessionCookie } from '../session.ts';
import { checkInitData } from '../telegram-init-data.ts';
import { slidingWindow } from '../../limits/sliding-window.ts';
import { page } from '../views/layout.ts';
import { signedOutPage } from '../views/signed-out.ts';
import type { WebDeps, WebEnv } from '../web-deps.ts';

const ATTEMPTS_PER_MINUTE = 10;

export function authRoutes(deps: WebDeps) {
  const https = deps.publicUrl.startsWith('https://');
  const now = () => deps.now?.() ?? new Date();
  const limiter = attemptLimiter(ATTEMPTS_PER_MINUTE, now);
  const app = new Hono<WebEnv>();

  app.get('/link', async (c) => {
    if (!limiter(clientAddress(c.req.raw.headers))) return c.html(signedOutPage(undefined, 'Too many sign-in attempts. Wait a minute and try again.'), 429);
    const token = c.req.query('token') ?? '';
    let claims;
    try {
      claims = await verifySignInToken({ secret: deps.sessionSecret, now: now() }, token);
    } catch {
      return c.html(signedOutPage(undefined, 'This sign-in link has expired or is not valid. Ask Kitty for a new one.'), 401);
    }
    if (!(await claimSignInLink(deps.db, claims.tokenId, claims.expiresAt))) {
      return c.html(signedOutPage(undefined, 'This sign-in link was already used. Ask Kitty for a new one.'), 401);
    }
    const session = await startSession(deps.db, claims.scope, now());
    setSessionCookie(c, session.token, https);
    return c.redirect('/', 303);
  });

  app.post('/telegram', async (c) => {
    if (!limiter(clientAddress(c.req.raw.headers))) return c.json({ error: 'rate_limited' }, 429);
    if (!deps.telegramBotToken) return c.json({ error: 'not_configured', message: 'Telegram is not set up on this Kitty.' }, 404);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const initData = typeof form.initData === 'string' ? form.initData : '';
    const check = checkInitData(initData, deps.telegramBotToken, now());
    if (!check.ok) return c.json({ error: 'unauthorized', message: 'Telegram could not confirm who you are.' }, 401);
    const scope = await deps.engine.people.identify({ provider: 'telegram', externalId: String(check.telegramUserId) });
    if (!scope) return c.json({ error: 'forbidden', message: 'Set up or join a household with the bot first.' }, 403);
    const session = await startSession(deps.db, scope, now());
    setSessionCookie(c, session.token, https);
    return c.json({ ok: true });
  });

  app.post('/logout', requireSession(deps), requireCsrf(), async (c) => {
    await revokeSession(deps.db, c.var.session.token, now());
    clearSessionCookie(c);
    return c.redirect('/', 303);
  });

  return app;
}

/** The Mini App's landing page: our script trades Telegram's launch data for a session. */
export function miniAppPage() {
  return page({
    title: 'Opening',
    body: html`<section class="card"><p id="status">Opening Kitty…</p><script src="/assets/mini-app.js"></script></section>`,
  });
}

/** Behind a proxy the first X-Forwarded-For hop is the client; otherwise all share one bucket. */
function clientAddress(headers: Headers): string {
  return headers.get('cf-connecting-ip') ?? headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'local';
}

function attemptLimiter(perMinute: number, now: () => Date): (client: string) => boolean {
  const allow = slidingWindow({ limit: perMinute, windowMs: 60_000, now: () => now().getTime() });
  return (client) => allow(client).allowed;
}
