import { describe, expect, it } from 'vitest';
import { habitsOf } from '../../../src/engine/offline/habits.ts';
import { readNumeral } from '../../../src/engine/offline/tokens.ts';
import { berlin, chicago, germanInChicago, kolkata, london, single, zurich } from './reading-households.ts';

describe('numbers as each household writes them', () => {
  it.each([
    ['croissant 2,40', 240],
    ['2.349,00 miete', 234900],
    ['einkauf 1,3k', 130000],
    ['1.250 €', 125000],
    // Dot decimals are common in German chat too.
    ['7.50', 750],
  ])('Berlin: %s', (text, minor) => {
    const draft = single(text, berlin);
    expect(draft.amountMinor).toBe(minor);
    expect(draft.currency).toBe('EUR');
  });

  it('reads a Chicago "1,250" as thousands, confidently', () => {
    const draft = single('rent 1,250', chicago);
    expect([draft.amountMinor, draft.currency, draft.category, draft.confident]).toEqual([125000, 'USD', 'housing', true]);
  });

  it('reads a Chicago "2,40" as a European decimal comma but is not sure of it', () => {
    const draft = single('croissant 2,40', chicago);
    expect([draft.amountMinor, draft.currency, draft.confident]).toEqual([240, 'USD', false]);
  });

  it('reads a German-locale Chicago household the German way', () => {
    expect(single('rent 1.250', germanInChicago)).toMatchObject({ amountMinor: 125000, currency: 'USD', confident: true });
    expect(single('croissant 2,40', germanInChicago)).toMatchObject({ amountMinor: 240, currency: 'USD', confident: true });
  });

  it('reads Indian lakh grouping', () => {
    expect(single('1,50,000', kolkata)).toMatchObject({ amountMinor: 15000000, currency: 'INR' });
  });

  it('reads a space grouping thousands when the cents follow, or when the space is a no-break one', () => {
    expect(single('loyer 1 234,56 €', berlin)).toMatchObject({ amountMinor: 123456, category: 'housing' });
    expect(single('loyer 1\u202f234', berlin)).toMatchObject({ amountMinor: 123400 });
  });

  it("reads a Swiss apostrophe as a thousands mark", () => {
    expect(single("1'250", zurich)).toMatchObject({ amountMinor: 125000, currency: 'CHF' });
  });
});

describe('readNumeral', () => {
  const comma = { decimalComma: true };
  const dot = { decimalComma: false };

  it.each([
    ['2,40', '2.40', false],
    ['1.250', '1250', false],
    ['2.349,00', '2349.00', false],
    ['12.345.678', '12345678', false],
    ['1.234,5', '1234.5', false],
    ['0,5', '0.5', false],
    // A dot decimal in a comma household is common in chat, not a doubt.
    ['2.40', '2.40', false],
    ['1,250', '1250', true],
    ['1,234.56', '1234.56', true],
    ['.5', '0.5', true],
    ['1,2,3', '123', true],
    ["1'250", '1250', false],
  ])('decimal comma: %s → %s (doubtful %s)', (raw, value, doubtful) => {
    expect(readNumeral(raw, comma)).toEqual({ value, doubtful });
  });

  it.each([
    ['1,250', '1250', false],
    ['1,234.56', '1234.56', false],
    ['1,50,000', '150000', false],
    ['12,345,678', '12345678', false],
    ['2.40', '2.40', false],
    ['.5', '0.5', false],
    ['2,40', '2.40', true],
    ['1.250', '1.250', true],
    ['2.349,00', '2349.00', true],
    ['0,5', '0.5', true],
    ['1.2345', '1.2345', true],
    ["1'250", '1250', false],
    ["1'234.50", '1234.50', false],
    ['12', '12', false],
  ])('decimal dot: %s → %s (doubtful %s)', (raw, value, doubtful) => {
    expect(readNumeral(raw, dot)).toEqual({ value, doubtful });
  });
});

describe('habitsOf', () => {
  it('takes the decimal mark and date order from the currency and zone', () => {
    expect(habitsOf(berlin)).toMatchObject({ decimalComma: true, monthFirst: false });
    expect(habitsOf(kolkata)).toMatchObject({ decimalComma: false });
    expect(habitsOf(chicago)).toMatchObject({ decimalComma: false, monthFirst: true });
    expect(habitsOf(london)).toMatchObject({ decimalComma: false, monthFirst: false });
  });

  it('lets a set locale win over the currency', () => {
    expect(habitsOf(germanInChicago).decimalComma).toBe(true);
    expect(habitsOf(germanInChicago).languages[0]).toBe('de');
  });
});
