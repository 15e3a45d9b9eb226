import { describe, expect, it } from 'vitest';
import { dayRangeLabel, monthComparison } from '../../src/domain/month-comparison.ts';

const month = (start: string, end: string) => ({ start, end });

describe('monthComparison', () => {
  it('compares the days so far with the same days of the month before while the month runs', () => {
    expect(monthComparison(month('2026-12-01', '2026-12-31'), '2026-12-04')).toEqual({
      later: month('2026-12-01', '2026-12-04'),
      earlier: month('2026-11-01', '2026-11-04'),
      sameDays: true,
    });
    // January against December of the year before.
    expect(monthComparison(month('2027-01-01', '2027-01-31'), '2027-01-01').earlier).toEqual(month('2026-12-01', '2026-12-01'));
  });

  it('clamps the same day to the length of the month before, leap years included', () => {
    expect(monthComparison(month('2026-03-01', '2026-03-31'), '2026-03-30').earlier).toEqual(month('2026-02-01', '2026-02-28'));
    expect(monthComparison(month('2028-03-01', '2028-03-31'), '2028-03-31').earlier).toEqual(month('2028-02-01', '2028-02-29'));
    expect(monthComparison(month('2026-05-01', '2026-05-31'), '2026-05-31').earlier).toEqual(month('2026-04-01', '2026-04-30'));
  });

  it('compares whole months once the month is over, and before it has begun', () => {
    const whole = { later: month('2026-03-01', '2026-03-31'), earlier: month('2026-02-01', '2026-02-28'), sameDays: false };
    expect(monthComparison(month('2026-03-01', '2026-03-31'), '2026-04-01')).toEqual(whole);
    expect(monthComparison(month('2026-03-01', '2026-03-31'), '2026-02-27')).toEqual(whole);
  });

  it('labels a stretch of days', () => {
    expect(dayRangeLabel(month('2026-11-01', '2026-11-04'))).toBe('1–4 Nov');
    expect(dayRangeLabel(month('2026-11-01', '2026-11-01'), { withYear: true })).toBe('1 Nov 2026');
  });
});
