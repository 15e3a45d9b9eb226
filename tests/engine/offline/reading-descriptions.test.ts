import { describe, expect, it } from 'vitest';
import { berlin, chicago, manila, single } from './reading-households.ts';

describe("descriptions keep the person's words", () => {
  it('keeps German "und" rather than translating it', () => {
    const draft = single('brot und milch auch 4,50', berlin);
    expect(draft.amountMinor).toBe(450);
    expect(draft.description).toMatch(/\bund\b/);
  });

  it('does not "repair" place into plane', () => {
    const draft = single("dinner at friends' place 40", chicago);
    expect(draft.description).toMatch(/\bplace\b/);
    expect(draft.description).not.toMatch(/plane/);
  });

  it('keeps Tagalog words and the shop', () => {
    expect(single('nung 5 nagpa-gas ako sa caltex 1,800', manila).description).toContain('sa caltex');
  });

  it.each([berlin, chicago])('never turns the "u" of "u-bahn" into "you" (%#)', (context) => {
    const draft = single('u-bahn 3', context);
    expect(draft.amountMinor).toBe(300);
    expect(draft.description).toMatch(/^u.bahn$/);
  });
});
