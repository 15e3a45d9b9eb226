import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { householdBalances } from '../../src/services/balances.ts';
import { confirmExpense, createDraft, type DraftInput } from '../../src/services/expenses.ts';
import { openTestDatabase } from '../support/database.ts';
import { TEST_NOW } from '../support/engine.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { createWebTestApp, formPost, signIn } from '../support/web.ts';

/**
 * The month dashboard through the real app on the real database. "Now" is 18 March 2026 in
 * Kolkata. Our household's figures, worked by hand:
 *   March (INR): Arjun groceries 1,000.00 split equally, Priya dining 600.00 split equally,
 *                Arjun transport 250.50 unsplit → 1,850.50 over 3 expenses; plus $30.00 split.
 *   February:    1,500.00 → March is 350.50 more, +23.4%.
 *   Balances:    INR Arjun +500 − 300 = +200, so Priya owes Arjun ₹200.00; USD Arjun owes Priya $15.00.
 */
let handle: DatabaseHandle;
let home: TestHousehold;
let other: TestHousehold;

async function confirmed(scope: HouseholdScope, input: DraftInput) {
  const draft = await createDraft(handle.db, scope, input, { now: TEST_NOW });
  return (await confirmExpense(handle.db, scope, draft.id)).expense;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  home = await createTestHousehold(handle.db, { name: 'Sharma home' });
  other = await createTestHousehold(handle.db, { name: 'Neighbours' });
  const { arjun, priya } = home;
  await confirmed(arjun, { amount: '1000.00', date: '2026-03-02', category: 'groceries', description: 'big basket', split: { kind: 'equal' } });
  await confirmed(priya, { amount: '600', date: '2026-03-09', category: 'dining', description: 'anniversary dinner', split: { kind: 'equal' } });
  await confirmed(arjun, { amount: '250.50', date: '2026-03-15', category: 'transport', description: 'uber' });
  await confirmed(priya, { amount: '30', currency: 'USD', date: '2026-03-10', category: 'subscriptions', description: 'cloud', split: { kind: 'equal' } });
  await confirmed(arjun, { amount: '1500', date: '2026-02-20', category: 'utilities', description: 'electricity' });
  // Not spending: a draft nobody confirmed.
  await createDraft(handle.db, priya, { amount: '9999', date: '2026-03-12', category: 'shopping', description: 'unconfirmed sofa' });
  // Another household's month, right beside ours.
  await confirmed(other.arjun, { amount: '77777', date: '2026-03-05', category: 'travel', description: 'neighbours yacht', split: { kind: 'equal' } });
});

afterAll(() => handle.close());

async function get(path: string, cookie?: string) {
  const { app } = createWebTestApp(handle.db);
  const response = await app.request(path, cookie ? { headers: { cookie } } : {});
  return { response, body: await response.text() };
}

/** The text of the page with tags removed and whitespace collapsed, for sentence assertions. */
function textOf(body: string): string {
  return body
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('GET / (dashboard)', () => {
  it('asks a signed-out visitor to sign in, showing no data (401)', async () => {
    const { response, body } = await get('/');
    expect(response.status).toBe(401);
    expect(body).toContain('Open Kitty from your chat');
    expect(body).not.toContain('₹');
  });

  it("shows this month's figures from confirmed expenses only, in the household currency", async () => {
    const { cookie } = await signIn(handle.db, home.priya);
    const { response, body } = await get('/', cookie);
    expect(response.status).toBe(200);
    const text = textOf(body);
    expect(text).toContain('March 2026');
    expect(body).toMatch(/data-figure="month-total">₹1,850\.50</);
    // Today is the 18th, and February's electricity came on the 20th: like for like, nothing yet.
    expect(text).toContain('3 expenses. Nothing was spent in the same days of February 2026 (1–18 Feb).');
    expect(text).toContain('Also spent in other currencies: $30.00 (1 expense).');
    // Categories and members, with shares of the INR total.
    expect(text).toContain('Groceries ₹1,000.00 54%');
    expect(text).toContain('Dining out ₹600.00 32%');
    expect(text).toContain('Transport ₹250.50 14%');
    expect(text).toContain('Arjun ₹1,250.50 68%');
    expect(text).toContain('Priya ₹600.00 32%');
    // Largest first, with who paid.
    expect(text).toMatch(/big basket .*Groceries Arjun ₹1,000\.00 .*anniversary dinner .*Dining out Priya ₹600\.00 .*uber .*Transport Arjun ₹250\.50/);
    expect(text).toContain('cloud');
    // All-time balances.
    expect(text).toContain('Priya owes Arjun ₹200.00');
    expect(text).toContain('In other currencies: Arjun owes Priya $15.00.');
    // A draft is not spending; another household is not ours.
    expect(body).not.toContain('unconfirmed sofa');
    expect(body).not.toContain('9,999');
    expect(body).not.toContain('yacht');
    expect(body).not.toContain('77,777');
    expect(body).not.toContain('Neighbours');
  });

  it('draws the charts as inline SVG with accessible titles, under the strict CSP', async () => {
    const { cookie } = await signIn(handle.db, home.arjun);
    const { response, body } = await get('/', cookie);
    expect(body.match(/<svg /g)).toHaveLength(3);
    expect(body).toContain('<title>Spending by category, March 2026</title>');
    expect(body).toContain('<title>Who paid, March 2026</title>');
    expect(body).toContain('<title>Spending by day, March 2026</title>');
    expect(body).toMatch(/role="img" aria-label="Spending by category, March 2026\. Bar chart: Groceries ₹1,000\.00, Dining out ₹600\.00, Transport ₹250\.50\."/);
    // The day line runs from the 1st to today, the 18th, and names its peak.
    expect(body).toContain('aria-label="Spending by day, March 2026. Line chart from Mar 1, 2026 to Mar 18, 2026, highest ₹1,000.00 on Mar 2.');
    expect(body).not.toMatch(/style=|<script/);
    expect(body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(response.headers.get('content-security-policy')).toContain("style-src 'self'");
  });

  it('has a month picker: previous and next links and a GET form', async () => {
    const { cookie } = await signIn(handle.db, home.arjun);
    const march = await get('/', cookie);
    expect(march.body).toContain('href="/?month=2026-02"');
    // No "next" into a month that has not happened.
    expect(march.body).not.toContain('href="/?month=2026-04"');
    expect(march.body).toMatch(/<form method="get" action="\/"[^>]*>\s*<label[^>]*>Month<\/label>\s*<input type="month" id="month" name="month" value="2026-03"/);

    const { response, body } = await get('/?month=2026-02', cookie);
    expect(response.status).toBe(200);
    const text = textOf(body);
    expect(text).toContain('February 2026');
    expect(body).toMatch(/data-figure="month-total">₹1,500\.00</);
    expect(text).toContain('1 expense. Nothing was spent in January 2026.');
    expect(text).toContain('Utilities ₹1,500.00 100%');
    expect(body).toContain('href="/?month=2026-03"');
    expect(body).toContain('href="/?month=2026-01"');
    expect(body).not.toContain('big basket');
  });

  it.each(['2026-13', '2026-3', 'march', '2026-03-01', '<script>'])('refuses ?month=%s with a 400 that says what to write', async (month) => {
    const { cookie } = await signIn(handle.db, home.arjun);
    const { response, body } = await get(`/?month=${encodeURIComponent(month)}`, cookie);
    expect(response.status).toBe(400);
    expect(body).toContain('Write the month as YYYY-MM, for example 2026-03.');
    expect(body).not.toContain('<script>');
  });
});

/** Follows a POST's redirect the way a browser does, with the flash cookie it set; the page's text. */
async function flashAfter(app: ReturnType<typeof createWebTestApp>['app'], cookie: string, response: Response): Promise<string> {
  const flash = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const page = await app.request(response.headers.get('location') ?? '/', { headers: { cookie: `${cookie}; ${flash}` } });
  // Shown once: the same response clears it.
  expect(page.headers.get('set-cookie')).toMatch(/kitty_flash=;/);
  return textOf(await page.text());
}

describe('POST /settle', () => {
  it('needs the CSRF token (403) and changes nothing without it', async () => {
    const { cookie } = await signIn(handle.db, home.priya);
    const { app } = createWebTestApp(handle.db);
    const response = await app.request('/settle', formPost(cookie, { month: '2026-03' }));
    expect(response.status).toBe(403);
    const forged = await app.request('/settle', formPost(cookie, { month: '2026-03', _csrf: 'x'.repeat(43) }));
    expect(forged.status).toBe(403);
    expect((await householdBalances(handle.db, home.priya)).settlements).toHaveLength(2);
  });

  it('refuses to settle balances the page no longer shows', async () => {
    const { cookie, csrf } = await signIn(handle.db, home.priya);
    const { app } = createWebTestApp(handle.db);
    const response = await app.request('/settle', formPost(cookie, { _csrf: csrf, month: '2026-03', expect: 'stale' }));
    expect(response.status).toBe(303);
    expect(await flashAfter(app, cookie, response)).toContain('The balances changed since this page was loaded');
    expect((await householdBalances(handle.db, home.priya)).settlements).toHaveLength(2);
  });

  it('records the suggested settlement in the household currency, then shows everyone square', async () => {
    const { cookie, csrf } = await signIn(handle.db, home.priya);
    const { app } = createWebTestApp(handle.db);
    const page = await (await app.request('/', { headers: { cookie } })).text();
    const expectField = /name="expect" value="([^"]+)"/.exec(page)?.[1];
    expect(expectField).toBeDefined();

    const response = await app.request('/settle', formPost(cookie, { _csrf: csrf, month: '2026-03', expect: expectField ?? '' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/?month=2026-03');
    const text = await flashAfter(app, cookie, response);
    expect(text).toContain('Priya paid Arjun ₹200.00 — all square in INR.');
    expect(text).toContain('Everyone is square in INR.');
    expect(text).toContain('In other currencies: Arjun owes Priya $15.00.');

    const balances = await householdBalances(handle.db, home.arjun);
    expect(balances.settlements).toEqual([{ from: home.arjun.memberId, to: home.priya.memberId, currency: 'USD', amountMinor: 1_500 }]);

    // Pressing again (a double tap) records nothing more.
    const again = await app.request('/settle', formPost(cookie, { _csrf: csrf, expect: expectField ?? '' }));
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/');
    expect(await flashAfter(app, cookie, again)).toContain('Nobody owes anyone in INR: already square.');
    expect((await householdBalances(handle.db, home.arjun)).settlements).toHaveLength(1);
  });

  it("never touches another household's balances", async () => {
    const before = await householdBalances(handle.db, other.arjun);
    expect(before.settlements).toEqual([{ from: other.priya.memberId, to: other.arjun.memberId, currency: 'INR', amountMinor: 3_888_850 }]);
    const { cookie, csrf } = await signIn(handle.db, home.arjun);
    const { app } = createWebTestApp(handle.db);
    await app.request('/settle', formPost(cookie, { _csrf: csrf, expect: '' }));
    expect(await householdBalances(handle.db, other.arjun)).toEqual(before);
  });
});
