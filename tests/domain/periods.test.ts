import { describe, expect, it } from 'vitest';
import {
  parsePeriodPhrase,
  periodLabel,
  previousMonth,
  resolvePeriod,
  type PeriodSpec,
} from '../../src/domain/periods.ts';
import { expectKittyError } from './expect-kitty-error.ts';

const KOLKATA = 'Asia/Kolkata';
/** Saturday 2026-03-14, 15:30 in India. */
const SATURDAY = { now: new Date('2026-03-14T10:00:00Z'), timeZone: KOLKATA };

function resolveAt(spec: PeriodSpec, iso: string, timeZone = KOLKATA) {
  return resolvePeriod(spec, { now: new Date(iso), timeZone });
}

describe('resolvePeriod', () => {
  it.each<[PeriodSpec, string, string]>([
    [{ kind: 'today' }, '2026-03-14', '2026-03-14'],
    [{ kind: 'yesterday' }, '2026-03-13', '2026-03-13'],
    [{ kind: 'this_week' }, '2026-03-09', '2026-03-15'],
    [{ kind: 'last_week' }, '2026-03-02', '2026-03-08'],
    [{ kind: 'this_month' }, '2026-03-01', '2026-03-31'],
    [{ kind: 'last_month' }, '2026-02-01', '2026-02-28'],
    [{ kind: 'this_year' }, '2026-01-01', '2026-12-31'],
    [{ kind: 'last_year' }, '2025-01-01', '2025-12-31'],
    [{ kind: 'last_days', days: 1 }, '2026-03-14', '2026-03-14'],
    [{ kind: 'last_days', days: 7 }, '2026-03-08', '2026-03-14'],
    [{ kind: 'last_days', days: 30 }, '2026-02-13', '2026-03-14'],
    [{ kind: 'since', date: '2026-03-01' }, '2026-03-01', '2026-03-14'],
    [{ kind: 'since', date: '2026-03-14' }, '2026-03-14', '2026-03-14'],
    [{ kind: 'range', start: '2026-01-10', end: '2026-02-20' }, '2026-01-10', '2026-02-20'],
    [{ kind: 'range', start: '2026-04-01', end: '2026-04-01' }, '2026-04-01', '2026-04-01'],
  ])('%j on Saturday 2026-03-14', (spec, start, end) => {
    expect(resolvePeriod(spec, SATURDAY)).toEqual({ start, end });
  });

  it('uses the household date, not the UTC date, just before and after local midnight', () => {
    // 2026-03-31T18:29:59Z is 23:59:59 on March 31 in India; one second later it is April 1.
    expect(resolveAt({ kind: 'this_month' }, '2026-03-31T18:29:59Z')).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(resolveAt({ kind: 'this_month' }, '2026-03-31T18:30:00Z')).toEqual({ start: '2026-04-01', end: '2026-04-30' });
    expect(resolveAt({ kind: 'today' }, '2026-03-14T18:14:59Z', 'Asia/Kathmandu')).toEqual({
      start: '2026-03-14',
      end: '2026-03-14',
    });
    expect(resolveAt({ kind: 'today' }, '2026-03-14T18:15:00Z', 'Asia/Kathmandu')).toEqual({
      start: '2026-03-15',
      end: '2026-03-15',
    });
    // In New York it is still 2025 for five hours after UTC's new year.
    expect(resolveAt({ kind: 'this_year' }, '2026-01-01T04:59:59Z', 'America/New_York')).toEqual({
      start: '2025-01-01',
      end: '2025-12-31',
    });
    expect(resolveAt({ kind: 'this_year' }, '2026-01-01T05:00:00Z', 'America/New_York')).toEqual({
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });

  it('treats Sunday as the last day of the week and Monday as the first', () => {
    const sunday = '2026-03-15T12:00:00Z';
    const monday = '2026-03-16T12:00:00Z';
    expect(resolveAt({ kind: 'this_week' }, sunday)).toEqual({ start: '2026-03-09', end: '2026-03-15' });
    expect(resolveAt({ kind: 'last_week' }, sunday)).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(resolveAt({ kind: 'this_week' }, monday)).toEqual({ start: '2026-03-16', end: '2026-03-22' });
    expect(resolveAt({ kind: 'last_week' }, monday)).toEqual({ start: '2026-03-09', end: '2026-03-15' });
    // Sunday 22:00 in New York is already Monday in UTC; the household's week has not turned.
    expect(resolveAt({ kind: 'this_week' }, '2026-03-16T02:00:00Z', 'America/New_York')).toEqual({
      start: '2026-03-09',
      end: '2026-03-15',
    });
  });

  it('handles weeks and months that cross the year boundary', () => {
    expect(resolveAt({ kind: 'this_week' }, '2026-01-01T06:00:00Z')).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(resolveAt({ kind: 'last_month' }, '2026-01-15T06:00:00Z')).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(resolveAt({ kind: 'yesterday' }, '2026-01-01T06:00:00Z')).toEqual({ start: '2025-12-31', end: '2025-12-31' });
    expect(resolveAt({ kind: 'last_days', days: 3 }, '2026-01-01T06:00:00Z')).toEqual({
      start: '2025-12-30',
      end: '2026-01-01',
    });
  });

  it('knows February lengths for last month', () => {
    expect(resolveAt({ kind: 'last_month' }, '2024-03-31T06:00:00Z')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(resolveAt({ kind: 'last_month' }, '2028-03-01T06:00:00Z')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(resolveAt({ kind: 'last_month' }, '2025-03-31T06:00:00Z')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(resolveAt({ kind: 'yesterday' }, '2024-03-01T06:00:00Z')).toEqual({ start: '2024-02-29', end: '2024-02-29' });
  });

  it('picks the most recent named month that has started', () => {
    expect(resolvePeriod({ kind: 'month', month: 1 }, SATURDAY)).toEqual({ start: '2026-01-01', end: '2026-01-31' });
    expect(resolvePeriod({ kind: 'month', month: 3 }, SATURDAY)).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(resolvePeriod({ kind: 'month', month: 4 }, SATURDAY)).toEqual({ start: '2025-04-01', end: '2025-04-30' });
    expect(resolvePeriod({ kind: 'month', month: 12 }, SATURDAY)).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(resolvePeriod({ kind: 'month', month: 2, year: 2024 }, SATURDAY)).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    });
    // An explicit year may be in the future: planning questions are legitimate.
    expect(resolvePeriod({ kind: 'month', month: 2, year: 2027 }, SATURDAY)).toEqual({
      start: '2027-02-01',
      end: '2027-02-28',
    });
    // On March 1 at 00:00 local, "march" is already this year's.
    expect(resolveAt({ kind: 'month', month: 3 }, '2026-02-28T18:30:00Z')).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(resolveAt({ kind: 'month', month: 3 }, '2026-02-28T18:29:59Z')).toEqual({ start: '2025-03-01', end: '2025-03-31' });
  });

  it.each<[unknown, RegExp]>([
    [{ kind: 'month', month: 0 }, /1 \(January\) to 12/],
    [{ kind: 'month', month: 13 }, /1 \(January\) to 12/],
    [{ kind: 'month', month: 2.5 }, /1 \(January\) to 12/],
    [{ kind: 'month', month: 2, year: 1899 }, /four-digit year/],
    [{ kind: 'month', month: 2, year: 20261 }, /four-digit year/],
    [{ kind: 'last_days', days: 0 }, /1 to 3660/],
    [{ kind: 'last_days', days: 3661 }, /1 to 3660/],
    [{ kind: 'last_days', days: 1.5 }, /1 to 3660/],
    [{ kind: 'last_days', days: Number.NaN }, /1 to 3660/],
    [{ kind: 'since', date: '2026-03-15' }, /in the future/],
    [{ kind: 'range', start: '2026-03-10', end: '2026-03-09' }, /Swap the dates/],
    [{ kind: 'fortnight' }, /does not understand/],
    [null, /Say which period/],
  ])('rejects %j', (spec, message) => {
    const error = expectKittyError(() => resolvePeriod(spec as PeriodSpec, SATURDAY), 'invalid_period');
    expect(error.message).toMatch(message);
  });

  it('validates the dates of since and range', () => {
    expectKittyError(() => resolvePeriod({ kind: 'since', date: '2026-02-30' }, SATURDAY), 'invalid_date', 'date');
    expectKittyError(
      () => resolvePeriod({ kind: 'range', start: '2026-01-01', end: 'tomorrow' }, SATURDAY),
      'invalid_date',
      'date',
    );
  });

  it('validates the time zone', () => {
    expectKittyError(
      () => resolvePeriod({ kind: 'today' }, { now: SATURDAY.now, timeZone: 'Moon/Base' }),
      'invalid_time_zone',
      'timezone',
    );
  });
});

describe('parsePeriodPhrase', () => {
  it.each<[string, PeriodSpec]>([
    ['today', { kind: 'today' }],
    ['  Today ', { kind: 'today' }],
    ['YESTERDAY', { kind: 'yesterday' }],
    ['this   week', { kind: 'this_week' }],
    ['Last Week', { kind: 'last_week' }],
    ['this month', { kind: 'this_month' }],
    ['last month?', { kind: 'last_month' }],
    ['this year', { kind: 'this_year' }],
    ['last year', { kind: 'last_year' }],
    ['last 7 days', { kind: 'last_days', days: 7 }],
    ['past 30 days', { kind: 'last_days', days: 30 }],
    ['last 1 day', { kind: 'last_days', days: 1 }],
    ['in january', { kind: 'month', month: 1 }],
    ['January', { kind: 'month', month: 1 }],
    ['jan', { kind: 'month', month: 1 }],
    ['sept', { kind: 'month', month: 9 }],
    ['Dec', { kind: 'month', month: 12 }],
    ['january 2025', { kind: 'month', month: 1, year: 2025 }],
    ['in Feb 2024', { kind: 'month', month: 2, year: 2024 }],
    ['since 2026-03-01', { kind: 'since', date: '2026-03-01' }],
  ])('%j', (text, spec) => {
    expect(parsePeriodPhrase(text)).toEqual(spec);
  });

  it.each(['', 'tomorrow', 'next month', 'this fortnight', 'last days', 'last -3 days', 'janu', 'may be', 'since march', 'in 2025', '2026-03-01', 'last weekend'])(
    'returns undefined for %j',
    (text) => {
      expect(parsePeriodPhrase(text)).toBeUndefined();
    },
  );

  it('leaves range checks to resolvePeriod, which explains them', () => {
    const spec = parsePeriodPhrase('last 0 days');
    expect(spec).toEqual({ kind: 'last_days', days: 0 });
    expectKittyError(() => resolvePeriod(spec as PeriodSpec, SATURDAY), 'invalid_period');
  });

  it('returns fresh objects that callers may mutate', () => {
    const first = parsePeriodPhrase('today') as { kind: string };
    first.kind = 'yesterday';
    expect(parsePeriodPhrase('today')).toEqual({ kind: 'today' });
  });
});

describe('previousMonth', () => {
  it('returns the whole calendar month before the start', () => {
    expect(previousMonth({ start: '2026-03-01', end: '2026-03-31' })).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(previousMonth({ start: '2026-03-31', end: '2026-04-10' })).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(previousMonth({ start: '2026-01-15', end: '2026-01-15' })).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(previousMonth({ start: '2024-03-09', end: '2024-03-15' })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });
});

describe('periodLabel', () => {
  it.each([
    [{ start: '2026-03-01', end: '2026-03-31' }, 'March 2026'],
    [{ start: '2024-02-01', end: '2024-02-29' }, 'February 2024'],
    [{ start: '2025-12-01', end: '2025-12-31' }, 'December 2025'],
    [{ start: '2026-01-01', end: '2026-12-31' }, '2026'],
    [{ start: '2026-03-14', end: '2026-03-14' }, '2026-03-14'],
    [{ start: '2026-03-02', end: '2026-03-08' }, '2026-03-02 – 2026-03-08'],
    [{ start: '2026-03-01', end: '2026-03-30' }, '2026-03-01 – 2026-03-30'],
    [{ start: '2024-02-01', end: '2024-02-28' }, '2024-02-01 – 2024-02-28'],
    [{ start: '2026-01-01', end: '2026-02-28' }, '2026-01-01 – 2026-02-28'],
  ])('%j -> %s', (period, label) => {
    expect(periodLabel(period)).toBe(label);
  });
});
