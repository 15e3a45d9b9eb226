import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { importExpenses } from '../../src/services/imports.ts';
import type { IntentContext } from '../../intents/definition.ts';
import { runIntent } from '../../intents/registry.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { FEBRUARY, MARCH, intentContext, seededHouseholdForFile } from './fixture.ts';

let handle: DatabaseHandle;
let home: TestHousehold;
let context: IntentContext;

seededHouseholdForFile((parts) => ({ handle, home, context } = parts));

/** 2 April 2026: March is over, so it is compared whole. */
const APRIL_2 = new Date('2026-04-02T10:00:00+05:30');

describe('month_over_month_compare', () => {
  it('while the month runs, compares its days so far with the same days of the month before, and says so', async () => {
    // Today is the 18th: 1–18 March (the electricity bill dated the 25th is not in yet) against
    // 1–18 February (the groceries of 20 February are not in).
    const answer = await runIntent(context, 'month_over_month_compare', { period: MARCH });
    expect(answer.text).toBe(
      [
        'Spending in March 2026 so far (1–18 Mar): ₹27,700.50, down 1% on the same days of February 2026 (1–18 Feb: ₹28,000.00), ₹299.50 less.',
        'Spending in March 2026 so far (1–18 Mar): $28.49; nothing in the same days of February 2026 (1–18 Feb) to compare with.',
      ].join('\n'),
    );
    expect(answer.chart).toEqual({
      kind: 'compare',
      title: 'Spending, 1–18 Feb 2026 vs 1–18 Mar 2026',
      currency: 'INR',
      points: [
        { label: '1–18 Feb 2026', valueMinor: 2_800_000 },
        { label: '1–18 Mar 2026', valueMinor: 2_770_050 },
      ],
    });
  });

  it('compares whole months once the later month is over', async () => {
    const answer = await runIntent(await intentContext(handle.db, home, { now: APRIL_2 }), 'month_over_month_compare', { period: MARCH });
    expect(answer.text).toBe(
      [
        'Spending in March 2026: ₹29,700.50, up 1% on February 2026 (₹29,500.00), ₹200.50 more.',
        'Spending in March 2026: $28.49; nothing in February 2026 to compare with.',
      ].join('\n'),
    );
    expect(answer.chart).toEqual({
      kind: 'compare',
      title: 'Spending, February 2026 vs March 2026',
      currency: 'INR',
      points: [
        { label: 'February 2026', valueMinor: 2_950_000 },
        { label: 'March 2026', valueMinor: 2_970_050 },
      ],
    });
  });

  it('on the 4th, four days against four days, not against a whole month', async () => {
    const fresh = await createTestHousehold(handle.db);
    await importExpenses(handle.db, fresh.arjun, [
      { amount: '3900', date: '2026-11-02', category: 'groceries' },
      { amount: '6100', date: '2026-11-20', category: 'housing' },
      { amount: '4200', date: '2026-12-03', category: 'groceries' },
    ]);
    const fourth = await intentContext(handle.db, fresh, { now: new Date('2026-12-04T09:00:00+05:30') });
    const answer = await runIntent(fourth, 'month_over_month_compare', { period: { start: '2026-12-01', end: '2026-12-31' } });
    expect(answer.text).toBe(
      'Spending in December 2026 so far (1–4 Dec): ₹4,200.00, up 8% on the same days of November 2026 (1–4 Nov: ₹3,900.00), ₹300.00 more.',
    );
  });

  it('on the 31st, against the whole of a shorter month before', async () => {
    const fresh = await createTestHousehold(handle.db);
    await importExpenses(handle.db, fresh.arjun, [
      { amount: '1000', date: '2026-02-28', category: 'groceries' },
      { amount: '500', date: '2026-03-31', category: 'groceries' },
    ]);
    const last = await intentContext(handle.db, fresh, { now: new Date('2026-03-31T21:00:00+05:30') });
    const answer = await runIntent(last, 'month_over_month_compare', { period: MARCH });
    expect(answer.text).toBe(
      'Spending in March 2026 so far (1–31 Mar): ₹500.00, down 50% on the same days of February 2026 (1–28 Feb: ₹1,000.00), ₹500.00 less.',
    );
  });

  it('handles an earlier month with nothing in it', async () => {
    const answer = await runIntent(context, 'month_over_month_compare', { period: FEBRUARY });
    expect(answer.text).toBe('Spending in February 2026: ₹29,500.00; nothing in January 2026 to compare with.');
    expect(answer.chart?.points).toEqual([
      { label: 'January 2026', valueMinor: 0 },
      { label: 'February 2026', valueMinor: 2_950_000 },
    ]);
  });

  it('compares one category over whole months: up, down and unchanged', async () => {
    const april = await intentContext(handle.db, home, { now: APRIL_2 });
    const groceries = await runIntent(april, 'month_over_month_compare', { period: MARCH, category: 'groceries' });
    expect(groceries.text).toBe('Groceries spending in March 2026: ₹1,650.50, up 10% on February 2026 (₹1,500.00), ₹150.50 more.');
    expect(groceries.chart?.title).toBe('Groceries spending, February 2026 vs March 2026');
    const dining = await runIntent(april, 'month_over_month_compare', { period: MARCH, category: 'dining' });
    expect(dining.text).toBe(
      [
        'Dining out spending in March 2026: ₹800.00, down 73% on February 2026 (₹3,000.00), ₹2,200.00 less.',
        'Dining out spending in March 2026: $12.50; nothing in February 2026 to compare with.',
      ].join('\n'),
    );
    const housing = await runIntent(april, 'month_over_month_compare', { period: MARCH, category: 'housing' });
    expect(housing.text).toBe('Housing spending in March 2026: ₹25,000.00, the same as February 2026.');
  });

  it('compares one category over the same days while the month runs', async () => {
    const housing = await runIntent(context, 'month_over_month_compare', { period: MARCH, category: 'housing' });
    expect(housing.text).toBe('Housing spending in March 2026 so far (1–18 Mar): ₹25,000.00, the same as in the same days of February 2026 (1–18 Feb).');
    // The groceries of 20 February fall after the 18th.
    const groceries = await runIntent(context, 'month_over_month_compare', { period: MARCH, category: 'groceries' });
    expect(groceries.text).toBe(
      'Groceries spending in March 2026 so far (1–18 Mar): ₹1,650.50; nothing in the same days of February 2026 (1–18 Feb) to compare with.',
    );
  });

  it('reports a month that dropped to nothing as down 100%', async () => {
    const april = await runIntent(context, 'month_over_month_compare', { period: { start: '2026-04-01', end: '2026-04-30' } });
    expect(april.text).toBe(
      [
        'Spending in April 2026 so far: ₹0.00, down 100% on March 2026 (₹29,700.50), ₹29,700.50 less.',
        'Spending in April 2026 so far: $0.00, down 100% on March 2026 ($28.49), $28.49 less.',
      ].join('\n'),
    );
  });

  it('says when neither month has anything', async () => {
    const pets = await runIntent(context, 'month_over_month_compare', { period: MARCH, category: 'pets' });
    expect(pets).toEqual({ text: 'No confirmed Pets expenses in 1–18 Feb 2026 or 1–18 Mar 2026 yet.' });
  });

  it('does not round a small change down to 0%', async () => {
    const fresh = await createTestHousehold(handle.db);
    await importExpenses(handle.db, fresh.arjun, [
      { amount: '1000', date: '2026-01-10', category: 'groceries' },
      { amount: '1000.01', date: '2026-02-10', category: 'groceries' },
    ]);
    const answer = await runIntent(await intentContext(handle.db, fresh), 'month_over_month_compare', { period: FEBRUARY });
    expect(answer.text).toBe('Spending in February 2026: ₹1,000.01, up less than 1% on January 2026 (₹1,000.00), ₹0.01 more.');
  });
});

describe('top_expense_categories', () => {
  it('lists the top 3 by default with their share of the total, each currency on its own', async () => {
    const answer = await runIntent(context, 'top_expense_categories', { period: MARCH });
    expect(answer.text).toBe(
      [
        'Top categories in March 2026 (INR, ₹29,700.50 in all):',
        '1. Housing: ₹25,000.00 (84%)',
        '2. Utilities: ₹2,000.00 (7%)',
        '3. Groceries: ₹1,650.50 (6%)',
        'Top categories in March 2026 (USD, $28.49 in all):',
        '1. Subscriptions: $15.99 (56%)',
        '2. Dining out: $12.50 (44%)',
      ].join('\n'),
    );
    expect(answer.chart).toEqual({
      kind: 'bar',
      title: 'Top categories, March 2026',
      currency: 'INR',
      points: [
        { label: 'Housing', valueMinor: 2_500_000 },
        { label: 'Utilities', valueMinor: 200_000 },
        { label: 'Groceries', valueMinor: 165_050 },
      ],
    });
  });

  it('honours a limit, and the total still counts every category', async () => {
    const answer = await runIntent(context, 'top_expense_categories', { period: FEBRUARY, limit: 1 });
    expect(answer.text).toBe(['Top categories in February 2026 (₹29,500.00 in all):', '1. Housing: ₹25,000.00 (85%)'].join('\n'));
    const all = await runIntent(context, 'top_expense_categories', { period: FEBRUARY, limit: 50 });
    expect(all.text).toBe(
      [
        'Top categories in February 2026 (₹29,500.00 in all):',
        '1. Housing: ₹25,000.00 (85%)',
        '2. Dining out: ₹3,000.00 (10%)',
        '3. Groceries: ₹1,500.00 (5%)',
      ].join('\n'),
    );
  });

  it('shows a tiny share as <1% rather than 0%', async () => {
    const fresh = await createTestHousehold(handle.db);
    await importExpenses(handle.db, fresh.arjun, [
      { amount: '1000', date: '2026-03-02', category: 'housing' },
      { amount: '1', date: '2026-03-03', category: 'other' },
    ]);
    const answer = await runIntent(await intentContext(handle.db, fresh), 'top_expense_categories', { period: MARCH });
    expect(answer.text).toBe(
      ['Top categories in March 2026 (₹1,001.00 in all):', '1. Housing: ₹1,000.00 (100%)', '2. Other: ₹1.00 (<1%)'].join('\n'),
    );
  });

  it('has a friendly line for an empty period', async () => {
    const answer = await runIntent(context, 'top_expense_categories', { period: { start: '2025-12-01', end: '2025-12-31' } });
    expect(answer).toEqual({ text: 'No confirmed expenses in December 2025.' });
  });
});

describe('member_split', () => {
  it("gives each member's total and share by who paid, per currency", async () => {
    const answer = await runIntent(context, 'member_split', { period: MARCH });
    expect(answer.text).toBe(
      [
        'Who paid in March 2026 (INR, ₹29,700.50 in all):',
        'Arjun: ₹28,250.00 (95%)',
        'Priya: ₹1,450.50 (5%)',
        'Who paid in March 2026 (USD, $28.49 in all):',
        'Arjun: $15.99 (56%)',
        'Priya: $12.50 (44%)',
      ].join('\n'),
    );
    expect(answer.chart).toEqual({
      kind: 'bar',
      title: 'Who paid, March 2026',
      currency: 'INR',
      points: [
        { label: 'Arjun', valueMinor: 2_825_000 },
        { label: 'Priya', valueMinor: 145_050 },
      ],
    });
  });

  it('mentions a member who paid nothing', async () => {
    const answer = await runIntent(context, 'member_split', { period: { start: '2026-03-01', end: '2026-03-01' } });
    expect(answer.text).toBe(['Who paid on 2026-03-01 (₹25,000.00 in all):', 'Arjun: ₹25,000.00 (100%)', 'Priya: nothing'].join('\n'));
    expect(answer.chart?.points).toEqual([
      { label: 'Arjun', valueMinor: 2_500_000 },
      { label: 'Priya', valueMinor: 0 },
    ]);
  });

  it('counts the payer, not who logged it', async () => {
    // Arjun logged the February dinner import on Priya's behalf.
    const answer = await runIntent(context, 'member_split', { period: FEBRUARY });
    expect(answer.text).toBe(
      ['Who paid in February 2026 (₹29,500.00 in all):', 'Arjun: ₹26,500.00 (90%)', 'Priya: ₹3,000.00 (10%)'].join('\n'),
    );
  });

  it('has a friendly line for an empty period', async () => {
    const answer = await runIntent(context, 'member_split', { period: { start: '2026-03-19', end: '2026-03-24' } });
    expect(answer).toEqual({ text: 'No confirmed expenses from 2026-03-19 to 2026-03-24 yet.' });
  });
});
