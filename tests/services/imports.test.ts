import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { importExpenses, type ImportRow } from '../../src/services/imports.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { spendByCategory, spendTotals } from '../../src/services/reports.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const march = { start: '2026-03-01', end: '2026-03-31' };

describe('importExpenses', () => {
  it('stores every row as a confirmed expense of the importing household', async () => {
    const home = await createTestHousehold(handle.db);
    const rows: ImportRow[] = [
      { amount: '450', date: '2026-03-01', category: 'groceries', description: 'kirana' },
      { amount: 12.5, currency: 'usd', date: '2026-03-02', category: 'subscriptions', description: 'icloud', paidBy: home.priya.memberId },
      { amount: '1200', currency: 'JPY', date: '2026-03-31', category: 'dining' },
    ];
    expect(await importExpenses(handle.db, home.arjun, rows)).toEqual({ imported: 3 });

    const page = await listExpenses(handle.db, home.priya);
    expect(page.items.map((e) => [e.spentOn, e.amountMinor, e.currency, e.categorySlug, e.description, e.status])).toEqual([
      ['2026-03-31', 1200, 'JPY', 'dining', '', 'confirmed'],
      ['2026-03-02', 1250, 'USD', 'subscriptions', 'icloud', 'confirmed'],
      ['2026-03-01', 45000, 'INR', 'groceries', 'kirana', 'confirmed'],
    ]);
    expect(page.items.every((e) => e.householdId === home.household.id && e.loggedBy === home.arjun.memberId)).toBe(true);
    expect(page.items.map((e) => e.paidBy)).toEqual([home.arjun.memberId, home.priya.memberId, home.arjun.memberId]);
    expect(page.items.every((e) => e.confirmedBy === home.arjun.memberId && e.confirmedAt instanceof Date)).toBe(true);
  });

  it('imports more rows than one batch, and the reports add them up', async () => {
    const home = await createTestHousehold(handle.db);
    // 12,001 rows of 1.00 to 3.00: two full batches and a remainder.
    const rows = Array.from({ length: 12_001 }, (_, index) => ({
      amount: `${(index % 3) + 1}.00`,
      date: `2026-03-${String((index % 31) + 1).padStart(2, '0')}`,
      category: index % 2 === 0 ? 'groceries' : 'transport',
    }));
    await importExpenses(handle.db, home.arjun, rows);
    // 4,001 rows each of 1.00 (index % 3 = 0), 4,000 of 2.00 and 4,000 of 3.00.
    expect(await spendTotals(handle.db, home.arjun, march)).toEqual([{ currency: 'INR', totalMinor: 2_400_100, count: 12_001 }]);
    const byCategory = await spendByCategory(handle.db, home.arjun, march);
    expect(byCategory.map((c) => [c.slug, c.count])).toEqual([
      ['groceries', 6_001],
      ['transport', 6_000],
    ]);
  });

  it.each([
    [{ amount: '0' }, 'invalid_amount', 'amount'],
    [{ date: '2026-02-29' }, 'invalid_date', 'date'],
    [{ category: 'yachts' }, 'unknown_category', 'category'],
    [{ currency: 'ZZZ' }, 'invalid_currency', 'currency'],
  ])('rejects the whole import when row 3 has %o, naming the row, and writes nothing', async (bad, code, field) => {
    const home = await createTestHousehold(handle.db);
    const good = { amount: '10', date: '2026-03-01', category: 'groceries' };
    await expect(importExpenses(handle.db, home.arjun, [good, good, { ...good, ...bad }, good])).rejects.toMatchObject({
      code,
      field,
      message: expect.stringMatching(/^Row 3: /),
    });
    expect((await listExpenses(handle.db, home.arjun)).items).toEqual([]);
  });

  it('refuses a payer from another household', async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await expect(
      importExpenses(handle.db, home.arjun, [{ amount: '10', date: '2026-03-01', category: 'groceries', paidBy: other.arjun.memberId }]),
    ).rejects.toMatchObject({ code: 'unknown_member' });
    expect((await listExpenses(handle.db, other.arjun)).items).toEqual([]);
  });
});
