import { describe, expect, it } from 'vitest';
import { drafts, only, read } from './support.ts';

const brief = (text: string) => drafts(text).map((d) => [d.description, d.amountMinor / 100, d.category, d.date]);

describe('multiple items', () => {
  it('splits at commas, plus signs, "and" and newlines', () => {
    expect(brief('tea 40, biscuits 30')).toEqual([
      ['tea', 40, 'dining', '2026-03-18'],
      ['biscuits', 30, 'groceries', '2026-03-18'],
    ]);
    expect(brief('ola 220 + chai 20')).toEqual([
      ['ola', 220, 'transport', '2026-03-18'],
      ['chai', 20, 'dining', '2026-03-18'],
    ]);
    expect(brief('plumber 600 and electrician 300')).toEqual([
      ['plumber', 600, 'household', '2026-03-18'],
      ['electrician', 300, 'household', '2026-03-18'],
    ]);
    expect(brief('milk 62\neggs 84')).toEqual([
      ['milk', 62, 'groceries', '2026-03-18'],
      ['eggs', 84, 'groceries', '2026-03-18'],
    ]);
  });

  it('splits runs of "description amount" without separators', () => {
    expect(brief('dosa 90 coffee 40 rapido 55')).toEqual([
      ['dosa', 90, 'dining', '2026-03-18'],
      ['coffee', 40, 'dining', '2026-03-18'],
      ['rapido', 55, 'transport', '2026-03-18'],
    ]);
  });

  it('keeps "x and y" with one price as one item and tidies "n"', () => {
    expect(brief('bread n butter 110')).toEqual([['bread and butter', 110, 'groceries', '2026-03-18']]);
  });

  it('shares a leading or trailing date across items', () => {
    expect(brief('last friday: cinema 700, popcorn 300')).toEqual([
      ['cinema', 700, 'entertainment', '2026-03-13'],
      ['popcorn', 300, 'entertainment', '2026-03-13'],
    ]);
    expect(brief('diesel 2500, toll 85 yesterday').map((d) => d[3])).toEqual(['2026-03-17', '2026-03-17']);
  });
});

describe('payer and split', () => {
  it('records who paid only when it was not the sender', () => {
    expect(only('priya paid 780 for the pharmacy').paidBy).toBe('Priya');
    expect(only('paid by priya - cab 310').paidBy).toBe('Priya');
    expect(only('Priya paid the plumber 500 on monday')).toMatchObject({ paidBy: 'Priya', date: '2026-03-16', category: 'household' });
    expect(only('arjun paid 300 for snacks').paidBy).toBeUndefined();
    expect(only('i paid 300 for snacks').paidBy).toBeUndefined();
  });

  it.each([
    ['dinner 1,900 split with priya', 'equal'],
    ['cab 480 split equally', 'equal'],
    ['groceries 900 50/50', 'equal'],
    ['sofa 30k split 50-50', 'equal'],
    ['lunch 600 half half', 'equal'],
    ['uber 300 split 50:50', 'equal'],
  ])('%s → equal split', (text, split) => {
    expect(only(text).split).toBe(split);
  });

  it('reads percentage splits by name, "me" being the sender', () => {
    expect(only('internet 1,200 split 60/40 me/priya').split).toEqual({ Arjun: 60, Priya: 40 });
    expect(only('hotel 9k split 25/75 me/priya').split).toEqual({ Arjun: 25, Priya: 75 });
    expect(only('gift 2k split 80/20 priya/me').split).toEqual({ Priya: 80, Arjun: 20 });
    expect(only('rent 30k split 70-30').split).toEqual({ Arjun: 70, Priya: 30 });
  });

  it('combines payer and split', () => {
    expect(only('priya paid 1,600 for concert tickets, split equally')).toMatchObject({
      amountMinor: 160000, category: 'entertainment', paidBy: 'Priya', split: 'equal',
    });
  });
});

describe('descriptions and categories', () => {
  it.each([
    ['gift for mom 1500', 'gifts'],
    ['kids shoes 900', 'kids'],
    ['running shoes 4,000', 'shopping'],
    ['lunch at the office canteen 120', 'dining'],
    ['donated 500 to the gurudwara', 'gifts'],
    ['vet checkup 600', 'pets'],
    ['ev charging 380', 'fuel'],
    ['gas cylinder 910', 'utilities'],
    ['home loan emi 28,500', 'housing'],
    ['courier charges 90', 'other'],
  ])('%s → %s', (text, category) => {
    expect(only(text).category).toBe(category);
  });

  it('falls back to other and is not confident when nothing is recognised', () => {
    expect(read('zxqv 450')).toMatchObject({ kind: 'expense', confident: false, drafts: [{ category: 'other' }] });
  });

  it('is confident on a clean parse', () => {
    expect(read('swiggy 450').confident).toBe(true);
  });

  it('treats money talk without an amount as other', () => {
    expect(read('priya will share the bills later').kind).toBe('other');
  });
});
