import { describe, expect, it } from 'vitest';
import { berlin, manila, single } from './reading-households.ts';

describe('asking rather than guessing a category', () => {
  it('offers choices for a shop it does not know', () => {
    const draft = single('kopi kenangan 45', manila);
    expect(draft).toMatchObject({ amountMinor: 4500, currency: 'PHP', confident: false });
    expect(draft.categoryChoices?.length).toBeGreaterThanOrEqual(2);
    expect(draft.categoryChoices).toContain(draft.category);
  });

  it('offers both categories when two score closely', () => {
    // "tickets" is entertainment, "ziggo" a telecom (utilities): neither clearly wins.
    const draft = single('tickets ziggo dome 80', berlin);
    expect(draft.confident).toBe(false);
    expect(draft.categoryChoices).toEqual(expect.arrayContaining(['entertainment', 'utilities']));
    expect(['entertainment', 'utilities']).toContain(draft.category);
  });

  it('offers no choices when the category is plain', () => {
    expect(single('croissant 2,40', berlin)).not.toHaveProperty('categoryChoices');
  });
});
