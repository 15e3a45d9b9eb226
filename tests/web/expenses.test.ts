import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { formatMoney } from '../../src/domain/money.ts';
import { confirmExpense, createDraft, getExpense, type DraftInput } from '../../src/services/expenses.ts';
import { spendTotals } from '../../src/services/reports.ts';
import { LEDGER_PAGE_SIZE } from '../../src/web/routes/expenses.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { createWebTestApp, formPost, signIn } from '../support/web.ts';
import { booksOf, follow, visibleText } from '../support/web-pages.ts';

let handle: DatabaseHandle;
let home: TestHousehold;
let other: TestHousehold;
let app: ReturnType<typeof createWebTestApp>['app'];
let arjun: { cookie: string; csrf: string };
const ids: Record<string, string> = {};

async function confirmed(scope: HouseholdScope, input: DraftInput): Promise<string> {
  const draft = await createDraft(handle.db, scope, input);
  await confirmExpense(handle.db, scope, draft.id);
  return draft.id;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  home = await createTestHousehold(handle.db, { name: 'Home' });
  other = await createTestHousehold(handle.db, { name: 'Next door' });
  const entries = [
    ['milk', '60', 'groceries', '2026-03-01', 'arjun'],
    ['Swiggy dinner', '540', 'dining', '2026-03-02', 'priya'],
    ['uber to office', '250', 'transport', '2026-03-05', 'arjun'],
    ['Rent, March', '25000', 'housing', '2026-03-10', 'priya'],
    ['coffee', '180', 'dining', '2026-02-20', 'arjun'],
  ] as const;
  for (const [description, amount, category, date, payer] of entries) {
    ids[description] = await confirmed(home.arjun, {
      description,
      amount,
      category,
      date,
      paidBy: home[payer].memberId,
      ...(description === 'Swiggy dinner' && { split: { kind: 'equal' } }),
    });
  }
  ids.pending = (await createDraft(handle.db, home.arjun, { description: 'pending thing', amount: '99', category: 'other', date: '2026-03-11' })).id;
  ids.theirs = await confirmed(other.arjun, { description: 'their secret', amount: '700', category: 'dining', date: '2026-03-03' });
  ({ app } = createWebTestApp(handle.db));
  arjun = await signIn(handle.db, home.arjun);
});
afterAll(() => handle.close());

const get = (path: string) => app.request(path, { headers: { cookie: arjun.cookie } });
const post = (path: string, fields: Record<string, string> = {}) => app.request(path, formPost(arjun.cookie, { _csrf: arjun.csrf, ...fields }));

/** The descriptions of the rows on a ledger page, top to bottom. */
function rows(page: string): string[] {
  return [...page.matchAll(/<tr[^>]*>\s*<td[^>]*>[^<]*<\/td>\s*<td[^>]*>([^<]*)/g)].map((match) => match[1] ?? '');
}

function totals(page: string): string[] {
  return [...page.matchAll(/<span class="pill">([^<]*)<\/span>/g)].map((match) => match[1] ?? '');
}

describe('the ledger', () => {
  it('lists a month’s confirmed expenses newest first, with the dashboard’s total for the month', async () => {
    const response = await get('/expenses?month=2026-03');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(rows(page)).toEqual(['Rent, March', 'uber to office', 'Swiggy dinner', 'milk']);
    const [march] = await spendTotals(handle.db, home.arjun, { start: '2026-03-01', end: '2026-03-31' });
    expect(totals(page)).toEqual([`${formatMoney(march!.totalMinor, 'INR')} · 4 expenses`]);
    expect(totals(page)).toEqual(['₹25,850.00 · 4 expenses']);
    expect(page).toContain('split equally');
    expect(page).toContain(`action="/expenses/${ids.milk}/delete"`);
    expect(page).toContain(`href="/expenses/${ids.milk}/edit"`);
    expect(page).toContain('href="/expenses/export.csv?month=2026-03"');
    expect(page).toContain('href="/expenses/export.journal?month=2026-03"');
    expect(page).not.toContain('pending thing');
    expect(page).not.toContain('their secret');
  });

  it('filters by category, payer and words, with totals for what matches', async () => {
    const dining = await (await get('/expenses?category=dining')).text();
    expect(rows(dining)).toEqual(['Swiggy dinner', 'coffee']);
    expect(totals(dining)).toEqual(['₹720.00 · 2 expenses']);
    expect(rows(await (await get(`/expenses?month=2026-03&member=${home.priya.memberId}`)).text())).toEqual(['Rent, March', 'Swiggy dinner']);
    const searched = await (await get('/expenses?text=SWIG')).text();
    expect(rows(searched)).toEqual(['Swiggy dinner']);
    expect(searched).toContain('value="SWIG"');
    expect(rows(await (await get('/expenses')).text())).toEqual(['Rent, March', 'uber to office', 'Swiggy dinner', 'milk', 'coffee']);
    expect(totals(await (await get('/expenses?month=2026-01')).text())).toEqual([]);
  });

  it.each([
    ['month=2026-13', 'month', /"2026-13" is not a month/],
    ['month=March', 'month', /Write it as YYYY-MM/],
    ['category=spaceships', 'category', /There is no category "spaceships"/],
    ['member=OTHER', 'member', /not a member of this household/],
    ['cursor=bm9wZQ', 'cursor', /That page link is not valid/],
  ])('answers ?%s with 400 and says what to fix beside the filter', async (query, field, message) => {
    const response = await get(`/expenses?${query.replace('OTHER', other.priya.memberId)}`);
    expect(response.status).toBe(400);
    const page = await response.text();
    const error = new RegExp(`<p class="field-error" id="${field}-error">([^<]*)</p>`).exec(page);
    expect(error?.[1]?.replaceAll('&quot;', '"')).toMatch(message);
    expect(rows(page)).toEqual([]);
  });

  it('pages with Older links that neither skip nor repeat an expense', async () => {
    const many = await createTestHousehold(handle.db, { name: 'Many' });
    const logged: string[] = [];
    for (let day = 1; day <= LEDGER_PAGE_SIZE + 5; day++) {
      logged.push(await confirmed(many.arjun, { description: `day ${day}`, amount: String(day), category: 'groceries', date: `2026-03-${String(Math.min(day, 28)).padStart(2, '0')}` }));
    }
    const priya = await signIn(handle.db, many.priya);
    const first = await (await app.request('/expenses?month=2026-03', { headers: { cookie: priya.cookie } })).text();
    expect(rows(first)).toHaveLength(LEDGER_PAGE_SIZE);
    expect(totals(first)).toEqual(['₹465.00 · 30 expenses']);
    const older = /<a rel="next" href="([^"]+)">Older<\/a>/.exec(first)?.[1]?.replaceAll('&amp;', '&');
    expect(older).toMatch(/^\/expenses\?month=2026-03&cursor=/);
    const second = await (await app.request(older!, { headers: { cookie: priya.cookie } })).text();
    expect(rows(second)).toHaveLength(5);
    expect(second).not.toContain('>Older<');
    expect(second).toContain('>Newest<');
    expect(new Set([...rows(first), ...rows(second)]).size).toBe(LEDGER_PAGE_SIZE + 5);
    expect(totals(second)).toEqual(totals(first));
  });
});

describe('changing the ledger', () => {
  it('edits a confirmed expense, and undo puts it back', async () => {
    const form = await (await get(`/expenses/${ids['uber to office']}/edit`)).text();
    expect(form).toContain('value="250.00"');
    expect(form).toContain(`action="/expenses/${ids['uber to office']}/edit"`);

    const saved = await post(`/expenses/${ids['uber to office']}/edit`, {
      amount: '275.50', currency: 'INR', category: 'transport', date: '2026-03-06', description: 'uber to office', paidBy: home.arjun.memberId, split: 'none',
    });
    expect(saved.status).toBe(303);
    const after = await follow(app, saved, arjun.cookie);
    expect(after.location).toBe('/expenses?month=2026-03');
    expect(visibleText(after.page)).toContain('Updated: uber to office, ₹275.50.');
    expect(after.page).toContain('action="/expenses/undo"');
    expect(await getExpense(handle.db, home.arjun, ids['uber to office']!)).toMatchObject({ amountMinor: 27550, spentOn: '2026-03-06', status: 'confirmed' });

    const bad = await post(`/expenses/${ids['uber to office']}/edit`, {
      amount: '27O', currency: 'INR', category: 'transport', date: '2026-03-06', description: 'uber', paidBy: home.arjun.memberId, split: 'none',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('id="amount-error"');

    const undone = await follow(app, await post('/expenses/undo'), arjun.cookie);
    expect(visibleText(undone.page)).toContain('Undid the edit: uber to office, ₹250.00.');
    expect(await getExpense(handle.db, home.arjun, ids['uber to office']!)).toMatchObject({ amountMinor: 25000, spentOn: '2026-03-05' });
  });

  it('deletes a confirmed expense with an Undo button that brings it back', async () => {
    const deleted = await post(`/expenses/${ids.milk}/delete`);
    expect(deleted.status).toBe(303);
    const after = await follow(app, deleted, arjun.cookie);
    expect(after.location).toBe('/expenses?month=2026-03');
    expect(visibleText(after.page)).toContain('Deleted: milk, ₹60.00.');
    expect(after.page).toContain('<form class="undo" method="post" action="/expenses/undo">');
    expect(rows(after.page)).not.toContain('milk');
    expect(totals(after.page)).toEqual(['₹25,790.00 · 3 expenses']);

    const undone = await follow(app, await post('/expenses/undo'), arjun.cookie);
    expect(visibleText(undone.page)).toContain('Undid the delete: milk, ₹60.00.');
    expect(rows(undone.page)).toContain('milk');
    expect((await getExpense(handle.db, home.arjun, ids.milk!)).status).toBe('confirmed');
  });

  it('keeps drafts out of the ledger’s edit and delete', async () => {
    const edit = await get(`/expenses/${ids.pending}/edit`);
    expect(edit.status).toBe(303);
    expect(edit.headers.get('location')).toBe(`/drafts/${ids.pending}/edit`);
    const before = await booksOf(handle.db, home.arjun);
    const deleted = await post(`/expenses/${ids.pending}/delete`);
    expect(deleted.status).toBe(409);
    expect(await deleted.text()).toContain('discard a draft instead');
    expect(await booksOf(handle.db, home.arjun)).toEqual(before);
  });
});

describe('the walls around the ledger', () => {
  it('answers 404 for another household’s expense in every URL, and writes nothing', async () => {
    const theirs = await booksOf(handle.db, other.arjun);
    const mine = await booksOf(handle.db, home.arjun);
    const responses = [
      await get(`/expenses/${ids.theirs}/edit`),
      await post(`/expenses/${ids.theirs}/edit`, { amount: '1', currency: 'INR', category: 'dining', date: '2026-03-03', description: 'mine now', paidBy: home.arjun.memberId, split: 'none' }),
      await post(`/expenses/${ids.theirs}/delete`),
      await post('/expenses/0000/delete'),
    ];
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('their secret');
    }
    expect(await booksOf(handle.db, other.arjun)).toEqual(theirs);
    expect(await booksOf(handle.db, home.arjun)).toEqual(mine);
  });

  it('refuses a delete without the CSRF token (403), the signed out (401) and an oversized form (413)', async () => {
    const before = await booksOf(handle.db, home.arjun);
    expect((await app.request(`/expenses/${ids.milk}/delete`, formPost(arjun.cookie, {}))).status).toBe(403);
    expect((await app.request(`/expenses/${ids.milk}/delete`, formPost(arjun.cookie, { _csrf: `${arjun.csrf}x` }))).status).toBe(403);
    expect((await app.request('/expenses/undo', formPost(arjun.cookie, {}))).status).toBe(403);
    expect((await app.request('/expenses')).status).toBe(401);
    expect((await app.request('/expenses/export.csv')).status).toBe(401);
    expect((await post(`/expenses/${ids.milk}/delete`, { padding: 'x'.repeat(65 * 1024) })).status).toBe(413);
    expect(await booksOf(handle.db, home.arjun)).toEqual(before);
  });
});
