/**
 * Recurring expenses (rent, subscriptions, insurance). Every occurrence is computed from the
 * anchor rather than from the previous occurrence: chaining "add a month" would drift a 31st-of-
 * the-month rule to the 28th forever after February.
 */
import { addDays, addMonths, compareDates, type IsoDate } from './dates.ts';
import { dayNumber, toYmd } from './calendar.ts';
import { KittyError } from './errors.ts';

export type CadenceUnit = 'day' | 'week' | 'month' | 'year';

export interface Cadence {
  unit: CadenceUnit;
  every: number;
}

const UNITS: readonly CadenceUnit[] = ['day', 'week', 'month', 'year'];
const MAX_EVERY = 366;
const MAX_RESULTS = 1000;

function cadenceError(message: string): KittyError {
  return new KittyError('invalid_input', message, 'cadence');
}

export function parseCadence(value: unknown): Cadence {
  if (!value || typeof value !== 'object') {
    throw cadenceError('Say how often it repeats, for example every 1 month.');
  }
  const { unit, every } = value as { unit?: unknown; every?: unknown };
  if (typeof unit !== 'string' || !(UNITS as readonly string[]).includes(unit)) {
    throw cadenceError('A repeat must be counted in days, weeks, months or years.');
  }
  if (typeof every !== 'number' || !Number.isInteger(every) || every < 1 || every > MAX_EVERY) {
    throw cadenceError(`A repeat must be every 1 to ${MAX_EVERY} ${unit}s.`);
  }
  return { unit: unit as CadenceUnit, every };
}

/** Days between occurrences for day/week cadences, months for month/year ones. */
function stepOf(cadence: Cadence): { days: number } | { months: number } {
  const { unit, every } = parseCadence(cadence);
  switch (unit) {
    case 'day':
      return { days: every };
    case 'week':
      return { days: every * 7 };
    case 'month':
      return { months: every };
    case 'year':
      return { months: every * 12 };
  }
}

export function occurrence(anchor: IsoDate, cadence: Cadence, index: number): IsoDate {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`Occurrence index must be a non-negative integer, got ${index}.`);
  }
  const step = stepOf(cadence);
  return 'days' in step ? addDays(anchor, index * step.days) : addMonths(anchor, index * step.months);
}

/**
 * The index of the first occurrence on or after date. Day cadences divide exactly. For month
 * cadences the estimate lands in date's month or earlier (clamping can put it a few days before
 * date), and every earlier index is in an earlier month, so walking forward from it is enough.
 */
function firstIndexOnOrAfter(anchor: IsoDate, cadence: Cadence, date: IsoDate): number {
  if (compareDates(date, anchor) <= 0) return 0;
  const step = stepOf(cadence);
  const from = toYmd(date);
  const start = toYmd(anchor);
  if ('days' in step) return Math.ceil((dayNumber(from) - dayNumber(start)) / step.days);
  const monthsApart = (from.year - start.year) * 12 + (from.month - start.month);
  let index = Math.floor(monthsApart / step.months);
  while (compareDates(occurrence(anchor, cadence, index), date) < 0) index += 1;
  return index;
}

/** Occurrences in [from, to], never before the anchor, at most 1000 of them. */
export function occurrencesBetween(anchor: IsoDate, cadence: Cadence, from: IsoDate, to: IsoDate): IsoDate[] {
  const result: IsoDate[] = [];
  if (compareDates(from, to) > 0) return result;
  for (let index = firstIndexOnOrAfter(anchor, cadence, from); result.length < MAX_RESULTS; index += 1) {
    const date = occurrence(anchor, cadence, index);
    if (compareDates(date, to) > 0) break;
    result.push(date);
  }
  return result;
}

export function nextOccurrenceOnOrAfter(anchor: IsoDate, cadence: Cadence, date: IsoDate): IsoDate {
  return occurrence(anchor, cadence, firstIndexOnOrAfter(anchor, cadence, date));
}
