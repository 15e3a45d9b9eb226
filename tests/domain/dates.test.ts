import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  assertTimeZone,
  compareDates,
  daysInclusive,
  daysInMonth,
  endOfMonth,
  isoWeekday,
  parseIsoDate,
  startOfDayInstant,
  startOfMonth,
  startOfWeek,
  todayIn,
} from '../../src/domain/dates.ts';
import { expectKittyError } from './expect-kitty-error.ts';

describe('parseIsoDate', () => {
  it.each(['2026-03-14', '2024-02-29', '2000-02-29', '1900-01-01', '2999-12-31', '2026-12-31'])('accepts %s', (d) => {
    expect(parseIsoDate(d)).toBe(d);
  });

  it('trims surrounding whitespace', () => {
    expect(parseIsoDate(' 2026-03-14\n')).toBe('2026-03-14');
  });

  it.each([
    ['2025-02-29', /not a real calendar date/],
    ['2100-02-29', /not a real calendar date/],
    ['2026-04-31', /not a real calendar date/],
    ['2026-13-01', /not a real calendar date/],
    ['2026-00-10', /not a real calendar date/],
    ['2026-01-00', /not a real calendar date/],
    ['2026-1-5', /YYYY-MM-DD/],
    ['26-01-05', /YYYY-MM-DD/],
    ['2026/01/05', /YYYY-MM-DD/],
    ['2026-01-05T00:00:00Z', /YYYY-MM-DD/],
    ['05-01-2026', /YYYY-MM-DD/],
    ['', /YYYY-MM-DD/],
    ['yesterday', /YYYY-MM-DD/],
    ['1899-12-31', /between the years 1900 and 2999/],
    ['3000-01-01', /between the years 1900 and 2999/],
  ])('rejects %j', (d, message) => {
    expect(expectKittyError(() => parseIsoDate(d), 'invalid_date', 'date').message).toMatch(message);
  });
});

describe('calendar arithmetic', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2026, 1)).toBe(31);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(() => daysInMonth(2026, 13)).toThrow();
  });

  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2026-03-14', 0)).toBe('2026-03-14');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-03-14', 365)).toBe('2027-03-14');
    expect(addDays('2024-03-14', -366)).toBe('2023-03-14');
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
  });

  it('walks day by day for decades without drifting from the Date reference', () => {
    let d = '1999-12-25';
    for (let i = 0; i < 12_000; i += 1) {
      d = addDays(d, 1);
      expect(d).toBe(new Date(Date.UTC(1999, 11, 26 + i)).toISOString().slice(0, 10));
    }
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-05-10', -25)).toBe('2024-04-10');
  });

  it('refuses fractional offsets and results outside four-digit years', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow();
    expect(() => addMonths('2026-01-01', 0.5)).toThrow();
    expectKittyError(() => addMonths('9999-12-01', 1), 'invalid_date', 'date');
    expectKittyError(() => addDays('2026-02-30', 1), 'invalid_date', 'date');
  });

  it('computes ISO weekdays and Monday week starts', () => {
    expect(isoWeekday('2026-03-09')).toBe(1); // Monday
    expect(isoWeekday('2026-03-14')).toBe(6);
    expect(isoWeekday('2026-03-15')).toBe(7); // Sunday
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
    expect(startOfWeek('2026-03-15')).toBe('2026-03-09'); // Sunday belongs to the week before
    expect(startOfWeek('2026-03-16')).toBe('2026-03-16'); // Monday starts its own week
    expect(startOfWeek('2026-01-01')).toBe('2025-12-29'); // across the year boundary
  });

  it('matches Date.getUTCDay for every day of several years', () => {
    for (let i = 0; i < 3000; i += 1) {
      const date = new Date(Date.UTC(2023, 0, 1 + i));
      expect(isoWeekday(date.toISOString().slice(0, 10))).toBe(date.getUTCDay() || 7);
    }
  });

  it('finds month starts and ends', () => {
    expect(startOfMonth('2026-03-14')).toBe('2026-03-01');
    expect(endOfMonth('2026-03-14')).toBe('2026-03-31');
    expect(endOfMonth('2024-02-01')).toBe('2024-02-29');
    expect(endOfMonth('2025-02-10')).toBe('2025-02-28');
    expect(endOfMonth('2026-11-30')).toBe('2026-11-30');
  });

  it('compares dates and counts days inclusively', () => {
    expect(compareDates('2026-03-01', '2026-03-02')).toBe(-1);
    expect(compareDates('2026-03-02', '2026-03-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysInclusive('2026-03-02', '2026-03-02')).toBe(1);
    expect(daysInclusive('2026-03-01', '2026-03-31')).toBe(31);
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysInclusive('2025-01-01', '2025-12-31')).toBe(365);
    expectKittyError(() => daysInclusive('2026-03-02', '2026-03-01'), 'invalid_date', 'date');
  });
});

describe('assertTimeZone', () => {
  it('returns current IANA names even where ICU prefers legacy ones', () => {
    expect(assertTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(assertTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(assertTimeZone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(assertTimeZone('Asia/Kathmandu')).toBe('Asia/Kathmandu');
    expect(assertTimeZone('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(assertTimeZone(' europe/london ')).toBe('Europe/London');
    expect(assertTimeZone('America/New_York')).toBe('America/New_York');
    expect(assertTimeZone('UTC')).toBe('UTC');
  });

  it.each(['', '  ', 'Mars/Olympus_Mons', 'India', 'IST+1', 'Asia/', 'Local'])('rejects %j', (tz) => {
    expectKittyError(() => assertTimeZone(tz), 'invalid_time_zone', 'timezone');
  });
});

describe('todayIn', () => {
  it('uses the local date, which can differ from the UTC date', () => {
    // 18:29:59 UTC is 23:59:59 in India; one second later it is midnight there.
    expect(todayIn('Asia/Kolkata', new Date('2025-12-31T18:29:59Z'))).toBe('2025-12-31');
    expect(todayIn('Asia/Kolkata', new Date('2025-12-31T18:30:00Z'))).toBe('2026-01-01');
    expect(todayIn('Asia/Kathmandu', new Date('2026-03-14T18:14:59Z'))).toBe('2026-03-14');
    expect(todayIn('Asia/Kathmandu', new Date('2026-03-14T18:15:00Z'))).toBe('2026-03-15');
    // West of UTC the local date lags: early UTC morning is still yesterday in New York.
    expect(todayIn('America/New_York', new Date('2026-03-01T04:59:59Z'))).toBe('2026-02-28');
    expect(todayIn('America/New_York', new Date('2026-03-01T05:00:00Z'))).toBe('2026-03-01');
    expect(todayIn('America/New_York', new Date('2026-07-01T03:59:59Z'))).toBe('2026-06-30');
    expect(todayIn('America/New_York', new Date('2026-07-01T04:00:00Z'))).toBe('2026-07-01');
    expect(todayIn('UTC', new Date('2026-03-14T23:59:59.999Z'))).toBe('2026-03-14');
  });

  it('rejects invalid zones and dates', () => {
    expectKittyError(() => todayIn('Nowhere/Town', new Date()), 'invalid_time_zone', 'timezone');
    expect(() => todayIn('UTC', new Date(Number.NaN))).toThrow();
  });
});

describe('startOfDayInstant', () => {
  it.each([
    ['2026-03-14', 'UTC', '2026-03-14T00:00:00.000Z'],
    ['2026-01-01', 'Asia/Kolkata', '2025-12-31T18:30:00.000Z'],
    ['2026-01-01', 'Asia/Kathmandu', '2025-12-31T18:15:00.000Z'],
    // New York springs forward at 02:00 on 2026-03-08: that day starts at EST, the next at EDT.
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z'],
    ['2026-03-09', 'America/New_York', '2026-03-09T04:00:00.000Z'],
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z'],
    ['2026-11-02', 'America/New_York', '2026-11-02T05:00:00.000Z'],
    ['2026-03-29', 'Europe/London', '2026-03-29T00:00:00.000Z'],
    ['2026-03-30', 'Europe/London', '2026-03-29T23:00:00.000Z'],
    ['2026-10-25', 'Europe/London', '2026-10-24T23:00:00.000Z'],
    // Sao Paulo's DST began at midnight: 00:00 never happened on 2018-11-04, the day began at 01:00.
    ['2018-11-04', 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z'],
    ['2018-11-05', 'America/Sao_Paulo', '2018-11-05T02:00:00.000Z'],
    // ...and ended at midnight, repeating 23:00-24:00 of the previous day.
    ['2019-02-17', 'America/Sao_Paulo', '2019-02-17T03:00:00.000Z'],
    // Samoa skipped 2011-12-30 entirely, so it "starts" when 2011-12-31 does.
    ['2011-12-30', 'Pacific/Apia', '2011-12-30T10:00:00.000Z'],
    ['2011-12-31', 'Pacific/Apia', '2011-12-30T10:00:00.000Z'],
  ])('%s in %s starts at %s', (date, zone, instant) => {
    expect(startOfDayInstant(date, zone).toISOString()).toBe(instant);
  });

  it('is the exact instant the local date changes', () => {
    for (const zone of ['Asia/Kolkata', 'Asia/Kathmandu', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe']) {
      for (let d = '2026-01-01'; d < '2027-01-05'; d = addDays(d, 3)) {
        const start = startOfDayInstant(d, zone).getTime();
        expect(todayIn(zone, new Date(start))).toBe(d);
        expect(todayIn(zone, new Date(start - 1))).toBe(addDays(d, -1));
      }
    }
  });

  it('rejects invalid input', () => {
    expectKittyError(() => startOfDayInstant('2026-02-30', 'UTC'), 'invalid_date', 'date');
    expectKittyError(() => startOfDayInstant('2026-02-03', 'Atlantis'), 'invalid_time_zone', 'timezone');
  });
});
