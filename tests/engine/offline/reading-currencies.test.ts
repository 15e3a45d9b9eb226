import { describe, expect, it } from 'vitest';
import { berlin, manila, single, sydney } from './reading-households.ts';

describe('currencies named in the text', () => {
  it.each([
    ['zł 45', 4500, 'PLN'],
    ['45 zł', 4500, 'PLN'],
    ['Kč 320', 32000, 'CZK'],
    ['CHF 18', 1800, 'CHF'],
    ['₺90', 9000, 'TRY'],
    // The won has no minor unit: 5000 won are 5000 minor units, not 500000.
    ['₩5000', 5000, 'KRW'],
  ])('%s in a euro household', (text, minor, currency) => {
    const draft = single(text, berlin);
    expect([draft.amountMinor, draft.currency]).toEqual([minor, currency]);
  });

  it('reads "R$ 50" as Brazilian reais', () => {
    const draft = single('R$ 50', berlin);
    expect([draft.amountMinor, draft.currency]).toEqual([5000, 'BRL']);
  });

  it('reads "P250" in a Philippine household as pesos', () => {
    const draft = single('P250', manila);
    expect([draft.amountMinor, draft.currency]).toEqual([25000, 'PHP']);
  });

  it('reads "$" in Sydney as the Australian dollar', () => {
    const draft = single('$20', sydney);
    expect([draft.amountMinor, draft.currency]).toEqual([2000, 'AUD']);
  });

  it('reads "kr" in a euro household as Swedish crowns, and doubts it (it could be Norwegian or Danish)', () => {
    const draft = single('kr 95', berlin);
    expect([draft.amountMinor, draft.currency, draft.confident]).toEqual([9500, 'SEK', false]);
    expect(single('lunch kr 95', berlin)).toMatchObject({ amountMinor: 9500, currency: 'SEK', description: 'lunch', confident: false });
  });

  it.each([
    ['pierogi zł 45', 'pierogi', 'PLN'],
    ['pierogi 45 zł', 'pierogi', 'PLN'],
    ['pivo Kč 320', 'pivo', 'CZK'],
    ['lunch CHF 18', 'lunch', 'CHF'],
    ['kebab ₺90', 'kebab', 'TRY'],
    ['bibimbap ₩5000', 'bibimbap', 'KRW'],
  ])('keeps the currency out of the description: %s', (text, description, currency) => {
    expect(single(text, berlin)).toMatchObject({ description, currency });
  });

  it('keeps the Sydney dollar and the peso sign out of descriptions', () => {
    expect(single('lunch $20', sydney)).toMatchObject({ description: 'lunch', currency: 'AUD', amountMinor: 2000 });
    expect(single('jeepney P250', manila)).toMatchObject({ description: 'jeepney', currency: 'PHP', amountMinor: 25000 });
  });

  it('keeps "R$" out of the description', () => {
    expect(single('taxi R$ 50', berlin)).toMatchObject({ description: 'taxi', currency: 'BRL', amountMinor: 5000 });
  });
});
