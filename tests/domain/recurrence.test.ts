import { describe, expect, it } from 'vitest';
import {
  nextOccurrenceOnOrAfter,
  occurrence,
  occurrencesBetween,
  parseCadence,
  type Cadence,
} from '../../src/domain/recurrence.ts';
import { expectKittyError } from './expect-kitty-error.ts';

const daily: Cadence = { unit: 'day', every: 1 };
const weekly: Cadence = { unit: 'week', every: 1 };
const fortnightly: Cadence = { unit: 'week', every: 2 };
const monthly: Cadence = { unit: 'month', every: 1 };
const quarterly: Cadence = { unit: 'month', every: 3 };
const yearly: Cadence = { unit: 'year', every: 1 };

describe('occurrence', () => {
  it('index 0 is the anchor', () => {
    for (const cadence of [daily, weekly, monthly, yearly]) expect(occurrence('2026-03-14', cadence, 0)).toBe('2026-03-14');
  });

  it('steps days and weeks', () => {
    expect(occurrence('2026-03-14', daily, 18)).toBe('2026-04-01');
    expect(occurrence('2026-03-14', { unit: 'day', every: 10 }, 3)).toBe('2026-04-13');
    expect(occurrence('2026-12-28', weekly, 1)).toBe('2027-01-04');
    expect(occurrence('2026-03-14', fortnightly, 2)).toBe('2026-04-11');
  });

  it('computes each month from the anchor, so month ends do not drift', () => {
    const rent = ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'];
    rent.forEach((date, index) => expect(occurrence('2026-01-31', monthly, index)).toBe(date));
    expect(occurrence('2024-01-31', monthly, 1)).toBe('2024-02-29');
    expect(occurrence('2026-01-30', monthly, 1)).toBe('2026-02-28');
    expect(occurrence('2026-01-30', monthly, 2)).toBe('2026-03-30');
    expect(occurrence('2025-11-30', quarterly, 1)).toBe('2026-02-28');
    expect(occurrence('2025-11-30', quarterly, 2)).toBe('2026-05-30');
  });

  it('keeps a leap-day anchor on Feb 29 in leap years only', () => {
    expect(occurrence('2024-02-29', yearly, 1)).toBe('2025-02-28');
    expect(occurrence('2024-02-29', yearly, 2)).toBe('2026-02-28');
    expect(occurrence('2024-02-29', yearly, 4)).toBe('2028-02-29');
    expect(occurrence('2096-02-29', yearly, 4)).toBe('2100-02-28');
    expect(occurrence('2096-02-29', yearly, 8)).toBe('2104-02-29');
    expect(occurrence('2024-02-29', { unit: 'year', every: 2 }, 2)).toBe('2028-02-29');
  });

  it('refuses negative or fractional indexes and bad anchors', () => {
    expect(() => occurrence('2026-01-01', monthly, -1)).toThrow();
    expect(() => occurrence('2026-01-01', monthly, 1.5)).toThrow();
    expectKittyError(() => occurrence('2026-02-30', monthly, 1), 'invalid_date', 'date');
    expectKittyError(() => occurrence('2026-01-01', { unit: 'month', every: 0 }, 1), 'invalid_input', 'cadence');
  });
});

describe('occurrencesBetween', () => {
  it('lists month-end rent inside a range, inclusive at both ends', () => {
    expect(occurrencesBetween('2026-01-31', monthly, '2026-02-28', '2026-05-31')).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
    ]);
    expect(occurrencesBetween('2026-01-31', monthly, '2026-03-01', '2026-03-30')).toEqual([]);
  });

  it('never returns dates before the anchor', () => {
    expect(occurrencesBetween('2026-03-14', weekly, '2026-01-01', '2026-03-31')).toEqual([
      '2026-03-14',
      '2026-03-21',
      '2026-03-28',
    ]);
    expect(occurrencesBetween('2026-03-14', weekly, '2026-01-01', '2026-03-13')).toEqual([]);
  });

  it('finds occurrences far from the anchor without walking from it', () => {
    expect(occurrencesBetween('2024-02-29', yearly, '2027-01-01', '2029-12-31')).toEqual([
      '2027-02-28',
      '2028-02-29',
      '2029-02-28',
    ]);
    // 2000-01-15 was a Saturday, so every occurrence is one too.
    expect(occurrencesBetween('2000-01-15', fortnightly, '2026-03-01', '2026-03-31')).toEqual([
      '2026-03-07',
      '2026-03-21',
    ]);
    expect(occurrencesBetween('2025-11-30', quarterly, '2026-02-01', '2026-08-31')).toEqual(['2026-02-28', '2026-05-30', '2026-08-30']);
  });

  it('matches a brute-force walk for many anchors and cadences', () => {
    const cadences: Cadence[] = [daily, { unit: 'day', every: 5 }, weekly, fortnightly, monthly, quarterly, yearly];
    for (const anchor of ['2024-01-31', '2024-02-29', '2025-06-30', '2026-03-14']) {
      for (const cadence of cadences) {
        const expected: string[] = [];
        for (let i = 0; ; i += 1) {
          const date = occurrence(anchor, cadence, i);
          if (date > '2026-12-31') break;
          if (date >= '2025-03-01') expected.push(date);
        }
        expect(occurrencesBetween(anchor, cadence, '2025-03-01', '2026-12-31')).toEqual(expected.slice(0, 1000));
      }
    }
  });

  it('returns nothing for an inverted range and caps at 1000 results', () => {
    expect(occurrencesBetween('2026-01-01', daily, '2026-02-01', '2026-01-01')).toEqual([]);
    const many = occurrencesBetween('2000-01-01', daily, '2000-01-01', '2010-01-01');
    expect(many).toHaveLength(1000);
    expect(many[999]).toBe('2002-09-26');
  });
});

describe('nextOccurrenceOnOrAfter', () => {
  it('returns the anchor when the date is on or before it', () => {
    expect(nextOccurrenceOnOrAfter('2026-03-14', monthly, '2026-01-01')).toBe('2026-03-14');
    expect(nextOccurrenceOnOrAfter('2026-03-14', monthly, '2026-03-14')).toBe('2026-03-14');
  });

  it('returns the date itself when it is an occurrence', () => {
    expect(nextOccurrenceOnOrAfter('2026-01-31', monthly, '2026-02-28')).toBe('2026-02-28');
    expect(nextOccurrenceOnOrAfter('2026-03-02', weekly, '2026-03-16')).toBe('2026-03-16');
  });

  it('finds the next month-end and leap-day occurrences', () => {
    expect(nextOccurrenceOnOrAfter('2026-01-31', monthly, '2026-03-01')).toBe('2026-03-31');
    expect(nextOccurrenceOnOrAfter('2026-01-31', monthly, '2026-03-31')).toBe('2026-03-31');
    expect(nextOccurrenceOnOrAfter('2026-01-31', monthly, '2026-04-01')).toBe('2026-04-30');
    expect(nextOccurrenceOnOrAfter('2024-02-29', yearly, '2025-03-01')).toBe('2026-02-28');
    expect(nextOccurrenceOnOrAfter('2024-02-29', yearly, '2027-03-01')).toBe('2028-02-29');
    expect(nextOccurrenceOnOrAfter('2026-03-02', weekly, '2026-03-17')).toBe('2026-03-23');
    expect(nextOccurrenceOnOrAfter('2026-03-01', { unit: 'day', every: 10 }, '2026-03-12')).toBe('2026-03-21');
  });
});

describe('parseCadence', () => {
  it('accepts valid cadences and drops extra fields', () => {
    expect(parseCadence({ unit: 'month', every: 1 })).toEqual({ unit: 'month', every: 1 });
    expect(parseCadence({ unit: 'day', every: 366, note: 'x' })).toEqual({ unit: 'day', every: 366 });
    expect(parseCadence({ unit: 'year', every: 1 })).toEqual({ unit: 'year', every: 1 });
  });

  it.each([
    null,
    undefined,
    'monthly',
    42,
    {},
    { unit: 'fortnight', every: 1 },
    { unit: 'Month', every: 1 },
    { unit: 'month' },
    { unit: 'month', every: 0 },
    { unit: 'month', every: 367 },
    { unit: 'month', every: 1.5 },
    { unit: 'month', every: '1' },
    { unit: 'month', every: Number.NaN },
  ])('rejects %j', (value) => {
    expectKittyError(() => parseCadence(value), 'invalid_input', 'cadence');
  });
});
