import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { importExpenses } from '../../src/services/imports.ts';
import type { IntentContext } from '../../intents/definition.ts';
import { runIntent } from '../../intents/registry.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { expectRejection } from '../support/kitty-errors.ts';
import { FEBRUARY, MARCH, intentContext, seededHouseholdForFile } from './fixture.ts';

let handle: DatabaseHandle;
let home: TestHousehold;
let context: IntentContext;

seededHouseholdForFile((parts) => ({ handle, home, context } = parts));

describe('total_by_period', () => {
  it('totals confirmed spending per currency, leaving out drafts, discarded drafts and the neighbours', async () => {
    const answer = await runIntent(context, 'total_by_period', { period: MARCH });
    expect(answer.text).toBe('The household spent ₹29,700.50 and $28.49 in March 2026 across 8 expenses.');
  });

  it('draws the days of the period in the household currency, through the latest dated expense', async () => {
    const { chart } = await runIntent(context, 'total_by_period', { period: MARCH });
    expect(chart).toMatchObject({ kind: 'line', title: 'Spending by day, March 2026', currency: 'INR' });
    // Today is the 18th, but the electricity bill is already dated the 25th.
    expect(chart?.points).toHaveLength(25);
    expect(chart?.points[0]).toEqual({ label: '2026-03-01', valueMinor: 2_500_000 });
    expect(chart?.points[4]).toEqual({ label: '2026-03-05', valueMinor: 200_050 });
    expect(chart?.points.at(-1)).toEqual({ label: '2026-03-25', valueMinor: 200_000 });
    expect(chart?.points.reduce((sum, point) => sum + point.valueMinor, 0)).toBe(2_970_050);
  });

  it('counts what one member paid when given memberId', async () => {
    const answer = await runIntent(context, 'total_by_period', { period: MARCH, memberId: home.priya.memberId });
    expect(answer.text).toBe('Priya paid ₹1,450.50 and $12.50 in March 2026 across 3 expenses.');
    const february = await runIntent(context, 'total_by_period', { period: FEBRUARY, memberId: home.arjun.memberId });
    expect(february.text).toBe('Arjun paid ₹26,500.00 in February 2026 across 2 expenses.');
  });

  it('says so, kindly, when there is nothing: "yet" only while the period is still running', async () => {
    const april = await runIntent(context, 'total_by_period', { period: { start: '2026-03-19', end: '2026-03-24' } });
    expect(april).toEqual({ text: 'No confirmed expenses from 2026-03-19 to 2026-03-24 yet.' });
    const january = await runIntent(context, 'total_by_period', { period: { start: '2026-01-01', end: '2026-01-31' } });
    expect(january).toEqual({ text: 'No confirmed expenses in January 2026.' });
  });

  it('names a single day and a year in the answer', async () => {
    const day = await runIntent(context, 'total_by_period', { period: { start: '2026-03-05', end: '2026-03-05' } });
    // One day is a number, not a line.
    expect(day).toEqual({ text: 'The household spent ₹2,000.50 on 2026-03-05 across 2 expenses.' });
    const year = await runIntent(context, 'total_by_period', { period: { start: '2026-01-01', end: '2026-12-31' } });
    expect(year.text).toBe('The household spent ₹59,200.50 and $28.49 in 2026 across 11 expenses.');
    // A year is drawn by month, January to the latest expense.
    expect(year.chart?.title).toBe('Spending by month, 2026');
    expect(year.chart?.points).toEqual([
      { label: '2026-01', valueMinor: 0 },
      { label: '2026-02', valueMinor: 2_950_000 },
      { label: '2026-03', valueMinor: 2_970_050 },
    ]);
  });

  it('refuses a member of another household', async () => {
    const other = await createTestHousehold(handle.db);
    await expectRejection(runIntent(context, 'total_by_period', { period: MARCH, memberId: other.priya.memberId }), 'unknown_member', 'memberId');
  });
});

describe('category_spend_by_period', () => {
  it('totals one category', async () => {
    const answer = await runIntent(context, 'category_spend_by_period', { period: MARCH, category: 'groceries' });
    expect(answer.text).toBe('The household spent ₹1,650.50 on Groceries in March 2026 across 2 expenses.');
    expect(answer.chart).toMatchObject({ kind: 'line', title: 'Groceries by day, March 2026', currency: 'INR' });
    // Nothing in groceries after today, so the line stops at the 18th.
    expect(answer.chart?.points).toHaveLength(18);
  });

  it('keeps the currencies of one category apart', async () => {
    const answer = await runIntent(context, 'category_spend_by_period', { period: MARCH, category: 'dining' });
    expect(answer.text).toBe('The household spent ₹800.00 and $12.50 on Dining out in March 2026 across 2 expenses.');
  });

  it('combines the category with who paid', async () => {
    const priya = await runIntent(context, 'category_spend_by_period', {
      period: MARCH,
      category: 'groceries',
      memberId: home.priya.memberId,
    });
    expect(priya.text).toBe('Priya paid ₹1,200.50 for Groceries in March 2026 across 1 expense.');
    const none = await runIntent(context, 'category_spend_by_period', {
      period: FEBRUARY,
      category: 'groceries',
      memberId: home.priya.memberId,
    });
    expect(none).toEqual({ text: 'No confirmed Groceries expenses paid by Priya in February 2026.' });
  });

  it('answers an empty category with its label, and refuses a category the household does not have', async () => {
    const pets = await runIntent(context, 'category_spend_by_period', { period: MARCH, category: 'pets' });
    expect(pets).toEqual({ text: 'No confirmed Pets expenses in March 2026 yet.' });
    await expectRejection(runIntent(context, 'category_spend_by_period', { period: MARCH, category: 'yachts' }), 'unknown_category');
  });
});

describe('daily_average', () => {
  it('divides a running month by the days so far, and leaves out what is dated after today', async () => {
    const answer = await runIntent(context, 'daily_average', { period: MARCH });
    // ₹27,700.50 / 18 = ₹1,538.9166… and $28.49 / 18 = $1.5827…; the ₹2,000 dated the 25th waits.
    expect(answer.text).toBe(
      'Daily average in March 2026 so far: ₹1,538.92 and $1.58 (₹27,700.50 and $28.49 over the 18 days through 2026-03-18).',
    );
    expect(answer.chart).toMatchObject({ kind: 'line', currency: 'INR', title: 'Spending by day, 2026-03-01 – 2026-03-18' });
    expect(answer.chart?.points).toHaveLength(18);
  });

  it("counts the days in the household's time zone", async () => {
    // 22:00 UTC on the 18th is already 03:30 on the 19th in Kolkata: 19 days.
    const late = await intentContext(handle.db, home, { now: new Date('2026-03-18T22:00:00Z') });
    const answer = await runIntent(late, 'daily_average', { period: MARCH });
    expect(answer.text).toBe(
      'Daily average in March 2026 so far: ₹1,457.92 and $1.50 (₹27,700.50 and $28.49 over the 19 days through 2026-03-19).',
    );
  });

  it('divides a finished month by all its days', async () => {
    const answer = await runIntent(context, 'daily_average', { period: FEBRUARY });
    expect(answer.text).toBe('Daily average in February 2026: ₹1,053.57 (₹29,500.00 over 28 days).');
  });

  it('averages one category', async () => {
    const answer = await runIntent(context, 'daily_average', { period: MARCH, category: 'dining' });
    expect(answer.text).toBe(
      'Daily average on Dining out in March 2026 so far: ₹44.44 and $0.69 (₹800.00 and $12.50 over the 18 days through 2026-03-18).',
    );
  });

  it('rounds half a minor unit up', async () => {
    const fresh = await createTestHousehold(handle.db);
    await importExpenses(handle.db, fresh.arjun, [
      { amount: '0.01', date: '2026-02-01', category: 'other' },
      { amount: '0.02', date: '2026-02-02', category: 'other' },
    ]);
    const answer = await runIntent(await intentContext(handle.db, fresh), 'daily_average', {
      period: { start: '2026-02-01', end: '2026-02-02' },
    });
    expect(answer.text).toBe('Daily average from 2026-02-01 to 2026-02-02: ₹0.02 (₹0.03 over 2 days).');
  });

  it('has nothing to average before a period starts or when nothing was spent', async () => {
    const april = await runIntent(context, 'daily_average', { period: { start: '2026-04-01', end: '2026-04-30' } });
    expect(april).toEqual({ text: 'April 2026 has not started yet, so there is no daily average.' });
    const pets = await runIntent(context, 'daily_average', { period: MARCH, category: 'pets' });
    expect(pets).toEqual({ text: 'No confirmed Pets expenses in March 2026 yet.' });
  });

  it('says "today" on the first day of a period', async () => {
    const answer = await runIntent(context, 'daily_average', { period: { start: '2026-03-18', end: '2026-03-24' } });
    expect(answer).toEqual({
      text: 'Daily average from 2026-03-18 to 2026-03-24 so far: $12.50 ($12.50 over 1 day, today).',
    });
  });
});
