import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type DatabaseHandle, type Transaction } from '../src/db/database.ts';
import { inHousehold } from '../src/db/scope.ts';
import { householdBalances } from '../src/services/balances.ts';
import { listCategories } from '../src/services/categories.ts';
import { confirmExpense, createDraft, discardExpense, editExpense, getExpense } from '../src/services/expenses.ts';
import { listExpenses } from '../src/services/ledger.ts';
import { spendTotals } from '../src/services/reports.ts';
import { openTestDatabase } from './support/database.ts';
import { createTestHousehold, type TestHousehold } from './support/households.ts';

/**
 * Two households side by side. The first wall is the services, which filter every query on the
 * caller's household; the second is Postgres row-level security, tested here on its own by
 * running raw SQL that filters on nothing.
 */
let handle: DatabaseHandle;
let ours: TestHousehold;
let theirs: TestHousehold;
let theirExpenseId: string;

beforeAll(async () => {
  handle = await openTestDatabase();
  ours = await createTestHousehold(handle.db, { name: 'Ours' });
  theirs = await createTestHousehold(handle.db, { name: 'Theirs' });
  const draft = await createDraft(handle.db, theirs.arjun, { amount: '999', category: 'travel', description: 'their secret trip' });
  await confirmExpense(handle.db, theirs.arjun, draft.id);
  theirExpenseId = draft.id;
  await createDraft(handle.db, ours.arjun, { amount: '10', category: 'dining' });
});
afterAll(() => handle.close());

describe('through the services', () => {
  it('another household’s expense is not found, whatever the action', async () => {
    const actions = [
      () => getExpense(handle.db, ours.arjun, theirExpenseId),
      () => editExpense(handle.db, ours.arjun, theirExpenseId, { amount: '1' }),
      () => confirmExpense(handle.db, ours.arjun, theirExpenseId),
      () => discardExpense(handle.db, ours.arjun, theirExpenseId),
    ];
    for (const action of actions) await expect(action()).rejects.toMatchObject({ code: 'not_found' });
    const untouched = await getExpense(handle.db, theirs.arjun, theirExpenseId);
    expect([untouched.amountMinor, untouched.status]).toEqual([99900, 'confirmed']);
  });

  it('another household’s members and categories cannot be used', async () => {
    const [theirCategory] = await listCategories(handle.db, theirs.arjun);
    await expect(
      createDraft(handle.db, ours.arjun, { amount: '5', category: 'dining', paidBy: theirs.priya.memberId }),
    ).rejects.toMatchObject({ code: 'unknown_member' });
    await expect(createDraft(handle.db, ours.arjun, { amount: '5', category: theirCategory!.id })).rejects.toMatchObject({
      code: 'unknown_category',
    });
    await expect(
      createDraft(handle.db, ours.arjun, { amount: '5', category: 'dining', split: { kind: 'equal', memberIds: [theirs.arjun.memberId] } }),
    ).rejects.toMatchObject({ code: 'unknown_member' });
    await expect(listExpenses(handle.db, ours.arjun, { paidBy: theirs.arjun.memberId })).rejects.toMatchObject({
      code: 'unknown_member',
    });
  });

  it('lists, totals and balances show only the caller’s household', async () => {
    const page = await listExpenses(handle.db, ours.arjun, { status: ['draft', 'confirmed', 'discarded'] });
    expect(page.items.every((expense) => expense.householdId === ours.household.id)).toBe(true);
    expect(page.items.some((expense) => expense.id === theirExpenseId)).toBe(false);
    const totals = await spendTotals(handle.db, ours.arjun, { start: '2000-01-01', end: '2999-12-31' });
    expect(totals).toEqual([]);
    expect(await householdBalances(handle.db, ours.arjun)).toEqual({ nets: [], settlements: [] });
  });

  it('a scope pairing one household with another’s member acts as nobody', async () => {
    // Scopes are made on the server, never from client input; this checks the walls hold even if one were forged.
    const forged = { householdId: ours.household.id, memberId: theirs.arjun.memberId };
    await expect(createDraft(handle.db, forged, { amount: '5', category: 'dining' })).rejects.toMatchObject({
      code: 'unknown_member',
    });
  });
});

describe('row-level security alone (raw SQL under the app role)', () => {
  /** SQL with no household filter at all, so only the policies stand between the households. */
  function asOurHousehold<T>(work: (tx: Transaction) => Promise<T>) {
    return inHousehold(handle.db, ours.arjun, work);
  }

  async function count(tx: Transaction, query: ReturnType<typeof sql>) {
    const [row] = rowsOf<{ n: number | string }>(await tx.execute(query));
    return Number(row?.n);
  }

  it('runs as the non-superuser role', async () => {
    const role = await asOurHousehold(async (tx) => rowsOf<{ role: string; bypass: boolean }>(
      await tx.execute(sql`select current_user as role, (select rolbypassrls or rolsuper from pg_roles where rolname = current_user) as bypass`),
    )[0]);
    expect(role).toEqual({ role: 'kitty_app', bypass: false });
  });

  it('reads see only our rows in every household table', async () => {
    const tables = ['households', 'members', 'identities', 'categories', 'expenses', 'expense_shares', 'recurring_rules', 'llm_settings', 'inbound_messages', 'model_calls', 'idempotency_keys'];
    await asOurHousehold(async (tx) => {
      for (const table of tables) {
        const column = table === 'households' ? 'id' : 'household_id';
        const foreign = await count(tx, sql`select count(*) as n from ${sql.identifier(table)} where ${sql.identifier(column)} <> ${ours.household.id}`);
        expect(foreign, table).toBe(0);
      }
      expect(await count(tx, sql`select count(*) as n from expenses where id = ${theirExpenseId}`)).toBe(0);
      expect(await count(tx, sql`select count(*) as n from households`)).toBe(1);
    });
  });

  it('updates and deletes of another household’s rows touch nothing', async () => {
    await asOurHousehold(async (tx) => {
      expect(rowsOf(await tx.execute(sql`update expenses set amount_minor = 1 where id = ${theirExpenseId} returning id`))).toEqual([]);
      expect(rowsOf(await tx.execute(sql`delete from expenses where id = ${theirExpenseId} returning id`))).toEqual([]);
      expect(rowsOf(await tx.execute(sql`update households set name = 'pwned' where id = ${theirs.household.id} returning id`))).toEqual([]);
    });
    const still = await getExpense(handle.db, theirs.arjun, theirExpenseId);
    expect(still.amountMinor).toBe(99900);
  });

  /** Drizzle wraps the driver's error; the Postgres one (SQLSTATE 42501) is its cause. */
  const rlsViolation = {
    cause: expect.objectContaining({ code: '42501', message: expect.stringMatching(/row-level security/) }),
  };

  it('inserting a row for another household, or moving one there, is refused by the policy', async () => {
    await expect(
      asOurHousehold((tx) =>
        tx.execute(sql`insert into idempotency_keys (household_id, key, result) values (${theirs.household.id}, 'x', '{}')`),
      ),
    ).rejects.toMatchObject(rlsViolation);
    await expect(
      asOurHousehold((tx) =>
        tx.execute(sql`update expenses set household_id = ${theirs.household.id} where household_id = ${ours.household.id}`),
      ),
    ).rejects.toMatchObject(rlsViolation);
  });

  it('with no household set, the app role sees nothing at all', async () => {
    const seen = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'kitty_app', true)`);
      return count(tx, sql`select (select count(*) from expenses) + (select count(*) from households) + (select count(*) from members) as n`);
    });
    expect(seen).toBe(0);
  });
});
