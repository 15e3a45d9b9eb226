import { describe, expect, it } from 'vitest';
import { berlin, chicago, kolkata, read, single } from './reading-households.ts';

describe('money coming in', () => {
  it.each([
    ['refund -40 amazon', chicago],
    ['got $15 back from target', chicago],
    ['jess paid me back 30 for dinner', chicago],
    ['salary credited 50000', kolkata],
    ['Gehalt ist da 3.200', berlin],
  ] as const)('%s is no expense', (text, context) => {
    expect(read(text, context)).toMatchObject({ kind: 'other', topic: 'refund' });
  });

  it('is sure of an explicit refund', () => {
    expect(read('refund -40 amazon', chicago)).toEqual({ kind: 'other', topic: 'refund', confident: true });
  });

  it("books the maid's salary as a household expense", () => {
    expect(single('maid salary 6000', kolkata)).toMatchObject({ amountMinor: 600000, currency: 'INR', category: 'household' });
  });
});
