import { describe, expect, it } from 'vitest';
import { berlin, chicago, expense, kolkata, manila, read, single, TODAY, YESTERDAY } from './reading-households.ts';

const LAST_SATURDAY = '2026-11-14';

describe('dates in English chat', () => {
  it('books "pizza 27 last saturday" on the 14th, as an expense rather than a question', () => {
    expect(read('pizza 27 last saturday', chicago)).toMatchObject({ kind: 'expense' });
    expect(single('pizza 27 last saturday', chicago)).toMatchObject({ amountMinor: 2700, date: LAST_SATURDAY, description: 'pizza' });
  });

  it('keeps one draft for an impossible date but doubts it', () => {
    const { drafts, confident } = expense('taxi 25 on nov 31', chicago);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.amountMinor).toBe(2500);
    expect(confident).toBe(false);
  });

  it('reads a possessive "yesterday\'s"', () => {
    expect(single("yesterday's dinner was 64", chicago)).toMatchObject({ amountMinor: 6400, date: YESTERDAY, category: 'dining' });
  });

  it('books tomorrow and leaves the word out of the description', () => {
    const draft = single('concert 120 tomorrow', chicago);
    expect(draft).toMatchObject({ amountMinor: 12000, date: '2026-11-19' });
    expect(draft.description).not.toMatch(/tomorrow/);
  });

  it('reads a full stop after a dot-decimal price as the end of the sentence', () => {
    expect(single('coffee 12.50.', chicago)).toMatchObject({ amountMinor: 1250, date: TODAY });
  });

  it.each([
    ['tacos 18 ydy', YESTERDAY],
    ['movie tickets 30 tmrw', '2026-11-19'],
  ])('reads the chat shorthand in %s', (text, date) => {
    expect(single(text, chicago).date).toBe(date);
  });
});

describe('European dates', () => {
  it('reads a dotted day and month after "am"', () => {
    expect(single('brot 3,20 am 14.03.', berlin)).toMatchObject({ amountMinor: 320, date: '2026-03-14' });
  });

  it('reads a dotted full date before the price', () => {
    expect(single('kino 14.3.2026 24', berlin)).toMatchObject({ amountMinor: 2400, date: '2026-03-14' });
  });

  it.each([
    ['brot 3,20 gestern', YESTERDAY],
    ['pizza 14 vorgestern', '2026-11-16'],
    ['pizza 14 letzten Samstag', LAST_SATURDAY],
    ['taxi 20 vor 3 tagen', '2026-11-15'],
    ['baguette 2,10 hier', YESTERDAY],
    ['restaurant 45 samedi dernier', LAST_SATURDAY],
    ['tapas 22 ayer', YESTERDAY],
    ['cena 40 el sábado pasado', LAST_SATURDAY],
    ['boodschappen 23,40 gisteren', YESTERDAY],
    ['boodschappen 23,40 op de 10e', '2026-11-10'],
  ])('%s', (text, date) => {
    expect(single(text, berlin).date).toBe(date);
  });

  it('keeps the date words out of the description', () => {
    expect(single('cena 40 el sábado pasado', berlin).description).toBe('cena');
    expect(single('pizza 14 letzten Samstag', berlin).description).toBe('pizza');
  });
});

describe('Hindi and Tagalog dates', () => {
  it.each([
    // Alone, "kal" in an expense looks back: the spending already happened.
    ['chai 40 kal', YESTERDAY],
    ['dosa 120 parso', '2026-11-16'],
    ['auto 80 3 din pehle', '2026-11-15'],
    ['dmart 900 somvaar ko', '2026-11-16'],
  ])('Kolkata: %s', (text, date) => {
    expect(single(text, kolkata).date).toBe(date);
  });

  it.each([
    ['jollibee 250 kahapon', YESTERDAY],
    ['inuman 800 kagabi', YESTERDAY],
    ['grab 300 nung sabado', LAST_SATURDAY],
    // "nung" marks the past: on a Wednesday, "nung miyerkules" is a week ago, not today.
    ['grab 300 nung miyerkules', '2026-11-11'],
  ])('Manila: %s', (text, date) => {
    expect(single(text, manila).date).toBe(date);
  });

  it('reads "nung 5" as the 5th and the price after it', () => {
    expect(single('nung 5 nagpa-gas ako sa caltex 1,800', manila)).toMatchObject({ amountMinor: 180000, currency: 'PHP', date: '2026-11-05' });
  });
});
