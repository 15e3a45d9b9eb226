import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { expenses } from '../src/db/schema.ts';
import { confirmExpense, createDraft } from '../src/services/expenses.ts';
import { openTestDatabase, testBackend } from './support/database.ts';
import { createTestHousehold } from './support/households.ts';

/**
 * On Postgres these run on a pool of real connections, so the confirms truly race; PGlite is a
 * single connection and serialises them, which makes its run a check of the same outcome only.
 */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe(`concurrent confirms (${testBackend})`, () => {
  it('50 confirms of one draft give exactly one confirmed expense and one "changed"', async () => {
    const home = await createTestHousehold(handle.db);
    const draft = await createDraft(handle.db, home.arjun, { amount: '450', category: 'groceries' });
    const pressers = [home.arjun, home.priya];

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) => confirmExpense(handle.db, pressers[index % 2]!, draft.id)),
    );

    expect(results.filter((result) => result.changed)).toHaveLength(1);
    expect(new Set(results.map((result) => result.expense.id))).toEqual(new Set([draft.id]));
    const winner = results.find((result) => result.changed)!.expense;
    // Every caller sees the state the winner wrote, not a second confirmation.
    for (const result of results) {
      expect(result.expense.confirmedBy).toBe(winner.confirmedBy);
      expect(result.expense.confirmedAt).toEqual(winner.confirmedAt);
    }
    const rows = await handle.db
      .select({ id: expenses.id, status: expenses.status })
      .from(expenses)
      .where(and(eq(expenses.householdId, home.household.id)));
    expect(rows).toEqual([{ id: draft.id, status: 'confirmed' }]);
  });
});
