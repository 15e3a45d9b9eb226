import { afterAll, beforeAll } from 'vitest';
import type { Database, DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { listCategories } from '../../src/services/categories.ts';
import { confirmExpense, createDraft, discardExpense, type DraftInput } from '../../src/services/expenses.ts';
import { importExpenses } from '../../src/services/imports.ts';
import type { IntentContext } from '../../intents/definition.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';

/** Wednesday 18 March 2026, evening in Kolkata: "this month" is half over. */
export const NOW = new Date('2026-03-18T20:30:00+05:30');
export const MARCH = { start: '2026-03-01', end: '2026-03-31' };
export const FEBRUARY = { start: '2026-02-01', end: '2026-02-28' };

/** The seeded household and its intent context for a test file's tests: opened before them, closed after. */
export function seededHouseholdForFile(opened: (parts: { handle: DatabaseHandle; home: TestHousehold; context: IntentContext }) => void): void {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase();
    const home = await seedHousehold(handle.db);
    opened({ handle, home, context: await intentContext(handle.db, home) });
  });
  afterAll(() => handle?.close());
}

/** What the engine would hand an intent for this household and member. */
export async function intentContext(
  db: Database,
  home: TestHousehold,
  options: { now?: Date; scope?: HouseholdScope } = {},
): Promise<IntentContext> {
  const scope = options.scope ?? home.arjun;
  const categories = await listCategories(db, scope, { includeHidden: true });
  return {
    db,
    scope,
    currency: home.household.currency,
    timeZone: home.household.timeZone,
    now: options.now ?? NOW,
    memberNames: new Map([
      [home.arjun.memberId, 'Arjun'],
      [home.priya.memberId, 'Priya'],
    ]),
    categoryLabels: new Map(categories.map((category) => [category.slug, category.label])),
  };
}

async function confirmed(db: Database, scope: HouseholdScope, input: DraftInput): Promise<void> {
  const draft = await createDraft(db, scope, input, { now: NOW });
  await confirmExpense(db, scope, draft.id);
}

/**
 * An INR household in Kolkata with February and March 2026 spending, two currencies in March,
 * one expense dated after "today", drafts and a discarded draft that must never count, and a
 * neighbouring household whose spending must never show. The totals the tests expect:
 *
 *   March INR ₹29,700.50 (6): housing 25,000 · utilities 2,000 (on the 25th) · groceries 1,650.50
 *                             · dining 800 · transport 250 — Arjun 28,250, Priya 1,450.50
 *   March USD $28.49 (2):     subscriptions 15.99 (Arjun) · dining 12.50 (Priya)
 *   February INR ₹29,500 (3): housing 25,000 (Arjun) · dining 3,000 (Priya) · groceries 1,500 (Arjun)
 */
export async function seedHousehold(db: Database): Promise<TestHousehold> {
  const home = await createTestHousehold(db, { name: 'Home' });
  const { arjun, priya } = home;
  await importExpenses(db, arjun, [
    { amount: '25000', date: '2026-02-01', category: 'housing', description: 'Rent' },
    { amount: '3000', date: '2026-02-14', category: 'dining', description: "Valentine's dinner", paidBy: priya.memberId },
    { amount: '1500', date: '2026-02-20', category: 'groceries', description: 'Kirana' },
  ]);
  // One at a time, in this order, so the two on 5 March have a known logging order.
  await confirmed(db, arjun, { amount: '25000', date: '2026-03-01', category: 'housing', description: 'Rent' });
  await confirmed(db, priya, { amount: '1200.50', date: '2026-03-05', category: 'groceries', description: 'BigBasket' });
  await confirmed(db, arjun, { amount: '800', date: '2026-03-05', category: 'dining', description: 'Dinner' });
  await confirmed(db, arjun, { amount: '450', date: '2026-03-10', category: 'groceries', description: 'Vegetables' });
  await confirmed(db, priya, { amount: '250', date: '2026-03-12', category: 'transport' });
  await confirmed(db, arjun, { amount: '15.99', currency: 'USD', date: '2026-03-14', category: 'subscriptions', description: 'Netflix' });
  await confirmed(db, priya, { amount: '12.50', currency: 'USD', date: '2026-03-18', category: 'dining', description: 'Coffee' });
  // Logged ahead of time: confirmed, but after "today".
  await confirmed(db, arjun, { amount: '2000', date: '2026-03-25', category: 'utilities', description: 'Electricity' });

  // Never counted: an open draft in each month, and a discarded one.
  await createDraft(db, arjun, { amount: '9999', date: '2026-03-07', category: 'groceries' }, { now: NOW });
  await createDraft(db, priya, { amount: '4444', date: '2026-02-10', category: 'housing' }, { now: NOW });
  const discarded = await createDraft(db, priya, { amount: '7777', date: '2026-03-08', category: 'dining' }, { now: NOW });
  await discardExpense(db, priya, discarded.id);

  // The neighbours spend big on the same days, in both currencies.
  const neighbours = await createTestHousehold(db, { name: 'Neighbours' });
  await importExpenses(db, neighbours.arjun, [
    { amount: '50000', date: '2026-03-05', category: 'groceries', description: 'Neighbours groceries' },
    { amount: '900', currency: 'USD', date: '2026-03-14', category: 'travel', description: 'Neighbours flight' },
    { amount: '70000', date: '2026-02-14', category: 'dining', paidBy: neighbours.priya.memberId },
  ]);
  return home;
}
