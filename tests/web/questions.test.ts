import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { loadCategoryHints } from '../../src/services/category-hints.ts';
import { createDraft, getExpense, type DraftInput } from '../../src/services/expenses.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { createWebTestApp, formPost, signIn } from '../support/web.ts';
import { booksOf, follow, visibleText } from '../support/web-pages.ts';

/**
 * The drafts page answers a card's questions: "Kitty guessed" with the likely categories as small
 * forms, and "who is Sam?" with a button per member. Drafts are saved with their questions as
 * the engine saves them; every press goes through the real app.
 */
let handle: DatabaseHandle;
let home: TestHousehold;
let other: TestHousehold;
let app: ReturnType<typeof createWebTestApp>['app'];
let arjun: { cookie: string; csrf: string };

beforeAll(async () => {
  handle = await openTestDatabase();
  home = await createTestHousehold(handle.db, { name: 'Home' });
  other = await createTestHousehold(handle.db, { name: 'Next door' });
  ({ app } = createWebTestApp(handle.db));
  arjun = await signIn(handle.db, home.arjun);
});
afterAll(() => handle.close());

const draft = (input: Partial<DraftInput> = {}) =>
  createDraft(handle.db, home.arjun, { amount: '45', category: 'dining', date: '2026-03-18', description: 'kopi kenangan', ...input });
const post = (fields: Record<string, string>) => formPost(arjun.cookie, { _csrf: arjun.csrf, ...fields });
const draftsPage = async () => (await app.request('/drafts', { headers: { cookie: arjun.cookie } })).text();

describe('a guessed category on the drafts page', () => {
  it('says Kitty guessed, offers the choices as forms and Other…, and a choice answers and teaches', async () => {
    const kopi = await draft({ categoryChoices: ['dining', 'groceries'] });

    const page = await draftsPage();
    expect(visibleText(page)).toContain('Dining out? · 2026-03-18 · paid by Arjun Kitty guessed Dining out. Which category is it? Dining out Groceries Other…');
    expect(page).toContain(`action="/drafts/${kopi.id}/category"`);
    expect(page).toContain('name="category" value="groceries"');
    expect(page).toContain(`href="/drafts/${kopi.id}/edit">Other…`);

    const chosen = await app.request(`/drafts/${kopi.id}/category`, post({ category: 'groceries' }));
    expect(chosen.status).toBe(303);
    const after = await follow(app, chosen, arjun.cookie);
    expect(visibleText(after.page)).toContain('Groceries it is; I&#39;ll remember that for “kopi kenangan”.');
    expect(after.page).toContain('action="/drafts/undo"');
    expect(after.page).not.toContain('Kitty guessed');
    expect(await getExpense(handle.db, home.arjun, kopi.id)).toMatchObject({ categorySlug: 'groceries', categoryChoices: null });
    expect((await loadCategoryHints(handle.db, home.arjun)).get('kopi kenangan')).toBe('groceries');

    // The same answer again changes nothing and offers no undo of its own.
    const again = await follow(app, await app.request(`/drafts/${kopi.id}/category`, post({ category: 'groceries' })), arjun.cookie);
    expect(visibleText(again.page)).toContain('Already Groceries.');
    expect(again.page).not.toContain('action="/drafts/undo"');
  });

  it('refuses a category the household does not have, and another household’s draft', async () => {
    const kopi = await draft({ categoryChoices: ['dining', 'groceries'] });
    const theirs = await createDraft(handle.db, other.arjun, { amount: '10', category: 'dining', date: '2026-03-18', categoryChoices: ['dining', 'groceries'] });
    const before = await booksOf(handle.db, home.arjun);

    expect((await app.request(`/drafts/${kopi.id}/category`, post({ category: 'aquarium' }))).status).toBe(400);
    expect((await app.request(`/drafts/${theirs.id}/category`, post({ category: 'groceries' }))).status).toBe(404);

    expect(await booksOf(handle.db, home.arjun)).toEqual(before);
    expect((await getExpense(handle.db, other.arjun, theirs.id)).categoryChoices).toEqual(['dining', 'groceries']);
  });
});

describe('an unknown payer on the drafts page', () => {
  it('asks who Sam is with a button per member instead of Confirm; choosing answers it', async () => {
    const dinner = await draft({ description: 'dinner', amount: '210', unknownPayer: 'sam' });

    const page = await draftsPage();
    expect(visibleText(page)).toContain('paid by Sam? Who is Sam? Sam is not in this household: who paid? (Or invite them from the settings.) Arjun paid Priya paid');
    expect(page).not.toContain(`action="/drafts/${dinner.id}/confirm"`);
    expect(page).toContain(`name="paidBy" value="${home.priya.memberId}"`);

    // A confirm posted anyway is refused with the question.
    const refused = await app.request(`/drafts/${dinner.id}/confirm`, post({}));
    expect(refused.status).toBe(400);
    expect(visibleText(await refused.text())).toContain('Who paid? The message says sam paid, and sam is not in this household.');

    // The other household's member is no answer here.
    expect((await app.request(`/drafts/${dinner.id}/paid-by`, post({ paidBy: other.priya.memberId }))).status).toBe(400);

    const chosen = await follow(app, await app.request(`/drafts/${dinner.id}/paid-by`, post({ paidBy: home.priya.memberId })), arjun.cookie);
    expect(visibleText(chosen.page)).toContain('Paid by Priya.');
    expect(chosen.page).toContain(`action="/drafts/${dinner.id}/confirm"`);
    expect(await getExpense(handle.db, home.arjun, dinner.id)).toMatchObject({ paidBy: home.priya.memberId, unknownPayer: null });
  });

  it('the edit form asks who paid rather than showing the sender, and saving a payer answers it', async () => {
    const dinner = await draft({ description: 'dinner', amount: '210', unknownPayer: 'sam' });

    const form = await (await app.request(`/drafts/${dinner.id}/edit`, { headers: { cookie: arjun.cookie } })).text();
    expect(form).toMatch(/<option value="" selected>Choose who paid<\/option>/);

    const fields = { amount: '210.00', currency: 'INR', category: 'dining', date: '2026-03-18', description: 'dinner', paidBy: home.arjun.memberId, split: 'none' };
    const saved = await app.request(`/drafts/${dinner.id}/edit`, post(fields));
    expect(saved.status).toBe(303);
    expect(await getExpense(handle.db, home.arjun, dinner.id)).toMatchObject({ paidBy: home.arjun.memberId, unknownPayer: null });
  });
});
