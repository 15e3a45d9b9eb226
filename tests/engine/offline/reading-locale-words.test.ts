import { describe, expect, it } from 'vitest';
import { rewriteLocaleWords } from '../../../src/engine/offline/locale-words.ts';

describe('rewriteLocaleWords', () => {
  it('rewrites a phrase and remembers what was written there', () => {
    expect(rewriteLocaleWords('kal raat pizza', ['hi'])).toEqual({
      text: 'last night pizza',
      originals: [{ start: 0, end: 10, text: 'kal raat' }],
    });
  });

  it('does not join the words of a phrase across a comma', () => {
    expect(rewriteLocaleWords('kal, raat', ['hi']).text).toBe('yesterday, night');
  });

  it('makes a Tagalog weekday after "nung" the past one', () => {
    expect(rewriteLocaleWords('nung sabado grab', ['tl']).text).toBe('last saturday grab');
  });

  it('reads accented words without their accents', () => {
    expect(rewriteLocaleWords('cena el sabado pasado', ['es']).text).toBe('cena last saturday');
  });

  it('leaves words of languages the household does not use alone', () => {
    // German "hier" is "here"; only the French read it as yesterday.
    expect(rewriteLocaleWords('hier brot', ['de'])).toEqual({ text: 'hier brot', originals: [] });
    expect(rewriteLocaleWords('hier brot', ['fr']).text).toBe('yesterday brot');
    expect(rewriteLocaleWords('kahapon', ['hi'])).toEqual({ text: 'kahapon', originals: [] });
  });

  it("lets the household's own language win a word two languages share", () => {
    expect(rewriteLocaleWords('en 3 dagen', ['nl', 'fr']).text).toBe('and 3 days');
    expect(rewriteLocaleWords('en 3 dagen', ['fr', 'nl']).text).toBe('in 3 days');
  });

  it('rewrites a German question into English, keeping each original', () => {
    expect(rewriteLocaleWords('wie viel diese woche', ['de'])).toEqual({
      text: 'how much this week',
      originals: [
        { start: 0, end: 8, text: 'wie viel' },
        { start: 9, end: 18, text: 'diese woche' },
      ],
    });
  });

  it('changes nothing without languages', () => {
    expect(rewriteLocaleWords('kal raat pizza', [])).toEqual({ text: 'kal raat pizza', originals: [] });
  });
});
