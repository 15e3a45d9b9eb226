import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { confirmExpense, createDraft, discardExpense, type DraftInput } from '../../src/services/expenses.ts';
import { importExpenses } from '../../src/services/imports.ts';
import { spendByCategory, spendByMember, spendTotals } from '../../src/services/reports.ts';
import { expectRejection } from '../support/kitty-errors.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

const NOW = new Date('2026-03-18T20:30:00+05:30');
const MARCH = { start: '2026-03-01', end: '2026-03-31' };

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

async function confirmed(scope: HouseholdScope, input: DraftInput) {
  const draft = await createDraft(handle.db, scope, input, { now: NOW });
  const { expense } = await confirmExpense(handle.db, scope, draft.id);
  return expense;
}

describe('spendTotals', () => {
  it('counts only confirmed expenses: drafts and discarded drafts are left out', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '450', date: '2026-03-05', category: 'groceries' });
    await confirmed(arjun, { amount: '12.50', date: '2026-03-06', category: 'dining' });
    await createDraft(handle.db, arjun, { amount: '9999', date: '2026-03-07', category: 'groceries' }, { now: NOW });
    const discarded = await createDraft(handle.db, arjun, { amount: '7777', date: '2026-03-08', category: 'dining' }, { now: NOW });
    await discardExpense(handle.db, arjun, discarded.id);

    expect(await spendTotals(handle.db, arjun, MARCH)).toEqual([{ currency: 'INR', totalMinor: 46_250, count: 2 }]);
  });

  it('includes expenses on the first and the last day of the period and excludes the days either side', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await importExpenses(handle.db, arjun, [
      { amount: '1', date: '2026-02-28', category: 'groceries' },
      { amount: '10', date: '2026-03-01', category: 'groceries' },
      { amount: '100', date: '2026-03-15', category: 'groceries' },
      { amount: '1000', date: '2026-03-31', category: 'groceries' },
      { amount: '10000', date: '2026-04-01', category: 'groceries' },
    ]);

    expect(await spendTotals(handle.db, arjun, MARCH)).toEqual([{ currency: 'INR', totalMinor: 111_000, count: 3 }]);
    // A one-day period is inclusive at both ends.
    expect(await spendTotals(handle.db, arjun, { start: '2026-03-31', end: '2026-03-31' })).toEqual([
      { currency: 'INR', totalMinor: 100_000, count: 1 },
    ]);
    expect(await spendTotals(handle.db, arjun, { start: '2026-04-01', end: '2026-04-30' })).toEqual([
      { currency: 'INR', totalMinor: 1_000_000, count: 1 },
    ]);
    // A period with nothing in it is an empty list, not a zero row.
    expect(await spendTotals(handle.db, arjun, { start: '2026-05-01', end: '2026-05-31' })).toEqual([]);
  });

  it('keeps one total per currency when rupees and dollars are mixed', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await importExpenses(handle.db, arjun, [
      { amount: '450.50', date: '2026-03-02', category: 'groceries' },
      { amount: '200', currency: 'INR', date: '2026-03-03', category: 'dining' },
      { amount: '12.99', currency: 'USD', date: '2026-03-04', category: 'subscriptions' },
      { amount: '20', currency: 'usd', date: '2026-03-05', category: 'travel' },
      { amount: '0.01', currency: 'USD', date: '2026-03-06', category: 'other' },
    ]);

    const totals = await spendTotals(handle.db, arjun, MARCH);
    expect([...totals].sort((a, b) => a.currency.localeCompare(b.currency))).toEqual([
      { currency: 'INR', totalMinor: 65_050, count: 2 },
      { currency: 'USD', totalMinor: 3_300, count: 3 },
    ]);
    // Largest total first (the order the service promises).
    expect(totals.map((row) => row.currency)).toEqual(['INR', 'USD']);
  });

  it('filters by who paid', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '300', date: '2026-03-10', category: 'groceries' });
    await confirmed(arjun, { amount: '150', date: '2026-03-11', category: 'groceries', paidBy: priya.memberId });
    await confirmed(priya, { amount: '75.25', date: '2026-03-12', category: 'dining' });
    await confirmed(priya, { amount: '5', currency: 'USD', date: '2026-03-13', category: 'dining' });

    const byPriya = await spendTotals(handle.db, arjun, MARCH, { paidBy: priya.memberId });
    expect([...byPriya].sort((a, b) => a.currency.localeCompare(b.currency))).toEqual([
      { currency: 'INR', totalMinor: 22_525, count: 2 },
      { currency: 'USD', totalMinor: 500, count: 1 },
    ]);
    expect(await spendTotals(handle.db, priya, MARCH, { paidBy: arjun.memberId })).toEqual([
      { currency: 'INR', totalMinor: 30_000, count: 1 },
    ]);
  });

  it('refuses a paidBy that is not a member of this household', async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await expectRejection(spendTotals(handle.db, home.arjun, MARCH, { paidBy: other.priya.memberId }), 'unknown_member');
    await expectRejection(spendTotals(handle.db, home.arjun, MARCH, { paidBy: 'priya' }), 'unknown_member');
  });

  it("rejects a period that starts after it ends with 'invalid_period'", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const error = await expectRejection(spendTotals(handle.db, arjun, { start: '2026-03-31', end: '2026-03-01' }), 'invalid_period');
    expect(error.field).toBe('period');
    await expectRejection(spendByCategory(handle.db, arjun, { start: '2026-04-01', end: '2026-03-31' }), 'invalid_period');
    await expectRejection(spendByMember(handle.db, arjun, { start: '2026-04-01', end: '2026-03-31' }), 'invalid_period');
  });

  it("rejects a period with an impossible date with 'invalid_date'", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await expectRejection(spendTotals(handle.db, arjun, { start: '2026-02-01', end: '2026-02-30' }), 'invalid_date');
  });
});

describe('spendByCategory', () => {
  it('orders categories by total, largest first, ties by category position, with their labels', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await importExpenses(handle.db, arjun, [
      { amount: '300', date: '2026-03-01', category: 'transport' },
      { amount: '200', date: '2026-03-02', category: 'transport' },
      { amount: '1200', date: '2026-03-03', category: 'dining' },
      { amount: '500', date: '2026-03-04', category: 'groceries' },
      // Outside the period: must not reach any category.
      { amount: '99999', date: '2026-04-01', category: 'housing' },
    ]);
    await createDraft(handle.db, priya, { amount: '5000', date: '2026-03-05', category: 'housing' }, { now: NOW });

    const rows = await spendByCategory(handle.db, arjun, MARCH);
    expect(rows.map(({ slug, label, currency, totalMinor, count }) => ({ slug, label, currency, totalMinor, count }))).toEqual([
      { slug: 'dining', label: 'Dining out', currency: 'INR', totalMinor: 120_000, count: 1 },
      // groceries (position 0) before transport (position 2) at the same 500.00.
      { slug: 'groceries', label: 'Groceries', currency: 'INR', totalMinor: 50_000, count: 1 },
      { slug: 'transport', label: 'Transport', currency: 'INR', totalMinor: 50_000, count: 2 },
    ]);
    for (const row of rows) expect(row.categoryId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives a category one row per currency', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await importExpenses(handle.db, arjun, [
      { amount: '100', date: '2026-03-01', category: 'travel' },
      { amount: '40', currency: 'USD', date: '2026-03-02', category: 'travel' },
      { amount: '60', currency: 'USD', date: '2026-03-03', category: 'travel' },
    ]);
    const rows = await spendByCategory(handle.db, arjun, MARCH);
    expect(
      rows
        .map(({ slug, currency, totalMinor, count }) => ({ slug, currency, totalMinor, count }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    ).toEqual([
      { slug: 'travel', currency: 'INR', totalMinor: 10_000, count: 1 },
      { slug: 'travel', currency: 'USD', totalMinor: 10_000, count: 2 },
    ]);
  });
});

describe('spendByMember', () => {
  it('groups by who paid (not who logged it), largest first', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '700', date: '2026-03-02', category: 'groceries' });
    // Logged by Arjun, paid by Priya: counts for Priya.
    await confirmed(arjun, { amount: '1000', date: '2026-03-03', category: 'housing', paidBy: priya.memberId });
    await confirmed(priya, { amount: '500', date: '2026-03-04', category: 'dining' });
    await createDraft(handle.db, arjun, { amount: '5000', date: '2026-03-05', category: 'dining' }, { now: NOW });

    const rows = await spendByMember(handle.db, priya, MARCH);
    expect(rows).toEqual([
      { memberId: priya.memberId, displayName: 'Priya', currency: 'INR', totalMinor: 150_000, count: 2 },
      { memberId: arjun.memberId, displayName: 'Arjun', currency: 'INR', totalMinor: 70_000, count: 1 },
    ]);
  });

  it('breaks a tie by display name', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(priya, { amount: '250', date: '2026-03-02', category: 'groceries' });
    await confirmed(arjun, { amount: '250', date: '2026-03-03', category: 'groceries' });
    const rows = await spendByMember(handle.db, arjun, MARCH);
    expect(rows.map((row) => row.displayName)).toEqual(['Arjun', 'Priya']);
    expect(rows.map((row) => row.totalMinor)).toEqual([25_000, 25_000]);
  });
});

describe('household isolation', () => {
  it("never shows another household's expenses in any report", async () => {
    const home = await createTestHousehold(handle.db, { name: 'Home' });
    const neighbours = await createTestHousehold(handle.db, { name: 'Neighbours' });
    await confirmed(home.arjun, { amount: '100', date: '2026-03-10', category: 'groceries' });
    await confirmed(neighbours.arjun, { amount: '5000', date: '2026-03-10', category: 'groceries' });
    await confirmed(neighbours.priya, { amount: '3000', date: '2026-03-11', category: 'dining' });
    await importExpenses(handle.db, neighbours.priya, [{ amount: '7', currency: 'USD', date: '2026-03-12', category: 'other' }]);

    expect(await spendTotals(handle.db, home.arjun, MARCH)).toEqual([{ currency: 'INR', totalMinor: 10_000, count: 1 }]);
    const categories = await spendByCategory(handle.db, home.priya, MARCH);
    expect(categories.map(({ slug, totalMinor }) => ({ slug, totalMinor }))).toEqual([{ slug: 'groceries', totalMinor: 10_000 }]);
    expect(await spendByMember(handle.db, home.priya, MARCH)).toEqual([
      { memberId: home.arjun.memberId, displayName: 'Arjun', currency: 'INR', totalMinor: 10_000, count: 1 },
    ]);

    // And the other way round.
    const theirs = await spendTotals(handle.db, neighbours.arjun, MARCH);
    expect([...theirs].sort((a, b) => a.currency.localeCompare(b.currency))).toEqual([
      { currency: 'INR', totalMinor: 800_000, count: 2 },
      { currency: 'USD', totalMinor: 700, count: 1 },
    ]);
  });

  it("a scope whose memberId belongs to another household cannot see that household's figures", async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await confirmed(other.arjun, { amount: '999', date: '2026-03-10', category: 'groceries' });
    // Mixing home's household with a member of other: the household wall still holds.
    const mixed = { householdId: home.household.id, memberId: other.arjun.memberId };
    expect(await spendTotals(handle.db, mixed, MARCH)).toEqual([]);
  });
});
