/**
 * Internal calendar primitives behind dates.ts and time-zones.ts. Day arithmetic uses integer day
 * numbers rather than Date objects, whose local-time and two-digit-year quirks differ between
 * runtimes.
 */
import { KittyError } from './errors.ts';

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

export const DAY_MS = 86_400_000;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function dateError(message: string): KittyError {
  return new KittyError('invalid_date', message, 'date');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`No such month: ${year}-${month}`);
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Strict 'YYYY-MM-DD' with a real calendar day; any four-digit year (range limits are for input). */
export function ymdOf(text: string): Ymd | undefined {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function toYmd(date: IsoDate): Ymd {
  const ymd = ymdOf(date);
  if (!ymd) throw dateError(`"${String(date)}" is not a date. Write it as YYYY-MM-DD, for example 2026-03-14.`);
  return ymd;
}

export function formatYmd({ year, month, day }: Ymd): IsoDate {
  if (year < 0 || year > 9999) throw dateError('That date is too far from today for Kitty to handle.');
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
export function dayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function fromDayNumber(days: number): Ymd {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
