import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { settlements } from '../../src/db/schema.ts';
import { inHousehold, type HouseholdScope } from '../../src/db/scope.ts';
import { householdBalances } from '../../src/services/balances.ts';
import { confirmExpense, createDraft, type DraftInput } from '../../src/services/expenses.ts';
import { recordSettlement, settlementFingerprint, settleUp } from '../../src/services/settlements.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';
import { expectRejection } from '../support/kitty-errors.ts';

/** 18 March 2026, 20:30 in Kolkata: still the 18th there, already past 15:00 UTC. */
const NOW = new Date('2026-03-18T15:00:00Z');

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

async function confirmed(scope: HouseholdScope, input: Omit<DraftInput, 'category' | 'date'>) {
  const draft = await createDraft(handle.db, scope, { date: '2026-03-10', category: 'groceries', ...input }, { now: NOW });
  return (await confirmExpense(handle.db, scope, draft.id)).expense;
}

describe('recordSettlement', () => {
  it('records who paid whom, in minor units, dated today in the household calendar', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const row = await recordSettlement(handle.db, arjun, { from: priya.memberId, to: arjun.memberId, amount: '1200.5' }, { now: NOW });
    expect(row).toMatchObject({
      householdId: arjun.householdId,
      fromMember: priya.memberId,
      toMember: arjun.memberId,
      amountMinor: 120_050,
      currency: 'INR',
      settledOn: '2026-03-18',
      createdBy: arjun.memberId,
    });
    const dated = await recordSettlement(handle.db, arjun, { from: arjun.memberId, to: priya.memberId, amount: 5, currency: 'usd', date: '2026-03-01' });
    expect(dated).toMatchObject({ amountMinor: 500, currency: 'USD', settledOn: '2026-03-01' });
  });

  it('refuses bad amounts, currencies, dates and people, naming the field', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    const base = { from: priya.memberId, to: arjun.memberId, amount: '100' };
    await expectRejection(recordSettlement(handle.db, arjun, { ...base, amount: '0' }), 'invalid_amount', 'amount');
    await expectRejection(recordSettlement(handle.db, arjun, { ...base, amount: '-5' }), 'invalid_amount', 'amount');
    await expectRejection(recordSettlement(handle.db, arjun, { ...base, amount: '1.234' }), 'invalid_amount', 'amount');
    await expectRejection(recordSettlement(handle.db, arjun, { ...base, currency: 'XYZ' }), 'invalid_currency', 'currency');
    await expectRejection(recordSettlement(handle.db, arjun, { ...base, date: '2026-02-30' }), 'invalid_date');
    await expectRejection(recordSettlement(handle.db, arjun, { ...base, to: priya.memberId }), 'invalid_input', 'to');
    await expectRejection(recordSettlement(handle.db, arjun, { ...base, from: 'not-a-uuid' }), 'unknown_member', 'from');
    // A member of another household is nobody here, whatever id the request carries.
    await expectRejection(recordSettlement(handle.db, arjun, { ...base, to: other.arjun.memberId }), 'unknown_member', 'to');
    await expectRejection(recordSettlement(handle.db, arjun, { ...base, amount: {} as unknown as string }), 'invalid_input', 'amount');
    const rows = await inHousehold(handle.db, arjun, (tx) => tx.select().from(settlements).where(eq(settlements.householdId, arjun.householdId)));
    expect(rows).toEqual([]);
  });
});

describe('settleUp', () => {
  it('records every suggested transfer in one currency and leaves the others', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '1000', split: { kind: 'equal' } });
    await confirmed(arjun, { amount: '30', currency: 'USD', split: { kind: 'equal' } });
    const before = await householdBalances(handle.db, priya);
    const due = before.settlements.filter((settlement) => settlement.currency === 'INR');

    const result = await settleUp(handle.db, priya, { currency: 'INR', expected: settlementFingerprint(due), now: NOW });
    expect(result).toEqual({
      recorded: [{ from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 50_000 }],
      remaining: [{ from: priya.memberId, to: arjun.memberId, currency: 'USD', amountMinor: 1_500 }],
    });
    expect((await householdBalances(handle.db, arjun)).settlements).toEqual(result.remaining);
  });

  it('records nothing when the balances moved since the person looked', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '1000', split: { kind: 'equal' } });
    const seen = settlementFingerprint((await householdBalances(handle.db, arjun)).settlements);
    await confirmed(arjun, { amount: '200', split: { kind: 'equal' } });
    await expectRejection(settleUp(handle.db, arjun, { currency: 'INR', expected: seen }), 'conflict');
    expect((await householdBalances(handle.db, arjun)).settlements).toEqual([
      { from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 60_000 },
    ]);
  });

  it('settles once when pressed twice at the same time', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(priya, { amount: '500', split: { kind: 'equal' } });
    const expected = settlementFingerprint((await householdBalances(handle.db, arjun)).settlements);
    const results = await Promise.all([
      settleUp(handle.db, arjun, { currency: 'INR', expected }),
      settleUp(handle.db, priya, { currency: 'INR', expected }),
    ]);
    expect(results.map((result) => result.recorded.length).sort()).toEqual([0, 1]);
    expect(await householdBalances(handle.db, arjun)).toEqual({ nets: [], settlements: [] });
  });
});
