import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { householdBalances } from '../../src/services/balances.ts';
import { confirmExpense, createDraft, discardExpense, type DraftInput } from '../../src/services/expenses.ts';
import { importExpenses } from '../../src/services/imports.ts';
import { recordSettlement } from '../../src/services/settlements.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

const NOW = new Date('2026-03-18T20:30:00+05:30');

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

/** A confirmed expense; date and category default to 2026-03-10 and groceries. */
async function confirmed(scope: HouseholdScope, input: Omit<DraftInput, 'category'> & { category?: string }) {
  const draft = await createDraft(handle.db, scope, { date: '2026-03-10', ...input, category: input.category ?? 'groceries' }, { now: NOW });
  const { expense } = await confirmExpense(handle.db, scope, draft.id);
  return expense;
}

/** Nets in a stable order, so expectations do not depend on how uuids happen to sort. */
function netsByName(nets: { memberId: string; currency: string; netMinor: number }[], names: Record<string, string>) {
  return nets
    .map((net) => ({ member: names[net.memberId] ?? net.memberId, currency: net.currency, netMinor: net.netMinor }))
    .sort((a, b) => a.currency.localeCompare(b.currency) || a.member.localeCompare(b.member));
}

describe('householdBalances', () => {
  it('an equal split of 1000.00 paid by Arjun means Priya owes Arjun 500.00', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '1000.00', split: { kind: 'equal' } });

    const balances = await householdBalances(handle.db, priya);
    const names = { [arjun.memberId]: 'Arjun', [priya.memberId]: 'Priya' };
    expect(netsByName(balances.nets, names)).toEqual([
      { member: 'Arjun', currency: 'INR', netMinor: 50_000 },
      { member: 'Priya', currency: 'INR', netMinor: -50_000 },
    ]);
    expect(balances.settlements).toEqual([{ from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 50_000 }]);
  });

  it('a 60/40 percent split leaves the non-payer owing their 40%', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, {
      amount: '1000',
      split: { kind: 'percent', percents: { [arjun.memberId]: 60, [priya.memberId]: 40 } },
    });
    const { settlements } = await householdBalances(handle.db, arjun);
    expect(settlements).toEqual([{ from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 40_000 }]);
  });

  it('a 60/40 split paid by the 40% member means the 60% member owes 60%', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(priya, {
      amount: '250.50',
      split: { kind: 'percent', percents: { [arjun.memberId]: 60, [priya.memberId]: 40 } },
    });
    // 60% of 25050 paise = 15030.
    const { settlements } = await householdBalances(handle.db, arjun);
    expect(settlements).toEqual([{ from: arjun.memberId, to: priya.memberId, currency: 'INR', amountMinor: 15_030 }]);
  });

  it('an odd paisa goes to the first member, so the other owes the smaller half', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    // 100.01 -> 10001 paise: Arjun's share 5001, Priya's 5000.
    await confirmed(arjun, { amount: '100.01', split: { kind: 'equal' } });
    expect((await householdBalances(handle.db, arjun)).settlements).toEqual([
      { from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 5_000 },
    ]);
  });

  it('an expense paid for someone else entirely (amounts split) is owed in full', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '320', split: { kind: 'amounts', amounts: { [priya.memberId]: 32_000 } } });
    expect((await householdBalances(handle.db, arjun)).settlements).toEqual([
      { from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 32_000 },
    ]);
  });

  it('an unsplit expense changes nothing', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '800' });
    await confirmed(priya, { amount: '120', split: null });
    // Imports are unsplit too.
    await importExpenses(handle.db, arjun, [{ amount: '5000', date: '2026-03-01', category: 'housing' }]);
    expect(await householdBalances(handle.db, arjun)).toEqual({ nets: [], settlements: [] });

    // And adding an unsplit expense next to a split one leaves the split one's debt as it was.
    await confirmed(arjun, { amount: '200', split: { kind: 'equal' } });
    await confirmed(priya, { amount: '999' });
    expect((await householdBalances(handle.db, arjun)).settlements).toEqual([
      { from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 10_000 },
    ]);
  });

  it('drafts and discarded drafts do not count', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await createDraft(handle.db, arjun, { amount: '1000', date: '2026-03-10', category: 'groceries', split: { kind: 'equal' } });
    const discarded = await createDraft(handle.db, priya, {
      amount: '600',
      date: '2026-03-10',
      category: 'dining',
      split: { kind: 'equal' },
    });
    await discardExpense(handle.db, priya, discarded.id);
    expect(await householdBalances(handle.db, arjun)).toEqual({ nets: [], settlements: [] });
  });

  it('settles each currency separately', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '1000', split: { kind: 'equal' } });
    await confirmed(priya, { amount: '30', currency: 'USD', split: { kind: 'equal' } });

    const balances = await householdBalances(handle.db, arjun);
    const names = { [arjun.memberId]: 'Arjun', [priya.memberId]: 'Priya' };
    expect(netsByName(balances.nets, names)).toEqual([
      { member: 'Arjun', currency: 'INR', netMinor: 50_000 },
      { member: 'Priya', currency: 'INR', netMinor: -50_000 },
      { member: 'Arjun', currency: 'USD', netMinor: -1_500 },
      { member: 'Priya', currency: 'USD', netMinor: 1_500 },
    ]);
    // Not netted against each other: two transfers, one in each direction, INR first.
    expect(balances.settlements).toEqual([
      { from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 50_000 },
      { from: arjun.memberId, to: priya.memberId, currency: 'USD', amountMinor: 1_500 },
    ]);
  });

  it('nets out when Priya pays for a split expense in turn', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '1000', split: { kind: 'equal' } });
    await confirmed(priya, { amount: '600', split: { kind: 'equal' } });
    // Arjun: +1000 - 500 - 300 = +200; Priya: -500 + 600 - 300 = -200.
    expect((await householdBalances(handle.db, arjun)).settlements).toEqual([
      { from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 20_000 },
    ]);

    await confirmed(priya, { amount: '400', split: { kind: 'equal' } });
    // Both have now paid 1000 of 2000 shared equally: square.
    expect(await householdBalances(handle.db, priya)).toEqual({ nets: [], settlements: [] });
  });

  it("ignores another household's expenses", async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await confirmed(home.arjun, { amount: '100', split: { kind: 'equal' } });
    await confirmed(other.priya, { amount: '9000', split: { kind: 'equal' } });
    await confirmed(other.arjun, { amount: '70', currency: 'USD', split: { kind: 'equal' } });

    expect(await householdBalances(handle.db, home.priya)).toEqual({
      nets: expect.arrayContaining([
        { memberId: home.arjun.memberId, currency: 'INR', netMinor: 5_000 },
        { memberId: home.priya.memberId, currency: 'INR', netMinor: -5_000 },
      ]) as unknown,
      settlements: [{ from: home.priya.memberId, to: home.arjun.memberId, currency: 'INR', amountMinor: 5_000 }],
    });
    expect((await householdBalances(handle.db, home.arjun)).nets).toHaveLength(2);
  });
  it('subtracts what was paid to settle up: in full, square; in part, the rest', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await confirmed(arjun, { amount: '1000', split: { kind: 'equal' } });
    await recordSettlement(handle.db, priya, { from: priya.memberId, to: arjun.memberId, amount: '200' }, { now: NOW });
    expect((await householdBalances(handle.db, arjun)).settlements).toEqual([
      { from: priya.memberId, to: arjun.memberId, currency: 'INR', amountMinor: 30_000 },
    ]);
    await recordSettlement(handle.db, arjun, { from: priya.memberId, to: arjun.memberId, amount: '300.00' }, { now: NOW });
    expect(await householdBalances(handle.db, arjun)).toEqual({ nets: [], settlements: [] });

    // Later spending builds a new debt from square.
    await confirmed(priya, { amount: '90', split: { kind: 'equal' } });
    expect((await householdBalances(handle.db, arjun)).settlements).toEqual([
      { from: arjun.memberId, to: priya.memberId, currency: 'INR', amountMinor: 4_500 },
    ]);
  });

  it('counts a settlement only in its own currency and its own household', async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await confirmed(home.arjun, { amount: '1000', split: { kind: 'equal' } });
    await confirmed(home.arjun, { amount: '40', currency: 'USD', split: { kind: 'equal' } });
    await confirmed(other.arjun, { amount: '1000', split: { kind: 'equal' } });
    await recordSettlement(handle.db, home.priya, { from: home.priya.memberId, to: home.arjun.memberId, amount: '20', currency: 'USD' });

    expect((await householdBalances(handle.db, home.arjun)).settlements).toEqual([
      { from: home.priya.memberId, to: home.arjun.memberId, currency: 'INR', amountMinor: 50_000 },
    ]);
    expect((await householdBalances(handle.db, other.arjun)).settlements).toEqual([
      { from: other.priya.memberId, to: other.arjun.memberId, currency: 'INR', amountMinor: 50_000 },
    ]);
  });
});
