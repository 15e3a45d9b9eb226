/**
 * Date expressions in expense messages, resolved against "today" in the household's zone:
 * "yesterday", "last night", "3 days ago", "on monday", "last friday", "on the 5th", "march 10",
 * "14 feb", "2026-03-10", "10/03". An expense is never in the future, so a date without a year
 * or month is the most recent such date that is not after today.
 */
import { addDays, addMonths, daysInMonth, isoWeekday, type IsoDate } from '../../domain/dates.ts';
import { readSpelledNumber } from './numbers.ts';
import type { Token } from './tokens.ts';

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['febuary', 2], ['march', 3], ['mar', 3], ['april', 4],
  ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);

const PARTS_OF_DAY: ReadonlySet<string> = new Set(['night', 'morning', 'evening', 'afternoon', 'noon', 'nite']);
/** "5th", French "1er"/"2ème", Dutch "10e", Spanish "1º". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 'er', 'ère', 'ème', 'eme', 'e', 'º', 'ª', 'te', 'ten']);
/** Articles before a day: "the 5th", "de 10e", "le 3", "el 1". */
const DAY_ARTICLES: ReadonlySet<string> = new Set(['the', 'de', 'le', 'el', 'dem', 'den', 'der', 'ika']);
/** Between a day and its month: "the 5th of march", "1 de septiembre". */
const DAY_MONTH_GLUE: ReadonlySet<string> = new Set(['of', 'de', 'del']);
const AGO_WORDS: ReadonlySet<string> = new Set(['ago', 'back', 'before', 'earlier', 'pehle', 'geleden']);
/** "vor 3 tagen", "hace 2 días": the "ago" that comes first. */
const AGO_LEADS: ReadonlySet<string> = new Set(['vor', 'hace', 'ago']);
const NEXT_WORDS: ReadonlySet<string> = new Set(['next', 'coming', 'nächsten', 'nächste', 'prochain', 'próximo', 'volgende']);
const UNIT_DAYS: ReadonlyMap<string, number> = new Map([
  ['day', 1], ['days', 1], ['d', 1], ['week', 7], ['weeks', 7], ['wk', 7], ['wks', 7],
]);
const UNIT_MONTHS: ReadonlySet<string> = new Set(['month', 'months']);

export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly date: IsoDate;
  /** Written as a day the month does not have ("nov 31"): read as its last day, and only a guess. */
  readonly invalid?: boolean;
}

export interface DateOptions {
  /** "10/03" is day/month unless the household writes month/day (US). */
  readonly monthFirst: boolean;
}

function word(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  return token?.kind === 'word' ? token.value : undefined;
}

function ymd(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function mostRecentWeekday(today: IsoDate, weekday: number, strictlyBefore: boolean): IsoDate {
  let back = (isoWeekday(today) - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(today, -back);
}

/** "on the 5th": this month, or the latest earlier month that has that day. */
export function mostRecentDayOfMonth(today: IsoDate, day: number): IsoDate | undefined {
  if (!Number.isInteger(day) || day < 1 || day > 31) return undefined;
  let monthStart = `${today.slice(0, 8)}01`;
  for (let step = 0; step < 13; step++) {
    const year = Number(monthStart.slice(0, 4));
    const month = Number(monthStart.slice(5, 7));
    const candidate = ymd(year, month, day);
    if (candidate && candidate <= today) return candidate;
    monthStart = addMonths(monthStart, -1);
  }
  return undefined;
}

/** "march 10" without a year: this year's, or last year's when this year's is still ahead. */
export function mostRecentMonthDay(today: IsoDate, month: number, day: number, year?: number): IsoDate | undefined {
  if (year !== undefined) return ymd(year, month, day);
  const thisYear = Number(today.slice(0, 4));
  for (let y = thisYear; y >= thisYear - 8; y--) {
    const candidate = ymd(y, month, day);
    if (candidate && candidate <= today) return candidate;
  }
  return undefined;
}

/** A day number written "5", "5th" or "5 th"; returns the day and the index after it. */
function readDay(tokens: readonly Token[], i: number, needOrdinal: boolean): { day: number; end: number } | undefined {
  const token = tokens[i];
  if (token?.kind !== 'num' || !/^\d{1,2}$/.test(token.value)) return undefined;
  const day = Number(token.value);
  if (day < 1 || day > 31) return undefined;
  const next = tokens[i + 1];
  const suffix = word(tokens, i + 1);
  // Ordinal letters only count glued ("5th", "10e"); "5 th" is the one spelling allowed apart.
  const english = suffix !== undefined && /^(st|nd|rd|th)$/.test(suffix);
  // "10e", "1er": French and Dutch ordinals, but "café 5e" is five euros: an article or a month must say it is a day.
  const framed = DAY_ARTICLES.has(word(tokens, i - 1) ?? '') || MONTHS.has(word(tokens, i + 2) ?? '');
  if (suffix !== undefined && ORDINAL_SUFFIXES.has(suffix) && (english ? next?.glued || suffix.length === 2 : next?.glued && framed)) return { day, end: i + 2 };
  // German writes the ordinal with a dot: "am 1. September", and "am 1." alone.
  if (next?.kind === 'sep' && next.text === '.' && next.glued) {
    const after = tokens[i + 2];
    const lead = word(tokens, i - 1);
    const alone = (after === undefined || after.kind === 'sep') && lead !== undefined && ['am', 'on', 'vom', 'bis', 'seit', 'den', 'dem', 'ab'].includes(lead);
    if (alone || (after?.kind === 'word' && MONTHS.has(after.value))) return { day, end: i + 2 };
  }
  return needOrdinal ? undefined : { day, end: i + 1 };
}

function readYear(tokens: readonly Token[], i: number): { year: number; end: number } | undefined {
  let at = i;
  if (tokens[at]?.kind === 'sep' && tokens[at]?.text === ',') at++;
  const token = tokens[at];
  if (token?.kind === 'num' && /^(19|20|21)\d\d$/.test(token.value)) return { year: Number(token.value), end: at + 1 };
  return undefined;
}

function readMonth(tokens: readonly Token[], i: number): number | undefined {
  const value = word(tokens, i);
  return value === undefined ? undefined : MONTHS.get(value);
}

function readNumeric(token: Token, today: IsoDate, options: DateOptions): IsoDate | undefined {
  if (token.kind === 'iso') {
    const [y, m, d] = token.text.split('-').map(Number);
    return ymd(y ?? 0, m ?? 0, d ?? 0);
  }
  if (token.kind === 'dmy') {
    const parts = token.text.split(/[/.-]/).map(Number);
    const [a = 0, b = 0, rawYear = 0] = parts;
    const year = rawYear < 100 ? 2000 + rawYear : rawYear;
    // Dots are how day-first Europe writes dates ("14.3.2026"), whatever the household's order.
    const monthFirst = options.monthFirst && !token.text.includes('.');
    const [day, month] = monthFirst && a <= 12 ? [b, a] : b > 12 ? [b, a] : [a, b];
    return ymd(year, month, day);
  }
  if (token.kind === 'pair') {
    const [a = 0, b = 0] = token.value.split(/[/-]/).map(Number);
    const dotted = token.text.includes('.');
    // Pairs adding up to 100 are split ratios ("60/40"), never dates.
    if (a + b === 100 && !dotted) return undefined;
    const monthFirst = options.monthFirst && !dotted;
    const [day, month] = monthFirst && a <= 12 ? [b, a] : b > 12 && !dotted ? [b, a] : [a, b];
    if (month < 1 || month > 12) return undefined;
    return mostRecentMonthDay(today, month, day);
  }
  return undefined;
}

function isMagnitude(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^(k|l|lakh|lakhs|cr|thousand|hundred)$/.test(token.value);
}

/** Reads one date expression starting exactly at tokens[i]. */
export function readDateAt(
  tokens: readonly Token[],
  i: number,
  today: IsoDate,
  options: DateOptions,
): { end: number; date: IsoDate; invalid?: boolean } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (token.kind === 'iso' || token.kind === 'dmy' || token.kind === 'pair') {
    const date = readNumeric(token, today, options);
    return date ? { end: i + 1, date } : undefined;
  }
  // "yesterday's dinner", "saturday's brunch": the day, possessive.
  const bare = (value: string | undefined) => (value !== undefined && value.endsWith("'s") ? value.slice(0, -2) : value);
  const w = bare(word(tokens, i));
  const w1 = bare(word(tokens, i + 1));
  const w2 = word(tokens, i + 2);
  const afterPartOfDay = (end: number): number => (PARTS_OF_DAY.has(word(tokens, end) ?? '') ? end + 1 : end);

  if (w === 'today' || w === 'tonight' || w === 'tonite') return { end: afterPartOfDay(i + 1), date: today };
  if (w === 'this' && w1 !== undefined && PARTS_OF_DAY.has(w1)) return { end: i + 2, date: today };
  if (w === 'the' && w1 === 'day' && w2 === 'before' && word(tokens, i + 3) === 'yesterday') {
    return { end: i + 4, date: addDays(today, -2) };
  }
  if (w === 'day' && w1 === 'before' && w2 === 'yesterday') return { end: i + 3, date: addDays(today, -2) };
  if (w === 'yesterday') return { end: afterPartOfDay(i + 1), date: addDays(today, -1) };
  // Booked ahead: "concert 120 tomorrow", "movie tickets for tomorrow".
  if (w === 'day' && w1 === 'after' && w2 === 'tomorrow') return { end: i + 3, date: addDays(today, 2) };
  if (w === 'tomorrow') return { end: afterPartOfDay(i + 1), date: addDays(today, 1) };
  if (AGO_LEADS.has(w ?? '')) {
    const count = tokens[i + 1]?.kind === 'num' && /^\d{1,3}$/.test(tokens[i + 1]?.value ?? '') ? Number(tokens[i + 1]?.value) : undefined;
    const days = UNIT_DAYS.get(word(tokens, i + 2) ?? '');
    if (count !== undefined && days !== undefined) return { end: i + 3, date: addDays(today, -count * days) };
  }
  if ((w === 'last' || w === 'yesterday') && (w1 === 'night' || w1 === 'nite' || w1 === 'evening')) {
    return { end: i + 2, date: addDays(today, -1) };
  }

  // "3 days ago", "a week back", "two weeks ago", "a month ago".
  let count: number | undefined;
  let unitAt = i + 1;
  if (token.kind === 'num' && /^\d{1,3}$/.test(token.value)) count = Number(token.value);
  else if (w === 'a' || w === 'an') count = 1;
  else if (w !== undefined) {
    const spelled = readSpelledNumber(tokens, i);
    if (spelled) {
      count = Number(spelled.value);
      unitAt = spelled.end;
    }
  }
  if (count !== undefined) {
    const unit = word(tokens, unitAt);
    const ago = word(tokens, unitAt + 1);
    const dayBeforeYesterday = ago === 'before' && word(tokens, unitAt + 2) === 'yesterday';
    if (unit !== undefined && ago !== undefined && AGO_WORDS.has(ago) && !dayBeforeYesterday && count <= 400) {
      const days = UNIT_DAYS.get(unit);
      if (days !== undefined) return { end: unitAt + 2, date: addDays(today, -count * days) };
      if (UNIT_MONTHS.has(unit)) return { end: unitAt + 2, date: addMonths(today, -count) };
    }
  }

  // "monday", "last friday", "this sunday", "saturday night".
  const qualifier = w === 'last' || w === 'this' || w === 'past' ? w : undefined;
  const weekdayWord = qualifier ? w1 : w;
  const weekday = weekdayWord === undefined ? undefined : WEEKDAYS.get(weekdayWord);
  // "letzte Woche Mittwoch", "wednesday last week": that weekday of the week before.
  const lastWeekDay = w === 'last' && w1 === 'week' ? WEEKDAYS.get(w2 ?? '') : undefined;
  if (lastWeekDay !== undefined) return { end: afterPartOfDay(i + 3), date: addDays(today, 1 - isoWeekday(today) - 7 + lastWeekDay - 1) };
  if (w !== undefined && WEEKDAYS.has(w) && w.length > 3 && w1 === 'last' && w2 === 'week') {
    return { end: i + 3, date: addDays(today, 1 - isoWeekday(today) - 7 + (WEEKDAYS.get(w) ?? 1) - 1) };
  }
  if (NEXT_WORDS.has(w ?? '') && w1 !== undefined && WEEKDAYS.has(w1)) {
    const ahead = ((WEEKDAYS.get(w1) ?? 1) - isoWeekday(today) + 7) % 7 || 7;
    return { end: afterPartOfDay(i + 2), date: addDays(today, ahead) };
  }
  if (weekday !== undefined) {
    const short = weekdayWord !== undefined && weekdayWord.length <= 4 && weekdayWord !== 'tues';
    const previous = word(tokens, i - 1);
    const partOfDayAfter = PARTS_OF_DAY.has(word(tokens, qualifier ? i + 2 : i + 1) ?? '');
    if (!short || qualifier || partOfDayAfter || previous === 'on' || previous === 'since' || previous === 'from') {
      const end = afterPartOfDay(qualifier ? i + 2 : i + 1);
      return { end, date: mostRecentWeekday(today, weekday, qualifier === 'last') };
    }
  }

  // "the 5th", "5th", "the 5th of march", "10th march 2025", "14 feb".
  const startsWithThe = w !== undefined && DAY_ARTICLES.has(w) && tokens[i + 1]?.kind === 'num';
  const dayAt = startsWithThe ? i + 1 : i;
  const dayRead = readDay(tokens, dayAt, false);
  if (dayRead) {
    let at = dayRead.end;
    if (DAY_MONTH_GLUE.has(word(tokens, at) ?? '')) at++;
    const month = readMonth(tokens, at);
    if (month !== undefined) {
      const year = readYear(tokens, at + 1);
      const date = mostRecentMonthDay(today, month, dayRead.day, year?.year);
      if (date) return { end: year ? year.end : at + 1, date };
    }
    // "6th st", "5th avenue": an address, not a date.
    const street = /^(st|street|ave|avenue|rd|road|floor|fl|straße|strasse|str)$/.test(word(tokens, dayRead.end) ?? '');
    const hasOrdinal = dayRead.end > dayAt + 1 && !street;
    // "nung 5 nagpa-gas 1,800", "upa 18,000 nung 1": "on" and a bare day, beside another number that is the price.
    const onBareDay = !startsWithThe && word(tokens, i - 1) === 'on' && tokens[i + 1]?.kind !== 'cur' && !isMagnitude(tokens[i + 1]) &&
      tokens.some((t, k) => k !== i && t.kind === 'num' && !/^\d{1,2}$/.test(t.value) || (k !== i && t.kind === 'num' && Number(t.value) > 31));
    // French and Spanish say the day with an article alone: "le 30", "el 1".
    const articleDay = startsWithThe && (word(tokens, i - 1) === 'on' || w === 'le' || w === 'el');
    if (hasOrdinal || articleDay || onBareDay) {
      const date = mostRecentDayOfMonth(today, dayRead.day);
      if (date) return { end: dayRead.end, date };
    }
  }

  // "march 10", "feb 27th", "dec 24, 2025", "march the 2nd".
  const month = readMonth(tokens, i);
  if (month !== undefined) {
    let at = i + 1;
    if (word(tokens, at) === 'the') at++;
    const day = readDay(tokens, at, false);
    // "may" is also a verb: only "may 5" style reads as a date.
    const nextIsMagnitude = day && tokens[day.end]?.kind === 'word' && /^(k|l|lakh|lakhs|cr|thousand)$/.test(tokens[day.end]?.value ?? '');
    if (day && !nextIsMagnitude && !(tokens[at]?.glued === false && tokens[at + 1]?.kind === 'cur')) {
      const year = readYear(tokens, day.end);
      const date = mostRecentMonthDay(today, month, day.day, year?.year);
      if (date) return { end: year ? year.end : day.end, date };
      // "nov 31": a day the month does not have is still a date, not a second price.
      const lastDay = mostRecentMonthDay(today, month, Math.min(day.day, 28), year?.year);
      if (lastDay) {
        const clamped = `${lastDay.slice(0, 8)}${String(daysInMonth(Number(lastDay.slice(0, 4)), month)).padStart(2, '0')}`;
        return { end: year ? year.end : day.end, date: clamped, invalid: true };
      }
    }
  }
  return undefined;
}

const LEAD_WORDS: ReadonlySet<string> = new Set(['on', 'dated', 'from', 'am', 'op', 'le', 'el']);

/** Every date expression in tokens, longest first at each position; "on"/"dated" joins its date. */
export function findDates(tokens: readonly Token[], today: IsoDate, options: DateOptions, taken: Uint8Array): DateMatch[] {
  const found: DateMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const read = readDateAt(tokens, i, today, options);
    if (!read) continue;
    let clash = false;
    for (let j = i; j < read.end; j++) if (taken[j]) clash = true;
    if (clash) continue;
    const lead = word(tokens, i - 1);
    const start = lead !== undefined && LEAD_WORDS.has(lead) && !taken[i - 1] ? i - 1 : i;
    found.push({ start, end: read.end, date: read.date, ...(read.invalid ? { invalid: true } : {}) });
    i = read.end - 1;
  }
  return found;
}
