/**
 * Calendar dates are plain 'YYYY-MM-DD' strings: a household's "Tuesday" is a date in its own
 * time zone, not an instant. Only the zone-aware functions (re-exported from time-zones.ts) touch
 * Intl; everything else is integer day arithmetic.
 */
import {
  dateError,
  dayNumber,
  daysInMonth,
  formatYmd,
  fromDayNumber,
  toYmd,
  ymdOf,
  type IsoDate,
} from './calendar.ts';

export { daysInMonth, type IsoDate } from './calendar.ts';
export { assertTimeZone, startOfDayInstant, todayIn } from './time-zones.ts';

const MIN_INPUT_YEAR = 1900;
const MAX_INPUT_YEAR = 2999;

export function parseIsoDate(text: string): IsoDate {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  const ymd = ymdOf(trimmed);
  if (!ymd) {
    throw dateError(
      /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
        ? `${trimmed} is not a real calendar date. Check the day and month.`
        : `"${trimmed}" is not a date. Write it as YYYY-MM-DD, for example 2026-03-14.`,
    );
  }
  if (ymd.year < MIN_INPUT_YEAR || ymd.year > MAX_INPUT_YEAR) {
    throw dateError(`Dates must be between the years ${MIN_INPUT_YEAR} and ${MAX_INPUT_YEAR}.`);
  }
  return trimmed;
}

function assertWholeNumber(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}.`);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  assertWholeNumber(n, 'Days');
  return formatYmd(fromDayNumber(dayNumber(toYmd(d)) + n));
}

/** Clamps to the end of a shorter month, so a month after Jan 31 is Feb 28 (or 29). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  assertWholeNumber(n, 'Months');
  const { year, month, day } = toYmd(d);
  const total = year * 12 + (month - 1) + n;
  const newYear = Math.floor(total / 12);
  const newMonth = total - newYear * 12 + 1;
  if (newYear < 0 || newYear > 9999) throw dateError('That date is too far from today for Kitty to handle.');
  return formatYmd({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

export function isoWeekday(d: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  const days = dayNumber(toYmd(d));
  return (((days + 3) % 7) + 7) % 7 + 1;
}

export function startOfWeek(d: IsoDate): IsoDate {
  return addDays(d, 1 - isoWeekday(d));
}

export function startOfMonth(d: IsoDate): IsoDate {
  const { year, month } = toYmd(d);
  return formatYmd({ year, month, day: 1 });
}

export function endOfMonth(d: IsoDate): IsoDate {
  const { year, month } = toYmd(d);
  return formatYmd({ year, month, day: daysInMonth(year, month) });
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const left = dayNumber(toYmd(a));
  const right = dayNumber(toYmd(b));
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Number of calendar days from start to end, counting both: 1 when they are the same day. */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  const count = dayNumber(toYmd(end)) - dayNumber(toYmd(start)) + 1;
  if (count < 1) throw dateError(`The end date ${end} is before the start date ${start}.`);
  return count;
}
