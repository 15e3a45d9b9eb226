import { describe, expect, it } from 'vitest';
import { comparisonWording, percentChange, type ComparisonWording } from '../../src/domain/month-comparison-wording.ts';
import { monthComparison } from '../../src/domain/month-comparison.ts';

/** The sentence as plain text, the change in brackets to show where a renderer emphasises it. */
const sentence = (wording: ComparisonWording) => `${wording.lead}${wording.change ? `[${wording.change.text}]` : ''}${wording.end}`;

const december = { start: '2026-12-01', end: '2026-12-31' };
const onTheFourth = monthComparison(december, '2026-12-04');
const afterwards = monthComparison(december, '2027-01-02');

describe('comparisonWording', () => {
  it('names the days compared while the month runs', () => {
    expect(sentence(comparisonWording(onTheFourth, { now: 420000, before: 390000, currency: 'INR' }))).toBe(
      '₹4,200.00 in 1–4 Dec against ₹3,900.00 in the same days of November 2026 (1–4 Nov), so [₹300.00 more (+7.7%)].',
    );
    const down = comparisonWording(onTheFourth, { now: 300000, before: 400000, currency: 'INR' });
    expect(sentence(down)).toBe('₹3,000.00 in 1–4 Dec against ₹4,000.00 in the same days of November 2026 (1–4 Nov), so [₹1,000.00 less (−25.0%)].');
    expect(down.change?.direction).toBe('down');
    expect(sentence(comparisonWording(onTheFourth, { now: 5000, before: 5000, currency: 'EUR' }))).toBe(
      '€50.00 in 1–4 Dec, the same as in the same days of November 2026 (1–4 Nov).',
    );
    expect(sentence(comparisonWording(onTheFourth, { now: 5000, before: 0, currency: 'INR' }))).toBe(
      'Nothing was spent in the same days of November 2026 (1–4 Nov).',
    );
  });

  it('compares whole months once the month is over', () => {
    const up = comparisonWording(afterwards, { now: 1000000, before: 800000, currency: 'INR' });
    expect(sentence(up)).toBe('November 2026: ₹8,000.00, so [₹2,000.00 more (+25.0%)].');
    expect(up.change?.direction).toBe('up');
    expect(sentence(comparisonWording(afterwards, { now: 800000, before: 800000, currency: 'INR' }))).toBe('The same as November 2026 (₹8,000.00).');
    expect(sentence(comparisonWording(afterwards, { now: 800000, before: 0, currency: 'INR' }))).toBe('Nothing was spent in November 2026.');
  });
});

describe('percentChange', () => {
  it('rounds to one decimal, half away from zero, and has nothing to say against nothing', () => {
    expect(percentChange(12345, 10000)).toBe('+23.5%');
    expect(percentChange(7655, 10000)).toBe('−23.5%');
    expect(percentChange(0, 10000)).toBe('−100.0%');
    expect(percentChange(100, 0)).toBeUndefined();
  });
});
