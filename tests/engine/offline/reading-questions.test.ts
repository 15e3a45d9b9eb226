import { describe, expect, it } from 'vitest';
import type { IntentRequest, InterpretContext } from '../../../src/engine/interpretation.ts';
import { berlin, chicago, kolkata, manila, read, THIS_MONTH, THIS_WEEK } from './reading-households.ts';

function intent(text: string, context: InterpretContext): IntentRequest {
  const result = read(text, context);
  if (result.kind !== 'question') throw new Error(`expected a question for ${JSON.stringify(text)}, got ${JSON.stringify(result)}`);
  return result.intent;
}

describe('questions in English', () => {
  it.each([
    ['transport this week?', { id: 'category_spend_by_period', period: THIS_WEEK, category: 'transport' }],
    ['how much have we spent at costco?', { id: 'merchant_spend', period: THIS_MONTH, merchant: 'costco' }],
    ['how much on coffee this month?', { id: 'merchant_spend', period: THIS_MONTH, merchant: 'coffee' }],
    ['how much on groceries this month', { id: 'category_spend_by_period', period: THIS_MONTH, category: 'groceries' }],
    ['yesterday total?', { id: 'total_by_period', period: { start: '2026-11-17', end: '2026-11-17' } }],
    ['top 3 categories 2026', { id: 'top_expense_categories', period: { start: '2026-01-01', end: '2026-12-31' }, limit: 3 }],
  ])('%s', (text, expected) => {
    expect(intent(text, chicago)).toEqual(expected);
  });

  it('reads several merchants of one category as the category', () => {
    expect(intent('how much on uber and ola since the 10th', kolkata)).toEqual({
      id: 'category_spend_by_period', period: { start: '2026-11-10', end: '2026-11-18' }, category: 'transport',
    });
  });

  it('reads "the damage at" a merchant of two words', () => {
    expect(intent("what's the damage at whole foods this week", chicago)).toEqual({
      id: 'merchant_spend', period: THIS_WEEK, merchant: 'whole foods',
    });
  });

  it('compares a category with last month over this month', () => {
    expect(intent('did groceries go up compared to last month', chicago)).toEqual({ id: 'month_over_month_compare', period: THIS_MONTH, category: 'groceries' });
  });

  it('reads "yesterday total?" as a question, not an edit of the last draft', () => {
    expect(read('yesterday total?', chicago).kind).toBe('question');
  });
});

describe('questions in other languages', () => {
  it('German: a category and a month', () => {
    expect(intent('Lebensmittel Oktober?', berlin)).toEqual({
      id: 'category_spend_by_period', period: { start: '2026-10-01', end: '2026-10-31' }, category: 'groceries',
    });
  });

  it('German: "ich" is the sender', () => {
    expect(intent('wie viel hab ich diese Woche ausgegeben', berlin)).toEqual({ id: 'total_by_period', period: THIS_WEEK, member: 'Jonas' });
  });

  it.each([
    ['kitna kharcha hua is mahine?', { id: 'total_by_period', period: THIS_MONTH }],
    ['kisne zyada kharcha kiya is hafte', { id: 'member_split', period: THIS_WEEK }],
    ['swiggy pe kitna udaya', { id: 'merchant_spend', period: THIS_MONTH, merchant: 'swiggy' }],
  ])('Hinglish: %s', (text, expected) => {
    expect(intent(text, kolkata)).toEqual(expected);
  });

  it.each([
    ['magkano nagastos natin ngayong buwan?', { id: 'total_by_period', period: THIS_MONTH }],
    ['sino mas malaki gastos this month?', { id: 'member_split', period: THIS_MONTH }],
  ])('Taglish: %s', (text, expected) => {
    expect(intent(text, manila)).toEqual(expected);
  });
});
