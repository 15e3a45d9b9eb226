import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { categories } from '../../src/db/schema.ts';
import { inHousehold } from '../../src/db/scope.ts';
import { createDraft, editExpense, getExpense, type DraftInput } from '../../src/services/expenses.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { createWebTestApp, formPost, signIn } from '../support/web.ts';
import { booksOf, follow, visibleText } from '../support/web-pages.ts';

let handle: DatabaseHandle;
let home: TestHousehold;
let other: TestHousehold;
let app: ReturnType<typeof createWebTestApp>['app'];
let arjun: { cookie: string; csrf: string };

beforeAll(async () => {
  handle = await openTestDatabase();
  home = await createTestHousehold(handle.db, { name: 'Home' });
  other = await createTestHousehold(handle.db, { name: 'Next door' });
  // A category only the other household has: its slug and its id must mean nothing here.
  await inHousehold(handle.db, other.arjun, (tx) =>
    tx.insert(categories).values({ householdId: other.household.id, slug: 'aquarium', label: 'Aquarium', position: 99 }),
  );
  ({ app } = createWebTestApp(handle.db));
  arjun = await signIn(handle.db, home.arjun);
});
afterAll(() => handle.close());

/** Drafts are per test: each starts from a household whose earlier drafts are settled. */
beforeEach(async () => {
  for (const expense of await booksOf(handle.db, home.arjun)) {
    if (expense.status === 'draft') await app.request(`/drafts/${expense.id}/discard`, post({}));
  }
});

const draft = (input: Partial<DraftInput> = {}) =>
  createDraft(handle.db, home.arjun, { amount: '450', category: 'groceries', date: '2026-03-18', description: 'vegetables', ...input });

const post = (fields: Record<string, string>, who = arjun) => formPost(who.cookie, { _csrf: who.csrf, ...fields });

/** The edit form as the browser would post it for this expense, with some fields changed. */
function editFields(changes: Record<string, string>): Record<string, string> {
  return { amount: '450.00', currency: 'INR', category: 'groceries', date: '2026-03-18', description: 'vegetables', paidBy: home.arjun.memberId, split: 'none', ...changes };
}

describe('the drafts page', () => {
  it('lists pending drafts with Confirm, Edit and Discard, and one Confirm all', async () => {
    const milk = await draft({ description: 'milk', amount: '60' });
    const tea = await draft({ description: 'tea <b>leaves</b>', amount: '120.5', category: 'dining' });
    const response = await app.request('/drafts', { headers: { cookie: arjun.cookie } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain(`action="/drafts/${milk.id}/confirm"`);
    expect(page).toContain(`action="/drafts/${milk.id}/discard"`);
    expect(page).toContain(`href="/drafts/${tea.id}/edit"`);
    expect(page).toContain('action="/drafts/confirm-all"');
    expect(page).toContain('Confirm all 2');
    expect(page).toContain('₹120.50');
    // What people typed is text on the page, never markup.
    expect(page).toContain('tea &lt;b&gt;leaves&lt;/b&gt;');
    expect(page).not.toContain('<b>leaves');
    expect(page).not.toMatch(/ style=/);
    expect(page).toContain(`name="_csrf" value="${arjun.csrf}"`);
  });

  it('confirms and discards a draft, says so once, and undoes it', async () => {
    const milk = await draft({ description: 'milk', amount: '60' });
    const bread = await draft({ description: 'bread', amount: '45' });

    const confirmed = await app.request(`/drafts/${milk.id}/confirm`, post({}));
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/drafts');
    const after = await follow(app, confirmed, arjun.cookie);
    expect(visibleText(after.page)).toContain('Confirmed: milk, ₹60.00.');
    expect(after.page).toContain('action="/drafts/undo"');
    expect(after.page).not.toContain(`/drafts/${milk.id}/confirm`);
    expect((await getExpense(handle.db, home.arjun, milk.id)).status).toBe('confirmed');
    // The message is shown once: the next visit without the flash cookie has none.
    expect(await (await app.request('/drafts', { headers: { cookie: arjun.cookie } })).text()).not.toContain('Confirmed: milk');

    const discarded = await app.request(`/drafts/${bread.id}/discard`, post({}));
    expect(visibleText((await follow(app, discarded, arjun.cookie)).page)).toContain('Discarded: bread, ₹45.00.');
    expect((await getExpense(handle.db, home.arjun, bread.id)).status).toBe('discarded');

    const undone = await app.request('/drafts/undo', post({}));
    expect(visibleText((await follow(app, undone, arjun.cookie)).page)).toContain('Undid the discard: bread');
    expect((await getExpense(handle.db, home.arjun, bread.id)).status).toBe('draft');

    // A second press changes nothing and offers no undo of its own.
    const again = await follow(app, await app.request(`/drafts/${milk.id}/confirm`, post({})), arjun.cookie);
    expect(visibleText(again.page)).toContain('Already confirmed.');
    expect(again.page).not.toContain('action="/drafts/undo"');
  });

  it('confirms all the drafts the page showed, and nothing when one id is not this household’s', async () => {
    const first = await draft({ description: 'first' });
    const second = await draft({ description: 'second' });
    const foreign = await createDraft(handle.db, other.arjun, { amount: '10', category: 'groceries', date: '2026-03-18' });
    const before = await booksOf(handle.db, home.arjun);
    const confirmAll = (ids: string[]) =>
      app.request('/drafts/confirm-all', {
        method: 'POST',
        headers: { cookie: arjun.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams([['_csrf', arjun.csrf], ...ids.map((id): [string, string] => ['ids', id])]).toString(),
      });

    const mixed = await confirmAll([first.id, second.id, foreign.id]);
    expect(mixed.status).toBe(404);
    expect(await booksOf(handle.db, home.arjun)).toEqual(before);
    expect((await getExpense(handle.db, other.arjun, foreign.id)).status).toBe('draft');

    const confirmed = await confirmAll([first.id, second.id]);
    expect(visibleText((await follow(app, confirmed, arjun.cookie)).page)).toContain('Confirmed 2 expenses.');
    expect((await getExpense(handle.db, home.arjun, first.id)).status).toBe('confirmed');
    expect((await getExpense(handle.db, home.arjun, second.id)).status).toBe('confirmed');
    // Pressed again (a double submit): nothing left to do, nothing fails.
    expect(visibleText((await follow(app, await confirmAll([first.id, second.id]), arjun.cookie)).page)).toContain('Already confirmed.');
  });
});

describe('editing a draft', () => {
  it('saves only what was edited: a change made by someone else while the form was open stays', async () => {
    const tea = await draft({ description: 'tea', amount: '120' });
    const form = await (await app.request(`/drafts/${tea.id}/edit`, { headers: { cookie: arjun.cookie } })).text();
    const shown = /name="shown" value="([^"]*)"/.exec(form)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(shown && JSON.parse(shown)).toMatchObject({ amount: '120.00', category: 'groceries' });

    // Priya moves it to dining from Telegram while Arjun's form still shows groceries.
    await editExpense(handle.db, home.priya, tea.id, { category: 'dining' });
    const saved = await app.request(`/drafts/${tea.id}/edit`, post(editFields({ amount: '150', description: 'tea', shown: shown! })));

    expect(saved.status).toBe(303);
    expect(await getExpense(handle.db, home.arjun, tea.id)).toMatchObject({ amountMinor: 15000, categorySlug: 'dining' });
  });

  it('shows the form filled in, and saves every field', async () => {
    const tea = await draft({ description: 'tea', amount: '120' });
    const form = await (await app.request(`/drafts/${tea.id}/edit`, { headers: { cookie: arjun.cookie } })).text();
    expect(form).toContain('value="120.00"');
    expect(form).toContain('<option value="groceries" selected>');
    expect(form).toContain(`<option value="${home.arjun.memberId}" selected>Arjun</option>`);
    expect(form).toContain('name="split" value="none" checked');
    expect(form).not.toContain('value="aquarium"');

    const saved = await app.request(
      `/drafts/${tea.id}/edit`,
      post(
        editFields({
          amount: '99.99',
          category: 'dining',
          date: '2026-03-17',
          description: 'masala chai, for two',
          paidBy: home.priya.memberId,
          split: 'percent',
          [`percent_${home.arjun.memberId}`]: '60',
          [`percent_${home.priya.memberId}`]: '40',
        }),
      ),
    );
    expect(saved.status).toBe(303);
    expect(visibleText((await follow(app, saved, arjun.cookie)).page)).toContain('Updated: masala chai, for two, ₹99.99.');
    const edited = await getExpense(handle.db, home.arjun, tea.id);
    expect(edited).toMatchObject({
      status: 'draft',
      amountMinor: 9999,
      categorySlug: 'dining',
      spentOn: '2026-03-17',
      description: 'masala chai, for two',
      paidBy: home.priya.memberId,
      split: { kind: 'percent', percents: { [home.arjun.memberId]: 60, [home.priya.memberId]: 40 } },
    });
    expect(edited.shares.map((share) => share.shareMinor).sort((a, b) => a - b)).toEqual([4000, 5999]);

    const equal = await app.request(`/drafts/${tea.id}/edit`, post(editFields({ amount: '99.99', category: 'dining', date: '2026-03-17', description: 'masala chai, for two', paidBy: home.priya.memberId, split: 'equal' })));
    expect(equal.status).toBe(303);
    expect((await getExpense(handle.db, home.arjun, tea.id)).shares.map((share) => share.shareMinor).sort((a, b) => a - b)).toEqual([4999, 5000]);
  });

  const badInputs: Array<[string, Record<string, string>, string, RegExp]> = [
    ['letters in the amount', { amount: '12abc' }, 'amount', /"12abc" is not an amount/],
    ['a date that does not exist', { date: '2026-02-30' }, 'date', /2026-02-30 is not a real calendar date/],
    ['a date out of range', { date: '1800-01-01' }, 'date', /between the years 1900 and 2999/],
    ['an unknown category', { category: 'spaceships' }, 'category', /Choose one of this household/],
    ['another household’s category', { category: 'aquarium' }, 'category', /Choose one of this household/],
    ['a currency that does not exist', { currency: 'XYZ' }, 'currency', /not a currency Kitty knows/],
    ['percentages that do not add up', { split: 'percent', percent_ARJUN: '50', percent_PRIYA: '40' }, 'split', /add up to 90%/],
    ['a percentage with letters', { split: 'percent', percent_ARJUN: 'half' }, 'split', /"half" is not a percentage/],
  ];

  it.each(badInputs)('refuses %s with the error beside the field (400), keeps what was typed, writes nothing', async (_, changes, field, message) => {
    const tea = await draft({ description: 'tea', amount: '120' });
    const before = await booksOf(handle.db, home.arjun);
    const fields = Object.fromEntries(
      Object.entries(editFields({ amount: '120', ...changes })).map(([name, value]) => [
        name.replace('ARJUN', home.arjun.memberId).replace('PRIYA', home.priya.memberId),
        value,
      ]),
    );
    const response = await app.request(`/drafts/${tea.id}/edit`, post(fields));
    expect(response.status).toBe(400);
    const page = await response.text();
    const error = new RegExp(`<p class="field-error" id="${field}-error">([^<]*)</p>`).exec(page);
    expect(error?.[1]?.replaceAll('&quot;', '"').replaceAll('&#39;', "'")).toMatch(message);
    for (const value of Object.values(changes)) expect(page).toContain(`value="${value}"`);
    expect(await booksOf(handle.db, home.arjun)).toEqual(before);
  });

  it('refuses a payer from another household, and the other household’s category by id', async () => {
    const tea = await draft({ description: 'tea', amount: '120' });
    const before = await booksOf(handle.db, home.arjun);
    const strangerPays = await app.request(`/drafts/${tea.id}/edit`, post(editFields({ paidBy: other.priya.memberId })));
    expect(strangerPays.status).toBe(400);
    expect(await strangerPays.text()).toContain('id="paidBy-error"');
    const [pets] = await inHousehold(handle.db, other.arjun, (tx) => tx.select().from(categories));
    const foreignCategory = await app.request(`/drafts/${tea.id}/edit`, post(editFields({ category: pets!.id })));
    expect(foreignCategory.status).toBe(400);
    expect(await booksOf(handle.db, home.arjun)).toEqual(before);
  });

  it('says nothing changed when nothing did, and writes nothing', async () => {
    const tea = await draft();
    const before = await booksOf(handle.db, home.arjun);
    const same = await app.request(`/drafts/${tea.id}/edit`, post(editFields({})));
    expect(visibleText((await follow(app, same, arjun.cookie)).page)).toContain('Nothing changed.');
    expect(await booksOf(handle.db, home.arjun)).toEqual(before);
  });

  it('sends a confirmed expense to the ledger’s form', async () => {
    const tea = await draft();
    await app.request(`/drafts/${tea.id}/confirm`, post({}));
    const response = await app.request(`/drafts/${tea.id}/edit`, { headers: { cookie: arjun.cookie } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/expenses/${tea.id}/edit`);
    const posted = await app.request(`/drafts/${tea.id}/edit`, post(editFields({ amount: '1' })));
    expect(posted.status).toBe(409);
    expect((await getExpense(handle.db, home.arjun, tea.id)).amountMinor).toBe(45000);
  });
});

describe('the walls around drafts', () => {
  it('answers 404 for another household’s draft in every URL, and writes nothing', async () => {
    const theirs = await createDraft(handle.db, other.arjun, { amount: '10', category: 'aquarium', date: '2026-03-18' });
    const theirBooks = await booksOf(handle.db, other.arjun);
    const pages = [
      app.request(`/drafts/${theirs.id}/edit`, { headers: { cookie: arjun.cookie } }),
      app.request(`/drafts/${theirs.id}/edit`, post(editFields({ amount: '1' }))),
      app.request(`/drafts/${theirs.id}/confirm`, post({})),
      app.request(`/drafts/${theirs.id}/discard`, post({})),
      app.request(`/drafts/not-an-id/confirm`, post({})),
    ];
    for (const response of await Promise.all(pages)) {
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('That expense does not exist in this household.');
    }
    expect(await booksOf(handle.db, other.arjun)).toEqual(theirBooks);
  });

  it('refuses a post without the session’s CSRF token (403) and writes nothing', async () => {
    const tea = await draft();
    const before = await booksOf(handle.db, home.arjun);
    const priya = await signIn(handle.db, home.priya);
    for (const init of [
      formPost(arjun.cookie, {}),
      formPost(arjun.cookie, { _csrf: 'forged' }),
      formPost(arjun.cookie, { _csrf: priya.csrf }),
      { method: 'POST', headers: { cookie: arjun.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ _csrf: arjun.csrf }) },
    ]) {
      expect((await app.request(`/drafts/${tea.id}/confirm`, init)).status).toBe(403);
      expect((await app.request(`/drafts/${tea.id}/edit`, { ...init })).status).toBe(403);
    }
    expect(await booksOf(handle.db, home.arjun)).toEqual(before);
  });

  it('answers 401 to the signed out, 413 to an oversized form, 400 to a body that is not a form', async () => {
    const tea = await draft();
    const before = await booksOf(handle.db, home.arjun);
    expect((await app.request('/drafts')).status).toBe(401);
    expect((await app.request(`/drafts/${tea.id}/confirm`, formPost('kitty_session=expired-or-made-up', { _csrf: 'x' }))).status).toBe(401);

    const oversized = await app.request(`/drafts/${tea.id}/edit`, post(editFields({ description: 'x'.repeat(70 * 1024) })));
    expect(oversized.status).toBe(413);
    expect(await oversized.text()).toContain('too large');

    const notAForm = await app.request(`/drafts/${tea.id}/edit`, {
      method: 'POST',
      headers: { cookie: arjun.cookie, 'content-type': 'text/plain', 'x-csrf-token': arjun.csrf },
      body: 'amount=1',
    });
    expect(notAForm.status).toBe(400);
    expect(await notAForm.text()).toContain('This form could not be read.');
    expect(await booksOf(handle.db, home.arjun)).toEqual(before);
  });
});
