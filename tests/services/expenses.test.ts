import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import {
  confirmExpense,
  createDraft,
  discardExpense,
  editExpense,
  getExpense,
  type DraftInput,
} from '../../src/services/expenses.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

/** 20:30 UTC on 18 March is already 19 March in Kolkata (UTC+05:30). */
const lateEvening = new Date('2026-03-18T20:30:00Z');

async function allRows(home: TestHousehold) {
  const page = await listExpenses(handle.db, home.arjun, { status: ['draft', 'confirmed', 'discarded'], limit: 200 });
  return page.items;
}

describe('drafts', () => {
  it('default to the household currency, the logger as payer, and today in the household time zone', async () => {
    const home = await createTestHousehold(handle.db);
    const draft = await createDraft(handle.db, home.arjun, { amount: '320', category: 'groceries', description: 'sabzi' }, { now: lateEvening });
    expect(draft).toMatchObject({
      amountMinor: 32000,
      currency: 'INR',
      spentOn: '2026-03-19',
      categorySlug: 'groceries',
      description: 'sabzi',
      status: 'draft',
      loggedBy: home.arjun.memberId,
      paidBy: home.arjun.memberId,
      split: null,
      shares: [],
    });
  });

  it('keeps an explicit currency with its own minor digits', async () => {
    const home = await createTestHousehold(handle.db);
    const yen = await createDraft(handle.db, home.arjun, { amount: '1200', currency: 'jpy', category: 'dining', date: '2026-03-01' });
    expect([yen.amountMinor, yen.currency]).toEqual([1200, 'JPY']);
    const dollars = await createDraft(handle.db, home.arjun, { amount: 12.99, currency: 'USD', category: 'dining', date: '2026-03-01' });
    expect([dollars.amountMinor, dollars.currency]).toEqual([1299, 'USD']);
  });

  it('records who paid and splits into shares that add up exactly', async () => {
    const home = await createTestHousehold(handle.db);
    const cab = await createDraft(handle.db, home.arjun, {
      amount: '650',
      category: 'transport',
      paidBy: home.priya.memberId,
      split: { kind: 'equal' },
    });
    expect(cab.paidBy).toBe(home.priya.memberId);
    expect(cab.shares).toEqual([
      { memberId: home.arjun.memberId, shareMinor: 32500 },
      { memberId: home.priya.memberId, shareMinor: 32500 },
    ]);
    const odd = await createDraft(handle.db, home.arjun, {
      amount: '100.01',
      category: 'groceries',
      split: { kind: 'percent', percents: { [home.arjun.memberId]: 60, [home.priya.memberId]: 40 } },
    });
    expect(odd.shares.map((share) => share.shareMinor)).toEqual([6001, 4000]);
    expect((await getExpense(handle.db, home.priya, odd.id)).shares).toEqual(odd.shares);
  });

  const badInputs: Array<[string, (home: TestHousehold) => DraftInput, string, string]> = [
    ['zero', () => ({ amount: '0', category: 'groceries' }), 'invalid_amount', 'amount'],
    ['negative', () => ({ amount: -5, category: 'groceries' }), 'invalid_amount', 'amount'],
    ['NaN', () => ({ amount: Number.NaN, category: 'groceries' }), 'invalid_amount', 'amount'],
    ['letters', () => ({ amount: '12abc', category: 'groceries' }), 'invalid_amount', 'amount'],
    ['absurdly large', () => ({ amount: '99999999999', category: 'groceries' }), 'invalid_amount', 'amount'],
    ['too many decimals for yen', () => ({ amount: '10.5', currency: 'JPY', category: 'groceries' }), 'invalid_amount', 'amount'],
    ['unknown currency', () => ({ amount: '10', currency: 'ABC', category: 'groceries' }), 'invalid_currency', 'currency'],
    ['impossible date', () => ({ amount: '10', date: '2026-02-30', category: 'groceries' }), 'invalid_date', 'date'],
    ['not a date', () => ({ amount: '10', date: 'tomorrow', category: 'groceries' }), 'invalid_date', 'date'],
    ['unknown category', () => ({ amount: '10', category: 'yachts' }), 'unknown_category', 'category'],
    ['payer not in household', () => ({ amount: '10', category: 'groceries', paidBy: crypto.randomUUID() }), 'unknown_member', 'paidBy'],
    ['payer not an id', () => ({ amount: '10', category: 'groceries', paidBy: 'priya' }), 'unknown_member', 'paidBy'],
    [
      'percentages not adding up',
      (home) => ({ amount: '10', category: 'groceries', split: { kind: 'percent', percents: { [home.arjun.memberId]: 70, [home.priya.memberId]: 40 } } }),
      'invalid_split',
      'split',
    ],
    [
      'split with a stranger',
      () => ({ amount: '10', category: 'groceries', split: { kind: 'equal', memberIds: [crypto.randomUUID()] } }),
      'unknown_member',
      'split',
    ],
  ];

  it.each(badInputs)('rejects %s with a typed error and writes nothing', async (_label, input, code, field) => {
    const home = await createTestHousehold(handle.db);
    await expect(createDraft(handle.db, home.arjun, input(home))).rejects.toMatchObject({ name: 'KittyError', code, field });
    expect(await allRows(home)).toEqual([]);
  });
});

describe('editing', () => {
  it('changes fields and recomputes the shares from the stored split', async () => {
    const home = await createTestHousehold(handle.db);
    const draft = await createDraft(handle.db, home.arjun, { amount: '1000', category: 'dining', split: { kind: 'equal' } });
    const edited = await editExpense(handle.db, home.priya, draft.id, {
      amount: '999.99',
      category: 'groceries',
      date: '2026-03-10',
      description: 'weekly shop',
    });
    expect(edited).toMatchObject({ amountMinor: 99999, categorySlug: 'groceries', spentOn: '2026-03-10', description: 'weekly shop' });
    expect(edited.shares.map((share) => share.shareMinor)).toEqual([50000, 49999]);

    const unsplit = await editExpense(handle.db, home.arjun, draft.id, { split: null });
    expect(unsplit.shares).toEqual([]);
    expect((await getExpense(handle.db, home.arjun, draft.id)).shares).toEqual([]);
  });

  it('asks for the amount again when only the currency changes, and leaves the row as it was on any error', async () => {
    const home = await createTestHousehold(handle.db);
    const draft = await createDraft(handle.db, home.arjun, { amount: '10.50', currency: 'USD', category: 'dining' });
    await expect(editExpense(handle.db, home.arjun, draft.id, { currency: 'JPY' })).rejects.toMatchObject({ field: 'amount' });
    await expect(editExpense(handle.db, home.arjun, draft.id, { amount: '5', category: 'nope' })).rejects.toMatchObject({
      code: 'unknown_category',
    });
    const now = await getExpense(handle.db, home.arjun, draft.id);
    expect([now.amountMinor, now.currency, now.categorySlug]).toEqual([1050, 'USD', 'dining']);
    const yen = await editExpense(handle.db, home.arjun, draft.id, { currency: 'JPY', amount: '1500' });
    expect([yen.amountMinor, yen.currency]).toEqual([1500, 'JPY']);
  });

  it('works on confirmed expenses but not discarded drafts', async () => {
    const home = await createTestHousehold(handle.db);
    const kept = await createDraft(handle.db, home.arjun, { amount: '10', category: 'dining' });
    await confirmExpense(handle.db, home.arjun, kept.id);
    expect((await editExpense(handle.db, home.arjun, kept.id, { amount: '11' })).status).toBe('confirmed');
    const dropped = await createDraft(handle.db, home.arjun, { amount: '10', category: 'dining' });
    await discardExpense(handle.db, home.arjun, dropped.id);
    await expect(editExpense(handle.db, home.arjun, dropped.id, { amount: '11' })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('confirming and discarding', () => {
  it('confirm is idempotent and records who confirmed', async () => {
    const home = await createTestHousehold(handle.db);
    const draft = await createDraft(handle.db, home.arjun, { amount: '10', category: 'dining' });
    const first = await confirmExpense(handle.db, home.priya, draft.id);
    expect(first.changed).toBe(true);
    expect(first.expense).toMatchObject({ status: 'confirmed', confirmedBy: home.priya.memberId });
    const again = await confirmExpense(handle.db, home.arjun, draft.id);
    expect(again.changed).toBe(false);
    expect(again.expense.confirmedBy).toBe(home.priya.memberId);
    expect(again.expense.confirmedAt).toEqual(first.expense.confirmedAt);
  });

  it('discard is idempotent; a discarded draft cannot be confirmed, a confirmed one cannot be discarded', async () => {
    const home = await createTestHousehold(handle.db);
    const draft = await createDraft(handle.db, home.arjun, { amount: '10', category: 'dining' });
    expect((await discardExpense(handle.db, home.arjun, draft.id)).changed).toBe(true);
    expect((await discardExpense(handle.db, home.arjun, draft.id)).changed).toBe(false);
    await expect(confirmExpense(handle.db, home.arjun, draft.id)).rejects.toMatchObject({ code: 'conflict' });

    const other = await createDraft(handle.db, home.arjun, { amount: '10', category: 'dining' });
    await confirmExpense(handle.db, home.arjun, other.id);
    await expect(discardExpense(handle.db, home.arjun, other.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('answers not_found for ids that do not exist or are not ids', async () => {
    const home = await createTestHousehold(handle.db);
    await expect(confirmExpense(handle.db, home.arjun, crypto.randomUUID())).rejects.toMatchObject({ code: 'not_found' });
    await expect(confirmExpense(handle.db, home.arjun, "1'; drop table expenses;--")).rejects.toMatchObject({ code: 'not_found' });
  });
});
