import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { IntentContext } from '../../intents/definition.ts';
import { runIntent } from '../../intents/registry.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { MARCH, intentContext, seededHouseholdForFile } from './fixture.ts';

let handle: DatabaseHandle;
let home: TestHousehold;
let context: IntentContext;

seededHouseholdForFile((parts) => ({ handle, home, context } = parts));

describe('largest_expenses', () => {
  it('lists the 5 largest by default, ranked within each currency', async () => {
    const answer = await runIntent(context, 'largest_expenses', { period: MARCH });
    expect(answer).toEqual({
      text: [
        'Largest expenses in March 2026 (INR):',
        '1. 2026-03-01 — Rent (Housing), ₹25,000.00, paid by Arjun',
        '2. 2026-03-25 — Electricity (Utilities), ₹2,000.00, paid by Arjun',
        '3. 2026-03-05 — BigBasket (Groceries), ₹1,200.50, paid by Priya',
        '4. 2026-03-05 — Dinner (Dining out), ₹800.00, paid by Arjun',
        '5. 2026-03-10 — Vegetables (Groceries), ₹450.00, paid by Arjun',
        'Largest expenses in March 2026 (USD):',
        '1. 2026-03-14 — Netflix (Subscriptions), $15.99, paid by Arjun',
        '2. 2026-03-18 — Coffee (Dining out), $12.50, paid by Priya',
      ].join('\n'),
    });
  });

  it('filters by category and honours the limit', async () => {
    const answer = await runIntent(context, 'largest_expenses', { period: MARCH, category: 'groceries', limit: 1 });
    expect(answer.text).toBe(['Largest Groceries expenses in March 2026:', '1. 2026-03-05 — BigBasket (Groceries), ₹1,200.50, paid by Priya'].join('\n'));
  });

  it('shows the category alone when an expense has no description', async () => {
    const answer = await runIntent(context, 'largest_expenses', { period: MARCH, category: 'transport' });
    expect(answer.text).toBe(['Largest Transport expenses in March 2026:', '1. 2026-03-12 — Transport, ₹250.00, paid by Priya'].join('\n'));
  });

  it('has a friendly line when nothing matches', async () => {
    const answer = await runIntent(context, 'largest_expenses', { period: MARCH, category: 'pets' });
    expect(answer).toEqual({ text: 'No confirmed Pets expenses in March 2026 yet.' });
  });
});

describe('recent_expenses', () => {
  it('lists the latest 5 by default, newest day first, then the latest logged', async () => {
    const answer = await runIntent(context, 'recent_expenses', {});
    expect(answer).toEqual({
      text: [
        'Latest 5 expenses:',
        '2026-03-25 — Electricity (Utilities), ₹2,000.00, paid by Arjun',
        '2026-03-18 — Coffee (Dining out), $12.50, paid by Priya',
        '2026-03-14 — Netflix (Subscriptions), $15.99, paid by Arjun',
        '2026-03-12 — Transport, ₹250.00, paid by Priya',
        '2026-03-10 — Vegetables (Groceries), ₹450.00, paid by Arjun',
      ].join('\n'),
    });
  });

  it('breaks a tie on the day by logging order', async () => {
    const answer = await runIntent(context, 'recent_expenses', { limit: 8 });
    const lines = answer.text.split('\n');
    expect(lines[0]).toBe('Latest 8 expenses:');
    // Dinner was logged after BigBasket on the same day.
    expect(lines.slice(6, 8)).toEqual([
      '2026-03-05 — Dinner (Dining out), ₹800.00, paid by Arjun',
      '2026-03-05 — BigBasket (Groceries), ₹1,200.50, paid by Priya',
    ]);
  });

  it('filters by who paid, across months', async () => {
    const answer = await runIntent(context, 'recent_expenses', { memberId: home.priya.memberId });
    expect(answer.text).toBe(
      [
        'Latest 4 expenses paid by Priya:',
        '2026-03-18 — Coffee (Dining out), $12.50, paid by Priya',
        '2026-03-12 — Transport, ₹250.00, paid by Priya',
        '2026-03-05 — BigBasket (Groceries), ₹1,200.50, paid by Priya',
        "2026-02-14 — Valentine's dinner (Dining out), ₹3,000.00, paid by Priya",
      ].join('\n'),
    );
  });

  it('filters by category, and by category and member together', async () => {
    const groceries = await runIntent(context, 'recent_expenses', { category: 'groceries', limit: 2 });
    expect(groceries.text).toBe(
      [
        'Latest 2 Groceries expenses:',
        '2026-03-10 — Vegetables (Groceries), ₹450.00, paid by Arjun',
        '2026-03-05 — BigBasket (Groceries), ₹1,200.50, paid by Priya',
      ].join('\n'),
    );
    const one = await runIntent(context, 'recent_expenses', { category: 'dining', memberId: home.arjun.memberId, limit: 1 });
    expect(one.text).toBe(['Latest Dining out expense paid by Arjun:', '2026-03-05 — Dinner (Dining out), ₹800.00, paid by Arjun'].join('\n'));
  });

  it('has a friendly line for a household with nothing confirmed', async () => {
    const fresh = await createTestHousehold(handle.db);
    const freshContext = await intentContext(handle.db, fresh);
    expect(await runIntent(freshContext, 'recent_expenses', {})).toEqual({ text: 'No confirmed expenses yet.' });
    expect(await runIntent(freshContext, 'recent_expenses', { category: 'pets', memberId: fresh.priya.memberId })).toEqual({
      text: 'No confirmed Pets expenses paid by Priya yet.',
    });
  });
});
