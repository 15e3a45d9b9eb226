import { describe, expect, it } from 'vitest';
import { intent, read } from './support.ts';

const MARCH = { start: '2026-03-01', end: '2026-03-31' };
const FEB = { start: '2026-02-01', end: '2026-02-28' };

describe('question intents', () => {
  it.each([
    ['what did we spend in total last month', { id: 'total_by_period', period: FEB }],
    ['how much have i spent this week', { id: 'total_by_period', period: { start: '2026-03-16', end: '2026-03-22' }, member: 'Arjun' }],
    ["priya's spending yesterday", { id: 'total_by_period', period: { start: '2026-03-17', end: '2026-03-17' }, member: 'Priya' }],
    ['how much went on eating out in january', { id: 'category_spend_by_period', period: { start: '2026-01-01', end: '2026-01-31' }, category: 'dining' }],
    ['how much did priya spend on cabs last month', { id: 'category_spend_by_period', period: FEB, category: 'transport', member: 'Priya' }],
    ['vet costs this yr', { id: 'category_spend_by_period', period: { start: '2026-01-01', end: '2026-12-31' }, category: 'pets' }],
    ['is our grocery bill higher than last month', { id: 'month_over_month_compare', period: MARCH, category: 'groceries' }],
    ['compare december with november', { id: 'month_over_month_compare', period: { start: '2025-12-01', end: '2025-12-31' } }],
    ['where is our money going this year', { id: 'top_expense_categories', period: { start: '2026-01-01', end: '2026-12-31' } }],
    ['top 4 categories in february', { id: 'top_expense_categories', period: FEB, limit: 4 }],
    ['who has spent more since the 1st', { id: 'member_split', period: { start: '2026-03-01', end: '2026-03-18' } }],
    ['priya vs me last month', { id: 'member_split', period: FEB }],
    ['3 biggest purchases last month', { id: 'largest_expenses', period: FEB, limit: 3 }],
    ['most expensive dinners this year', { id: 'largest_expenses', period: { start: '2026-01-01', end: '2026-12-31' }, category: 'dining' }],
    ['show my last 7 expenses', { id: 'recent_expenses', member: 'Arjun', limit: 7 }],
    ['latest fuel expenses', { id: 'recent_expenses', category: 'fuel' }],
    ['average per day in the last 10 days', { id: 'daily_average', period: { start: '2026-03-09', end: '2026-03-18' } }],
    ['daily avg on groceries last month', { id: 'daily_average', period: FEB, category: 'groceries' }],
  ])('%s', (text, expected) => {
    expect(intent(text)).toEqual(expected);
  });

  it('gives period-requiring intents this month when none is named', () => {
    expect(intent('how much on the kids?')).toEqual({ id: 'category_spend_by_period', period: MARCH, category: 'kids' });
    expect(intent('biggest expenses')).toEqual({ id: 'largest_expenses', period: MARCH });
  });

  it('does not read a limit as an expense amount', () => {
    expect(read('last 4 dining expenses')).toEqual({
      kind: 'question', intent: { id: 'recent_expenses', category: 'dining', limit: 4 }, confident: true,
    });
  });

  it('is not confident when it cannot place a word', () => {
    expect(read('how much did we spend at glorbnak this month').confident).toBe(false);
  });
});
