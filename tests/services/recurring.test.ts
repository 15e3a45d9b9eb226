import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { getExpense } from '../../src/services/expenses.ts';
import {
  createRecurringRule,
  draftDueOccurrences,
  listRecurringRules,
  setRecurringRulePaused,
  type RecurringRuleInput,
} from '../../src/services/recurring.ts';
import { expectRejection } from '../support/kitty-errors.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

const NOW = new Date('2026-03-18T20:30:00+05:30');

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

const rent: RecurringRuleInput = {
  description: 'Rent',
  amount: '25000',
  category: 'housing',
  cadence: { unit: 'month', every: 1 },
  startOn: '2026-01-31',
};

describe('createRecurringRule', () => {
  it('stores the rule with its first occurrence as the next date', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const rule = await createRecurringRule(handle.db, arjun, { ...rent, paidBy: priya.memberId, split: { kind: 'equal' } });
    expect(rule).toMatchObject({
      householdId: arjun.householdId,
      description: 'Rent',
      amountMinor: 2_500_000,
      currency: 'INR',
      paidBy: priya.memberId,
      createdBy: arjun.memberId,
      split: { kind: 'equal' },
      cadenceUnit: 'month',
      cadenceEvery: 1,
      anchorOn: '2026-01-31',
      nextOn: '2026-01-31',
      paused: false,
    });
  });

  it("rejects a bad cadence with 'invalid_input' on the cadence field", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, cadence: { unit: 'fortnight', every: 1 } }), 'invalid_input', 'cadence');
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, cadence: { unit: 'month', every: 0 } }), 'invalid_input', 'cadence');
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, cadence: { unit: 'week', every: 1.5 } }), 'invalid_input', 'cadence');
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, cadence: 'monthly' }), 'invalid_input', 'cadence');
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, cadence: undefined }), 'invalid_input', 'cadence');
    expect(await listRecurringRules(handle.db, arjun)).toEqual([]);
  });

  it("rejects a bad amount with 'invalid_amount'", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, amount: '-100' }), 'invalid_amount', 'amount');
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, amount: '0' }), 'invalid_amount', 'amount');
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, amount: 'lots' }), 'invalid_amount', 'amount');
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, amount: '12.345', currency: 'USD' }), 'invalid_amount');
    expect(await listRecurringRules(handle.db, arjun)).toEqual([]);
  });

  it("rejects an unknown category with 'unknown_category'", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await expectRejection(createRecurringRule(handle.db, arjun, { ...rent, category: 'yachts' }), 'unknown_category', 'category');
  });

  it('rejects other bad fields with typed errors', async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await expectRejection(createRecurringRule(handle.db, home.arjun, { ...rent, startOn: '2026-02-30' }), 'invalid_date', 'startOn');
    await expectRejection(createRecurringRule(handle.db, home.arjun, { ...rent, currency: 'XYZ' }), 'invalid_currency');
    await expectRejection(createRecurringRule(handle.db, home.arjun, { ...rent, description: '  ' }), 'invalid_input', 'description');
    await expectRejection(createRecurringRule(handle.db, home.arjun, { ...rent, paidBy: other.priya.memberId }),
      'unknown_member',
      'paidBy',
    );
  });
});

describe('draftDueOccurrences', () => {
  it('drafts every month-end occurrence that has fallen due, clamped to short months, and no future one', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const rule = await createRecurringRule(handle.db, arjun, { ...rent, paidBy: priya.memberId });

    const drafts = await draftDueOccurrences(handle.db, arjun, { now: NOW });
    expect(drafts.map((draft) => draft.spentOn)).toEqual(['2026-01-31', '2026-02-28']);
    for (const draft of drafts) {
      expect(draft).toMatchObject({
        status: 'draft',
        amountMinor: 2_500_000,
        currency: 'INR',
        description: 'Rent',
        categorySlug: 'housing',
        paidBy: priya.memberId,
        loggedBy: arjun.memberId,
        recurringRuleId: rule.id,
        shares: [],
      });
    }

    const [after] = await listRecurringRules(handle.db, arjun);
    expect(after?.nextOn).toBe('2026-03-31');
    // The anchor is unchanged, so April is 30 and May 31 again, not the 28th forever.
    expect(after?.anchorOn).toBe('2026-01-31');
  });

  it('is idempotent: running again drafts nothing new', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await createRecurringRule(handle.db, arjun, rent);
    expect(await draftDueOccurrences(handle.db, arjun, { now: NOW })).toHaveLength(2);
    expect(await draftDueOccurrences(handle.db, arjun, { now: NOW })).toEqual([]);
    // Later the same day, and the next day: still nothing until the 31st.
    expect(await draftDueOccurrences(handle.db, arjun, { now: new Date('2026-03-30T23:00:00+05:30') })).toEqual([]);
    const [rule] = await listRecurringRules(handle.db, arjun);
    expect(rule?.nextOn).toBe('2026-03-31');
  });

  it('two schedulers racing draft each occurrence once', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await createRecurringRule(handle.db, arjun, rent);
    const results = await Promise.all([
      draftDueOccurrences(handle.db, arjun, { now: NOW }),
      draftDueOccurrences(handle.db, arjun, { now: NOW }),
      draftDueOccurrences(handle.db, arjun, { now: NOW }),
    ]);
    expect(results.flat().map((draft) => draft.spentOn).sort()).toEqual(['2026-01-31', '2026-02-28']);
  });

  it("uses the household's calendar: the 31st has begun in Kolkata while it is still the 30th in UTC", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await createRecurringRule(handle.db, arjun, rent);
    await draftDueOccurrences(handle.db, arjun, { now: NOW });
    // 2026-03-30T19:00Z is 00:30 on 31 March in Asia/Kolkata.
    const drafts = await draftDueOccurrences(handle.db, arjun, { now: new Date('2026-03-30T19:00:00Z') });
    expect(drafts.map((draft) => draft.spentOn)).toEqual(['2026-03-31']);
    const [rule] = await listRecurringRules(handle.db, arjun);
    expect(rule?.nextOn).toBe('2026-04-30');
  });

  it('applies the rule split to each draft', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await createRecurringRule(handle.db, arjun, {
      description: 'Netflix',
      amount: '649',
      category: 'subscriptions',
      cadence: { unit: 'month', every: 1 },
      startOn: '2026-03-05',
      split: { kind: 'equal' },
    });
    const [draft, ...rest] = await draftDueOccurrences(handle.db, arjun, { now: NOW });
    expect(rest).toEqual([]);
    expect(draft?.spentOn).toBe('2026-03-05');
    // 64900 paise split two ways.
    expect(draft?.shares).toEqual([
      { memberId: arjun.memberId, shareMinor: 32_450 },
      { memberId: priya.memberId, shareMinor: 32_450 },
    ]);
    expect((await getExpense(handle.db, priya, draft?.id ?? '')).shares).toHaveLength(2);
  });

  it('keeps USD cents and zero-decimal yen exact', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await createRecurringRule(handle.db, arjun, { ...rent, description: 'Cloud', amount: '9.99', currency: 'USD', startOn: '2026-03-01' });
    await createRecurringRule(handle.db, arjun, { ...rent, description: 'Gym', amount: '1200', currency: 'JPY', startOn: '2026-03-02' });
    const drafts = await draftDueOccurrences(handle.db, arjun, { now: NOW });
    expect(drafts.map(({ description, amountMinor, currency }) => ({ description, amountMinor, currency })).sort((a, b) => a.description.localeCompare(b.description))).toEqual([
      { description: 'Cloud', amountMinor: 999, currency: 'USD' },
      { description: 'Gym', amountMinor: 1_200, currency: 'JPY' },
    ]);
  });

  it('weekly and every-2-months rules count from the anchor', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await createRecurringRule(handle.db, arjun, { ...rent, description: 'Cleaner', amount: '500', category: 'household', cadence: { unit: 'week', every: 1 }, startOn: '2026-02-26' });
    await createRecurringRule(handle.db, arjun, { ...rent, description: 'Water', amount: '300', category: 'utilities', cadence: { unit: 'month', every: 2 }, startOn: '2025-09-30' });
    const drafts = await draftDueOccurrences(handle.db, arjun, { now: NOW });
    const dates = (description: string) => drafts.filter((d) => d.description === description).map((d) => d.spentOn);
    expect(dates('Cleaner')).toEqual(['2026-02-26', '2026-03-05', '2026-03-12']);
    expect(dates('Water')).toEqual(['2025-09-30', '2025-11-30', '2026-01-30']);
    const next = Object.fromEntries((await listRecurringRules(handle.db, arjun)).map((rule) => [rule.description, rule.nextOn]));
    expect(next).toEqual({ Cleaner: '2026-03-19', Water: '2026-03-30' });
  });

  it('a yearly rule on 29 February falls on 28 February in common years and 29 February in leap years', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await createRecurringRule(handle.db, arjun, {
      description: 'Insurance',
      amount: '18000',
      category: 'health',
      cadence: { unit: 'year', every: 1 },
      startOn: '2024-02-29',
    });
    const drafts = await draftDueOccurrences(handle.db, arjun, { now: NOW });
    expect(drafts.map((draft) => draft.spentOn)).toEqual(['2024-02-29', '2025-02-28', '2026-02-28']);
    expect((await listRecurringRules(handle.db, arjun))[0]?.nextOn).toBe('2027-02-28');

    const later = await draftDueOccurrences(handle.db, arjun, { now: new Date('2028-03-01T09:00:00+05:30') });
    expect(later.map((draft) => draft.spentOn)).toEqual(['2027-02-28', '2028-02-29']);
    expect((await listRecurringRules(handle.db, arjun))[0]?.nextOn).toBe('2029-02-28');
  });

  it('a rule far behind catches up across runs without skipping a day', async () => {
    const home = await createTestHousehold(handle.db);
    const rule = await createRecurringRule(handle.db, home.arjun, {
      ...rent,
      description: 'Milk',
      amount: '60',
      category: 'groceries',
      cadence: { unit: 'day', every: 1 },
      startOn: '2023-01-01',
    });
    // 2023-01-01..2026-03-18 is 1,173 days; one run drafts at most 1,000 of them.
    const first = await draftDueOccurrences(handle.db, home.arjun, { now: NOW });
    expect(first).toHaveLength(1000);
    expect(first.at(-1)?.spentOn).toBe('2025-09-26');
    const [afterFirst] = await listRecurringRules(handle.db, home.arjun);
    expect(afterFirst).toMatchObject({ id: rule.id, nextOn: '2025-09-27' });

    const second = await draftDueOccurrences(handle.db, home.arjun, { now: NOW });
    expect(second).toHaveLength(173);
    expect([second[0]?.spentOn, second.at(-1)?.spentOn]).toEqual(['2025-09-27', '2026-03-18']);
    const [afterSecond] = await listRecurringRules(handle.db, home.arjun);
    expect(afterSecond?.nextOn).toBe('2026-03-19');
  });

  it("only drafts this household's rules", async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await createRecurringRule(handle.db, home.arjun, rent);
    expect(await draftDueOccurrences(handle.db, other.arjun, { now: NOW })).toEqual([]);
    expect(await listRecurringRules(handle.db, other.arjun)).toEqual([]);
    expect((await listRecurringRules(handle.db, home.priya))[0]?.nextOn).toBe('2026-01-31');
  });
});

describe('setRecurringRulePaused', () => {
  it('a paused rule drafts nothing and keeps its next date', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const rule = await createRecurringRule(handle.db, arjun, rent);
    const paused = await setRecurringRulePaused(handle.db, arjun, rule.id, true, { now: NOW });
    expect(paused).toMatchObject({ paused: true, nextOn: '2026-01-31' });
    expect(await draftDueOccurrences(handle.db, arjun, { now: NOW })).toEqual([]);
    expect((await listRecurringRules(handle.db, arjun))[0]).toMatchObject({ paused: true, nextOn: '2026-01-31' });
  });

  it('resuming after a long pause skips the occurrences that fell due while paused', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const rule = await createRecurringRule(handle.db, arjun, { ...rent, startOn: '2025-06-15' });
    const june = new Date('2025-06-20T10:00:00+05:30');
    expect((await draftDueOccurrences(handle.db, arjun, { now: june })).map((d) => d.spentOn)).toEqual(['2025-06-15']);
    await setRecurringRulePaused(handle.db, arjun, rule.id, true, { now: june });

    // Nine months later: 2025-07-15 … 2026-03-15 all fell due while paused.
    const resumed = await setRecurringRulePaused(handle.db, arjun, rule.id, false, { now: NOW });
    expect(resumed).toMatchObject({ paused: false, nextOn: '2026-04-15' });
    expect(await draftDueOccurrences(handle.db, arjun, { now: NOW })).toEqual([]);
    const april = await draftDueOccurrences(handle.db, arjun, { now: new Date('2026-04-15T08:00:00+05:30') });
    expect(april.map((draft) => draft.spentOn)).toEqual(['2026-04-15']);
  });

  it('resuming on an occurrence day keeps that day due', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const rule = await createRecurringRule(handle.db, arjun, { ...rent, startOn: '2025-10-18' });
    await setRecurringRulePaused(handle.db, arjun, rule.id, true, { now: new Date('2025-10-01T10:00:00+05:30') });
    const resumed = await setRecurringRulePaused(handle.db, arjun, rule.id, false, { now: NOW });
    expect(resumed.nextOn).toBe('2026-03-18');
    expect((await draftDueOccurrences(handle.db, arjun, { now: NOW })).map((d) => d.spentOn)).toEqual(['2026-03-18']);
  });

  it('setting paused=false on a rule that is not paused keeps its undrafted occurrences due (regression: fixed in 2781494)', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const rule = await createRecurringRule(handle.db, arjun, rent);
    // The scheduler has not run yet: 2026-01-31 and 2026-02-28 are due but not drafted.
    // A settings form that saves the whole rule (paused: false) must not count as "resuming".
    const unchanged = await setRecurringRulePaused(handle.db, arjun, rule.id, false, { now: NOW });
    expect(unchanged).toMatchObject({ paused: false, nextOn: '2026-01-31' });
    const drafts = await draftDueOccurrences(handle.db, arjun, { now: NOW });
    expect(drafts.map((draft) => draft.spentOn)).toEqual(['2026-01-31', '2026-02-28']);
  });

  it("cannot pause another household's rule", async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    const rule = await createRecurringRule(handle.db, home.arjun, rent);
    await expectRejection(setRecurringRulePaused(handle.db, other.arjun, rule.id, true, { now: NOW }), 'not_found');
    await expectRejection(setRecurringRulePaused(handle.db, other.arjun, 'rent', true, { now: NOW }), 'not_found');
    expect((await listRecurringRules(handle.db, home.arjun))[0]?.paused).toBe(false);
  });
});
