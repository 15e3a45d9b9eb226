import { describe, expect, it } from 'vitest';
import { household, only, read } from './support.ts';

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['control characters', '\u0000\u0001\u0007\u001b[31m'],
    ['emoji only', '🙂🙃💸'],
    ['huge number', '9'.repeat(400)],
    ['10^13 rupees', '10000000000000 rupees'],
  ])('returns an interpretation for %s', (_, text) => {
    expect(['other', 'expense', 'question', 'edit']).toContain(read(text).kind);
  });

  it('handles a 100 KB message quickly and caps the items', () => {
    const text = 'chai 20, samosa 30, '.repeat(5100);
    expect(text.length).toBeGreaterThan(100_000);
    const result = read(text);
    expect(result.kind).toBe('expense');
    expect(result.kind === 'expense' && result.drafts.length).toBe(25);
    expect(result.confident).toBe(false);
  });

  it('never throws on a broken context', () => {
    const broken = { ...household, timeZone: 'Not/AZone', now: new Date(Number.NaN), currency: 'XYZ' };
    expect(() => read('uber 250 yesterday', broken)).not.toThrow();
  });
});

describe('typos', () => {
  // A repaired typo picks the category; the description keeps what the person wrote.
  it.each([
    ['petorl 700', 'fuel', 'petorl'],
    ['elecricity bil 1,900', 'utilities', 'elecricity bill'],
    ['resturant 1,400', 'dining', 'resturant'],
    ['grocries 650', 'groceries', 'grocries'],
    ['medicnes 230', 'health', 'medicnes'],
    ["dinner at friends' place 40", 'dining', "dinner at friends place"],
  ])('%s', (text, category, description) => {
    expect(only(text)).toMatchObject({ category, description });
  });

  it('does not "correct" ordinary words into categories', () => {
    expect(read('priya will send it later').kind).toBe('other');
  });
});

describe('household knowledge beats the lexicon', () => {
  it('uses learned merchant keys first', () => {
    const context = { ...household, learned: new Map([['toit', 'entertainment'], ['gym', 'subscriptions']]) };
    expect(only('dinner at toit 2,000', context).category).toBe('entertainment');
    expect(only('gym 1500', context).category).toBe('subscriptions');
  });

  it('understands renamed and added category labels', () => {
    const categories = [
      { slug: 'groceries', label: 'Groceries' },
      { slug: 'dining', label: 'Dining out' },
      { slug: 'wine', label: 'Wine & spirits' },
      { slug: 'car', label: 'Car' },
      { slug: 'other', label: 'Other' },
    ];
    const context = { ...household, categories };
    expect(only('wine 1,800', context).category).toBe('wine');
    expect(only('car service 3,400', context).category).toBe('car');
    expect(only('spirits 900', context).category).toBe('wine');
  });

  it('never proposes a category the household does not have', () => {
    const context = { ...household, categories: [{ slug: 'dining', label: 'Dining out' }, { slug: 'other', label: 'Other' }] };
    expect(read('petrol 900', context)).toMatchObject({ kind: 'expense', confident: false, drafts: [{ category: 'other' }] });
  });
});
