/**
 * Reporting periods in questions: "this week", "last month", "in january", "this yr",
 * "last 30 days", "since the 1st", "since jan 15", "feb vs jan". Ranges follow the
 * period_conventions of spec/intents.json through domain/periods' resolvePeriod.
 */
import { addDays, addMonths, isoWeekday, type IsoDate } from '../../domain/dates.ts';
import { resolvePeriod, type Period, type PeriodSpec } from '../../domain/periods.ts';
import { MONTHS, WEEKDAYS, readDateAt, type DateOptions } from './dates.ts';
import { readSpelledNumber } from './numbers.ts';
import type { Token } from './tokens.ts';

export interface PeriodMatch {
  readonly start: number;
  readonly end: number;
  readonly period: Period;
  /** A whole calendar month ("in february", "last month"), the unit month-over-month compares. */
  readonly calendarMonth: boolean;
  /** Came after "than", "vs", "with", "to": the comparison side of a comparison. */
  readonly comparedAgainst: boolean;
  /** A year written alone ("top 3 categories 2026"): a period only beside another question cue. */
  readonly bareYear?: boolean;
}

export interface PeriodClock {
  readonly now: Date;
  readonly timeZone: string;
}

const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'past', 'previous', 'prev', 'preceding']);
const THIS_WORDS: ReadonlySet<string> = new Set(['this', 'current']);
const MONTH_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'for', 'of', 'since', 'from', 'vs', 'versus', 'than', 'and', 'to', 'with', 'over', 'between']);
const AGAINST_WORDS: ReadonlySet<string> = new Set(['than', 'vs', 'versus', 'to', 'with', 'against', 'compared']);

function word(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  return token?.kind === 'word' ? token.value : undefined;
}

function safeResolve(spec: PeriodSpec, clock: PeriodClock): Period | undefined {
  try {
    return resolvePeriod(spec, clock);
  } catch {
    return undefined;
  }
}

function readCount(tokens: readonly Token[], i: number): { count: number; end: number } | undefined {
  const token = tokens[i];
  if (token?.kind === 'num' && /^\d{1,4}$/.test(token.value)) return { count: Number(token.value), end: i + 1 };
  if (token?.kind === 'word') {
    const spelled = readSpelledNumber(tokens, i);
    if (spelled) return { count: Number(spelled.value), end: spelled.end };
    if (token.value === 'few' || token.value === 'couple') return { count: token.value === 'few' ? 3 : 2, end: i + 1 };
  }
  return undefined;
}

interface Read {
  end: number;
  period: Period;
  calendarMonth: boolean;
  bareYear?: boolean;
}

function readPeriodAt(tokens: readonly Token[], i: number, today: IsoDate, clock: PeriodClock, options: DateOptions): Read | undefined {
  const w = word(tokens, i);
  const w1 = word(tokens, i + 1);
  const fixed = (spec: PeriodSpec, end: number, calendarMonth = false): Read | undefined => {
    const period = safeResolve(spec, clock);
    return period ? { end, period, calendarMonth } : undefined;
  };
  if (w === 'today') return fixed({ kind: 'today' }, i + 1);
  if (w === 'yesterday') return fixed({ kind: 'yesterday' }, i + 1);
  if (w === 'ytd' || (w === 'year' && w1 === 'to' && word(tokens, i + 2) === 'date')) {
    return fixed({ kind: 'this_year' }, w === 'ytd' ? i + 1 : i + 3);
  }
  if (w !== undefined && THIS_WORDS.has(w)) {
    if (w1 === 'week') return fixed({ kind: 'this_week' }, i + 2);
    if (w1 === 'month') return fixed({ kind: 'this_month' }, i + 2, true);
    if (w1 === 'year') return fixed({ kind: 'this_year' }, i + 2);
    if (w1 === 'weekend') {
      const saturday = addDays(resolvePeriod({ kind: 'this_week' }, clock).start, 5);
      return { end: i + 2, period: { start: saturday, end: addDays(saturday, 1) }, calendarMonth: false };
    }
  }
  if (w !== undefined && LAST_WORDS.has(w)) {
    const rolling = w === 'past';
    if (w1 === 'week') return rolling ? fixed({ kind: 'last_days', days: 7 }, i + 2) : fixed({ kind: 'last_week' }, i + 2);
    if (w1 === 'month') return rolling ? fixed({ kind: 'last_days', days: 30 }, i + 2) : fixed({ kind: 'last_month' }, i + 2, true);
    if (w1 === 'year') return rolling ? fixed({ kind: 'last_days', days: 365 }, i + 2) : fixed({ kind: 'last_year' }, i + 2);
    if (w1 === 'weekend') {
      const saturday = addDays(resolvePeriod({ kind: 'last_week' }, clock).start, 5);
      return { end: i + 2, period: { start: saturday, end: addDays(saturday, 1) }, calendarMonth: false };
    }
    const count = readCount(tokens, i + 1);
    const unit = count ? word(tokens, count.end) : undefined;
    if (count && unit !== undefined && count.count >= 1) {
      if (unit === 'day' || unit === 'days') return fixed({ kind: 'last_days', days: count.count }, count.end + 1);
      if (unit === 'week' || unit === 'weeks') return fixed({ kind: 'last_days', days: count.count * 7 }, count.end + 1);
      if ((unit === 'month' || unit === 'months') && count.count <= 120) {
        return { end: count.end + 1, period: { start: addDays(addMonths(today, -count.count), 1), end: today }, calendarMonth: false };
      }
    }
  }
  if (w === 'since' || (w === 'from' && word(tokens, i + 2) !== 'to')) {
    let at = i + 1;
    // "since the 1st", "seit dem 1.", "desde el 1 de septiembre".
    if (['the', 'dem', 'den', 'el', 'le', 'la'].includes(word(tokens, at) ?? '')) at++;
    const month = MONTHS.get(word(tokens, at) ?? '');
    const date = readDateAt(tokens, at, today, options);
    // "since monday last week": that weekday of the week before.
    const weekday = WEEKDAYS.get(word(tokens, at) ?? '');
    if (date && weekday !== undefined && word(tokens, date.end) === 'last' && word(tokens, date.end + 1) === 'week') {
      const thisMonday = addDays(today, 1 - isoWeekday(today));
      return fixed({ kind: 'since', date: addDays(thisMonday, weekday - 8) }, date.end + 2);
    }
    if (date && date.date <= today) return fixed({ kind: 'since', date: date.date }, date.end);
    if (month !== undefined) {
      const start = safeResolve({ kind: 'month', month }, clock);
      if (start) return fixed({ kind: 'since', date: start.start }, at + 1);
    }
    const inner = readPeriodAt(tokens, at, today, clock, options);
    if (inner) return fixed({ kind: 'since', date: inner.period.start }, inner.end);
  }
  // "1 nov se ab tak" → "1 nov till now": a date, then "till now", "so far", "onwards".
  const from = readDateAt(tokens, i, today, options);
  if (from && from.date <= today) {
    const a = word(tokens, from.end);
    const b = word(tokens, from.end + 1);
    const sinceAfter = (a === 'till' || a === 'until' || a === 'up' || a === 'so' || a === 'to') && (b === 'now' || b === 'far' || b === 'date' || b === 'today');
    if (sinceAfter) return fixed({ kind: 'since', date: from.date }, from.end + 2);
    if (a === 'onwards' || a === 'onward') return fixed({ kind: 'since', date: from.date }, from.end + 1);
  }
  const month = w === undefined ? undefined : MONTHS.get(w);
  if (month !== undefined) {
    const lead = word(tokens, i - 1);
    const yearToken = tokens[i + 1];
    const year = yearToken?.kind === 'num' && /^(19|20|21)\d\d$/.test(yearToken.value) ? Number(yearToken.value) : undefined;
    const ambiguous = w === 'may' || w === 'mar' || w === 'jun' || w === 'sep' || w === 'dec';
    if (!ambiguous || year !== undefined || (lead !== undefined && MONTH_LEADS.has(lead))) {
      return fixed(year === undefined ? { kind: 'month', month } : { kind: 'month', month, year }, year === undefined ? i + 1 : i + 2, true);
    }
  }
  const yearToken = tokens[i];
  if (yearToken?.kind === 'num' && /^20\d\d$/.test(yearToken.value) && Number(yearToken.value) <= Number(today.slice(0, 4)) && !['in', 'during'].includes(word(tokens, i - 1) ?? '')) {
    const year = Number(yearToken.value);
    return { end: i + 1, period: { start: `${year}-01-01`, end: `${year}-12-31` }, calendarMonth: false, bareYear: true };
  }
  if (w === 'in' || w === 'during') {
    const yearToken = tokens[i + 1];
    if (yearToken?.kind === 'num' && /^(19|20|21)\d\d$/.test(yearToken.value)) {
      const year = Number(yearToken.value);
      return { end: i + 2, period: { start: `${year}-01-01`, end: `${year}-12-31` }, calendarMonth: false };
    }
  }
  return undefined;
}

export function findPeriods(
  tokens: readonly Token[],
  today: IsoDate,
  clock: PeriodClock,
  options: DateOptions,
  taken: Uint8Array,
): PeriodMatch[] {
  const found: PeriodMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const read = readPeriodAt(tokens, i, today, clock, options);
    if (!read) continue;
    let lead = i - 1;
    while (word(tokens, lead) === 'in' || word(tokens, lead) === 'the' || word(tokens, lead) === 'of') lead--;
    // "dining last month se zyada": Hindi puts "than" after the period it compares against.
    const after = word(tokens, read.end);
    const thanAfter = after === 'than' || (['more', 'less', 'higher', 'lower'].includes(after ?? '') && word(tokens, read.end + 1) === 'than');
    const against = thanAfter || AGAINST_WORDS.has(word(tokens, lead) ?? '') || (word(tokens, lead) === 'to' && word(tokens, lead - 1) === 'compared');
    found.push({ start: i, end: read.end, period: read.period, calendarMonth: read.calendarMonth, comparedAgainst: against, ...(read.bareYear ? { bareYear: true } : {}) });
    i = read.end - 1;
  }
  return found;
}

/** The calendar month after `period`'s month, unless that is in the future. */
export function nextMonthOf(period: Period, today: IsoDate): Period | undefined {
  const start = addMonths(`${period.start.slice(0, 8)}01`, 1);
  if (start > today) return undefined;
  const endPeriod = addDays(addMonths(start, 1), -1);
  return { start, end: endPeriod };
}
