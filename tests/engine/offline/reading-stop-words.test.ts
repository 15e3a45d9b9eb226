import { describe, expect, it } from 'vitest';
import { chicago, kolkata, read, single } from './reading-households.ts';

describe('words that look like dates, times or markup', () => {
  it('reads "date night" as dining, not a date', () => {
    expect(single('date night sushi 96', chicago)).toMatchObject({ amountMinor: 9600, category: 'dining', date: '2026-11-18' });
  });

  it.each([
    ['reach home by 9', chicago],
    ['kal 5 baje aana', kolkata],
  ] as const)('does not book a time: %s', (text, context) => {
    expect(read(text, context).kind).toBe('other');
  });

  it('ignores HTML tags', () => {
    expect(read('<b>snacks</b> 6', chicago)).toMatchObject({ kind: 'expense', drafts: [{ amountMinor: 600, description: 'snacks' }] });
  });

  it('reads "aur" as "and" inside one item', () => {
    expect(read('surf excel aur harpic 380', kolkata)).toMatchObject({ kind: 'expense', drafts: [{ amountMinor: 38000, category: 'household' }] });
  });
});
