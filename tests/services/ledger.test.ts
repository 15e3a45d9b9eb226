import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { confirmExpense, createDraft } from '../../src/services/expenses.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;
let home: TestHousehold;
const ids: Record<string, string> = {};

beforeAll(async () => {
  handle = await openTestDatabase();
  home = await createTestHousehold(handle.db);
  const entries = [
    ['milk', '60', 'groceries', '2026-03-01', 'arjun'],
    ['Swiggy dinner', '540', 'dining', '2026-03-01', 'priya'],
    ['uber to office', '250', 'transport', '2026-03-02', 'arjun'],
    ['100% juice', '90', 'groceries', '2026-03-03', 'priya'],
    ['coffee', '180', 'dining', '2026-03-05', 'arjun'],
  ] as const;
  for (const [description, amount, category, date, payer] of entries) {
    const draft = await createDraft(handle.db, home.arjun, { description, amount, category, date, paidBy: home[payer].memberId });
    ids[description] = draft.id;
    if (description !== 'coffee') await confirmExpense(handle.db, home.arjun, draft.id);
  }
});
afterAll(() => handle.close());

const descriptions = (page: { items: Array<{ description: string }> }) => page.items.map((item) => item.description);

describe('listing expenses', () => {
  it('shows confirmed expenses newest first by default, latest logged first within a day', async () => {
    expect(descriptions(await listExpenses(handle.db, home.priya))).toEqual([
      '100% juice',
      'uber to office',
      'Swiggy dinner',
      'milk',
    ]);
  });

  it('filters by status, dates, category, payer and text', async () => {
    expect(descriptions(await listExpenses(handle.db, home.arjun, { status: ['draft'] }))).toEqual(['coffee']);
    expect(descriptions(await listExpenses(handle.db, home.arjun, { from: '2026-03-02', to: '2026-03-03' }))).toEqual([
      '100% juice',
      'uber to office',
    ]);
    expect(descriptions(await listExpenses(handle.db, home.arjun, { category: 'groceries' }))).toEqual(['100% juice', 'milk']);
    expect(descriptions(await listExpenses(handle.db, home.arjun, { paidBy: home.priya.memberId }))).toEqual([
      '100% juice',
      'Swiggy dinner',
    ]);
    expect(descriptions(await listExpenses(handle.db, home.arjun, { text: 'SWIGGY' }))).toEqual(['Swiggy dinner']);
    // LIKE wildcards in the search text are literal characters.
    expect(descriptions(await listExpenses(handle.db, home.arjun, { text: '100%' }))).toEqual(['100% juice']);
    expect(descriptions(await listExpenses(handle.db, home.arjun, { text: '_' }))).toEqual([]);
  });

  it('pages with a cursor that survives new expenses arriving', async () => {
    const first = await listExpenses(handle.db, home.arjun, { limit: 2 });
    expect(descriptions(first)).toEqual(['100% juice', 'uber to office']);
    expect(first.nextCursor).toBeDefined();
    const late = await createDraft(handle.db, home.arjun, { description: 'late entry', amount: '1', category: 'other', date: '2026-03-04' });
    await confirmExpense(handle.db, home.arjun, late.id);
    const second = await listExpenses(handle.db, home.arjun, { limit: 2, cursor: first.nextCursor });
    expect(descriptions(second)).toEqual(['Swiggy dinner', 'milk']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('includes the shares and category of each expense', async () => {
    const split = await createDraft(handle.db, home.arjun, { description: 'shared', amount: '100', category: 'household', split: { kind: 'equal' }, date: '2026-02-01' });
    const page = await listExpenses(handle.db, home.arjun, { status: ['draft'], to: '2026-02-28' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ id: split.id, categorySlug: 'household' });
    expect(page.items[0]!.shares.map((share) => share.shareMinor)).toEqual([5000, 5000]);
  });

  it.each([
    [{ cursor: 'not-a-cursor' }, 'invalid_input'],
    [{ from: '2026-03-31', to: '2026-03-01' }, 'invalid_period'],
    [{ from: '2026-02-30' }, 'invalid_date'],
    [{ limit: 0 }, 'invalid_input'],
    [{ limit: 10_000 }, 'invalid_input'],
    [{ category: 'nope' }, 'unknown_category'],
  ])('rejects %o with %s', async (filter, code) => {
    await expect(listExpenses(handle.db, home.arjun, filter)).rejects.toMatchObject({ code });
  });
});
