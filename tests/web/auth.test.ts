import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { linkIdentity } from '../../src/services/identities.ts';
import { signInLink } from '../../src/web/auth/sign-in-link.ts';
import { signInitData } from '../../src/web/telegram-init-data.ts';
import { openTestDatabase } from '../support/database.ts';
import { TEST_NOW } from '../support/engine.ts';
import { createTestHousehold } from '../support/households.ts';
import { createWebTestApp, formPost, signIn, TEST_BOT_TOKEN, TEST_SESSION_SECRET } from '../support/web.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

function linkFor(scope: Parameters<typeof signInLink>[1], now = TEST_NOW, secret = TEST_SESSION_SECRET): Promise<string> {
  return signInLink({ secret, publicUrl: 'http://localhost:3000', now }, scope);
}

function pathOf(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('signed out', () => {
  it('gets a friendly page saying how to get a link, with the security headers', async () => {
    const { app } = createWebTestApp(handle.db);
    const response = await app.request('/');
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('send <code>/dashboard</code> to the bot');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('is served the stylesheet, and the Mini App page may be framed by Telegram only', async () => {
    const { app } = createWebTestApp(handle.db, { publicUrl: 'https://kitty.example.com' });
    const css = await app.request('/assets/app.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    const mini = await app.request('/mini-app');
    expect(mini.status).toBe(200);
    expect(mini.headers.get('content-security-policy')).toContain('frame-ancestors https://web.telegram.org');
    expect(mini.headers.get('x-frame-options')).toBeNull();
    expect(mini.headers.get('strict-transport-security')).toContain('max-age=');
    expect(await mini.text()).toContain('<script src="/assets/mini-app.js"></script>');
  });
});

describe('sign-in link', () => {
  it('signs in once with a 30-day HttpOnly cookie, then is refused', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const { app } = createWebTestApp(handle.db);
    const link = await linkFor(arjun);

    const first = await app.request(pathOf(link));
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^kitty_session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toContain('Max-Age=2592000');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).not.toContain('Secure');
    expect((await app.request('/', { headers: { cookie: cookieOf(first) } })).status).not.toBe(401);

    const again = await app.request(pathOf(link));
    expect(again.status).toBe(401);
    expect(await again.text()).toContain('already used');
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('sets a Secure cookie under https', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const { app } = createWebTestApp(handle.db, { publicUrl: 'https://kitty.example.com' });
    const response = await app.request(pathOf(await linkFor(arjun)));
    expect(response.headers.get('set-cookie')).toContain('Secure');
  });

  it.each([
    ['expired', async (scope: Parameters<typeof signInLink>[1]) => pathOf(await linkFor(scope, new Date(TEST_NOW.getTime() - 16 * 60_000))), 'expired or is not valid'],
    ['signed with another secret', async (scope: Parameters<typeof signInLink>[1]) => pathOf(await linkFor(scope, TEST_NOW, `${TEST_SESSION_SECRET}-other`)), 'expired or is not valid'],
    ['garbage', async () => '/auth/link?token=not.a.token', 'expired or is not valid'],
    ['missing', async () => '/auth/link', 'expired or is not valid'],
  ])('refuses a token that is %s, setting no cookie', async (_, path, message) => {
    const { arjun } = await createTestHousehold(handle.db);
    const { app } = createWebTestApp(handle.db);
    const response = await app.request(await path(arjun));
    expect(response.status).toBe(401);
    expect(await response.text()).toContain(message);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('rate-limits sign-in attempts per client', async () => {
    const { app } = createWebTestApp(handle.db);
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await app.request('/auth/link?token=x', { headers })).status).toBe(401);
    expect((await app.request('/auth/link?token=x', { headers })).status).toBe(429);
    expect((await app.request('/auth/link?token=x', { headers: { 'x-forwarded-for': '203.0.113.8' } })).status).toBe(401);
  });
});

describe('Telegram Mini App sign-in', () => {
  const authDate = String(Math.floor(TEST_NOW.getTime() / 1000) - 60);

  async function post(app: ReturnType<typeof createWebTestApp>['app'], initData: string) {
    return app.request('/auth/telegram', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ initData }).toString(),
    });
  }

  it('signs in the member whose Telegram account opened the app', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const telegramId = 700_000_000 + Math.floor(Math.random() * 1e8);
    await linkIdentity(handle.db, arjun, { provider: 'telegram', externalId: String(telegramId) });
    const { app } = createWebTestApp(handle.db);
    const initData = signInitData({ auth_date: authDate, query_id: 'AAE', user: JSON.stringify({ id: telegramId, first_name: 'Arjun' }) }, TEST_BOT_TOKEN);

    const response = await post(app, initData);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^kitty_session=/);
  });

  it.each([
    ['forged (wrong bot token)', () => signInitData({ auth_date: authDate, user: JSON.stringify({ id: 1 }) }, '999:another-bot'), 401],
    ['tampered after signing', () => signInitData({ auth_date: authDate, user: JSON.stringify({ id: 1 }) }, TEST_BOT_TOKEN).replace('%22id%22%3A1', '%22id%22%3A2'), 401],
    ['stale', () => signInitData({ auth_date: String(Math.floor(TEST_NOW.getTime() / 1000) - 2 * 86_400), user: JSON.stringify({ id: 1 }) }, TEST_BOT_TOKEN), 401],
    ['from a Telegram user in no household', () => signInitData({ auth_date: authDate, user: JSON.stringify({ id: 42 }) }, TEST_BOT_TOKEN), 403],
  ])('refuses launch data that is %s', async (_, initData, status) => {
    const { app } = createWebTestApp(handle.db);
    const response = await post(app, initData());
    expect(response.status).toBe(status);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('sign out', () => {
  it('needs the CSRF token, then revokes the session', async () => {
    const { priya } = await createTestHousehold(handle.db);
    const { app } = createWebTestApp(handle.db);
    const { cookie, csrf } = await signIn(handle.db, priya);

    expect((await app.request('/auth/logout', formPost(cookie, {}))).status).toBe(403);
    expect((await app.request('/auth/logout', formPost(cookie, { _csrf: 'forged' }))).status).toBe(403);
    const out = await app.request('/auth/logout', formPost(cookie, { _csrf: csrf }));
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/kitty_session=;/);
    expect((await app.request('/', { headers: { cookie } })).status).toBe(401);
  });
});
