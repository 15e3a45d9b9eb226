/**
 * Reporting periods: "how much did we spend last month?" always means whole calendar days in the
 * household's time zone, start and end inclusive.
 */
import {
  addDays,
  addMonths,
  compareDates,
  endOfMonth,
  parseIsoDate,
  startOfMonth,
  startOfWeek,
  todayIn,
  type IsoDate,
} from './dates.ts';
import { KittyError } from './errors.ts';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export type PeriodSpec =
  | { kind: 'today' }
  | { kind: 'yesterday' }
  | { kind: 'this_week' }
  | { kind: 'last_week' }
  | { kind: 'this_month' }
  | { kind: 'last_month' }
  | { kind: 'month'; month: number; year?: number }
  | { kind: 'this_year' }
  | { kind: 'last_year' }
  | { kind: 'last_days'; days: number }
  | { kind: 'since'; date: IsoDate }
  | { kind: 'range'; start: IsoDate; end: IsoDate };

/** Ten years of days: enough for any real question, small enough to catch typos like 20000. */
const MAX_LAST_DAYS = 3660;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function periodError(message: string): KittyError {
  return new KittyError('invalid_period', message, 'period');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function monthPeriod(year: number, month: number): Period {
  const start = `${String(year).padStart(4, '0')}-${pad2(month)}-01`;
  return { start, end: endOfMonth(start) };
}

function yearPeriod(year: number): Period {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

function resolveMonth(month: unknown, year: unknown, today: IsoDate): Period {
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) {
    throw periodError('The month must be a number from 1 (January) to 12 (December).');
  }
  if (year !== undefined) {
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2999) {
      throw periodError('The year must be a four-digit year between 1900 and 2999.');
    }
    return monthPeriod(year, month);
  }
  // Without a year people mean the latest one that has started: "january" asked in March 2026 is
  // January 2026, "december" is December 2025.
  const currentYear = Number(today.slice(0, 4));
  const currentMonth = Number(today.slice(5, 7));
  return monthPeriod(month <= currentMonth ? currentYear : currentYear - 1, month);
}

export function resolvePeriod(spec: PeriodSpec, at: { now: Date; timeZone: string }): Period {
  if (!spec || typeof spec !== 'object') throw periodError('Say which period you mean, for example "this month".');
  const today = todayIn(at.timeZone, at.now);
  const year = Number(today.slice(0, 4));
  switch (spec.kind) {
    case 'today':
      return { start: today, end: today };
    case 'yesterday': {
      const yesterday = addDays(today, -1);
      return { start: yesterday, end: yesterday };
    }
    case 'this_week': {
      const monday = startOfWeek(today);
      return { start: monday, end: addDays(monday, 6) };
    }
    case 'last_week': {
      const monday = addDays(startOfWeek(today), -7);
      return { start: monday, end: addDays(monday, 6) };
    }
    case 'this_month':
      return { start: startOfMonth(today), end: endOfMonth(today) };
    case 'last_month': {
      const start = addMonths(startOfMonth(today), -1);
      return { start, end: endOfMonth(start) };
    }
    case 'month':
      return resolveMonth(spec.month, spec.year, today);
    case 'this_year':
      return yearPeriod(year);
    case 'last_year':
      return yearPeriod(year - 1);
    case 'last_days': {
      const days: unknown = spec.days;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_LAST_DAYS) {
        throw periodError(`The number of days must be a whole number from 1 to ${MAX_LAST_DAYS}.`);
      }
      return { start: addDays(today, -(days - 1)), end: today };
    }
    case 'since': {
      const start = parseIsoDate(spec.date);
      if (compareDates(start, today) > 0) {
        throw periodError(`${start} is in the future, so there is nothing to show since then yet.`);
      }
      return { start, end: today };
    }
    case 'range': {
      const start = parseIsoDate(spec.start);
      const end = parseIsoDate(spec.end);
      if (compareDates(start, end) > 0) {
        throw periodError(`The period starts on ${start}, after it ends on ${end}. Swap the dates and try again.`);
      }
      return { start, end };
    }
    default: {
      const kind: unknown = (spec as { kind?: unknown }).kind;
      throw periodError(`Kitty does not understand the period "${String(kind)}". Try "this month" or "last 7 days".`);
    }
  }
}

const MONTH_WORDS = new Map<string, number>();
MONTH_NAMES.forEach((name, index) => {
  MONTH_WORDS.set(name.toLowerCase(), index + 1);
  MONTH_WORDS.set(name.slice(0, 3).toLowerCase(), index + 1);
});
MONTH_WORDS.set('sept', 9);

const FIXED_PHRASES: Readonly<Record<string, PeriodSpec>> = {
  today: { kind: 'today' },
  yesterday: { kind: 'yesterday' },
  'this week': { kind: 'this_week' },
  'last week': { kind: 'last_week' },
  'this month': { kind: 'this_month' },
  'last month': { kind: 'last_month' },
  'this year': { kind: 'this_year' },
  'last year': { kind: 'last_year' },
};

/**
 * Only canonical phrases; anything else is undefined so a caller can fall back to a smarter
 * interpreter instead of getting a confident wrong answer. Values are not range-checked here:
 * resolvePeriod explains what is wrong with "last 0 days" or "since 2026-02-30".
 */
export function parsePeriodPhrase(text: string): PeriodSpec | undefined {
  if (typeof text !== 'string') return undefined;
  const phrase = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[?.!]+$/, '').trim();
  const fixed = Object.hasOwn(FIXED_PHRASES, phrase) ? FIXED_PHRASES[phrase] : undefined;
  if (fixed) return { ...fixed };

  const lastDays = /^(?:last|past) (\d{1,5}) days?$/.exec(phrase);
  if (lastDays) return { kind: 'last_days', days: Number(lastDays[1]) };

  const since = /^since (\d{4}-\d{2}-\d{2})$/.exec(phrase);
  if (since?.[1]) return { kind: 'since', date: since[1] };

  const named = /^(?:in )?([a-z]+)(?: (\d{4}))?$/.exec(phrase);
  const month = named?.[1] ? MONTH_WORDS.get(named[1]) : undefined;
  if (named && month !== undefined) {
    return named[2] ? { kind: 'month', month, year: Number(named[2]) } : { kind: 'month', month };
  }
  return undefined;
}

/** The whole calendar month before the month containing period.start. */
export function previousMonth(period: Period): Period {
  const start = addMonths(startOfMonth(period.start), -1);
  return { start, end: endOfMonth(start) };
}

export function periodLabel(period: Period): string {
  const { start, end } = period;
  if (start === startOfMonth(start) && end === endOfMonth(start)) {
    return `${MONTH_NAMES[Number(start.slice(5, 7)) - 1] ?? ''} ${start.slice(0, 4)}`;
  }
  if (start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`) return start.slice(0, 4);
  if (start === end) return start;
  return `${start} – ${end}`;
}
