/** Axis arithmetic for the line chart: rounded money ticks and short date labels. */
import { minorDigits } from '../domain/money.ts';

/** Interval multipliers people read at a glance: 0, 250, 500, 750, 1,000. */
const STEP_MULTIPLIERS = [1, 2, 2.5, 5] as const;
const MAX_INTERVALS = 4;

/**
 * Ticks from zero to at least `maxMinor` in 3–4 rounded steps (fewer only when the values are tiny).
 * Steps are whole major units once the values reach one, so tick labels need no decimals.
 */
export function moneyTicks(maxMinor: number, currency: string): number[] {
  const unit = 10 ** minorDigits(currency);
  const smallest = maxMinor >= unit ? unit : 1;
  let step = smallest;
  search: for (let power = 10 ** Math.max(0, Math.floor(Math.log10(maxMinor / MAX_INTERVALS)) - 1); ; power *= 10) {
    for (const multiplier of STEP_MULTIPLIERS) {
      const candidate = multiplier * power;
      if (!Number.isInteger(candidate) || candidate < smallest) continue;
      if (Math.ceil(maxMinor / candidate) <= MAX_INTERVALS) {
        step = candidate;
        break search;
      }
    }
  }
  const ticks: number[] = [];
  const count = Math.max(1, Math.ceil(maxMinor / step));
  for (let index = 0; index <= count; index += 1) ticks.push(index * step);
  return ticks;
}

/**
 * A formatter for tick values: money without decimals when every tick is whole, and compact
 * ("₹25K", "$1.5M") once numbers get long enough to crowd the axis.
 */
export function tickFormatter(ticks: readonly number[], currency: string, locale: string): (minor: number) => string {
  const unit = 10 ** minorDigits(currency);
  const whole = ticks.every((tick) => tick % unit === 0);
  const largestMajor = (ticks.at(-1) ?? 0) / unit;
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(largestMajor >= 10_000 ? { notation: 'compact' as const, maximumFractionDigits: 1 } : whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}),
  });
  return (minor) => format.format(minor / unit);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function dateOf(label: string): { date: number; day: boolean } | undefined {
  const day = DAY.exec(label);
  if (day) return { date: Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])), day: true };
  const month = MONTH.exec(label);
  if (month) return { date: Date.UTC(Number(month[1]), Number(month[2]) - 1, 1), day: false };
  return undefined;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, day: boolean, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}\u0000${day}\u0000${withYear}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...(day ? { day: 'numeric' as const } : {}),
      month: 'short',
      ...(withYear ? { year: 'numeric' as const } : {}),
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A short name for an ISO day ("2026-03-05" → "Mar 5") or month ("2026-03" → "Mar"), with the year
 * when asked ("Mar 5, 2026", "Mar 2026"); any other label is kept as given.
 */
export function dateLabel(label: string, locale: string, withYear: boolean): string {
  const parsed = dateOf(label);
  return parsed ? dateFormat(locale, parsed.day, withYear).format(parsed.date) : label;
}

/** True for an ISO month label ("2026-03"), whose axis name needs the year once the months span two. */
export function isMonthLabel(label: string): boolean {
  return MONTH.test(label);
}

/** The year of a date label, or undefined for a label that is not an ISO day or month. */
export function labelYear(label: string): string | undefined {
  return dateOf(label) ? label.slice(0, 4) : undefined;
}

/** The peak's name: a month always with its year ("Dec 2025"), a day without ("Mar 18"). */
export function peakLabel(label: string, locale: string): string {
  return dateLabel(label, locale, MONTH.test(label));
}
