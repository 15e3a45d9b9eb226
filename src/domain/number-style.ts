/**
 * How a household writes numbers and dates: "2,40" is two euros forty in Berlin, "1,250" twelve
 * hundred and fifty in Delhi, "03/04" the 3rd of April in London and March 4th in New York. The
 * household's own locale decides when it set one; otherwise the locales its currency and time
 * zone imply (regional-locales.ts). The facts come from the runtime's Intl (CLDR), never a table of
 * separators of our own.
 *
 * Intl formatters are slow to build and this is read for every message an interpreter reads, so
 * every answer is cached: after the first message of a household it is one Map lookup.
 */
import { KittyError } from './errors.ts';
import { impliedLocales, type ImpliedLocales } from './regional-locales.ts';

export interface NumberStyle {
  /** What separates the fraction: "2,40" or "2.40". */
  readonly decimal: ',' | '.';
  /** What separates thousands: "1.234", "1,234", "1'234" (Switzerland), "1 234" (any space). */
  readonly group: '.' | ',' | "'" | ' ';
  /** Lakhs and crores: "12,34,567" rather than "1,234,567". */
  readonly indianGrouping: boolean;
  /** "03/04" is the 3rd of April (day first) rather than March 4th. */
  readonly dayFirst: boolean;
}

export interface StyleSource {
  /** The household's chosen BCP 47 locale; null or absent: automatic. */
  readonly locale?: string | null | undefined;
  readonly currency: string;
  readonly timeZone: string;
}

/** Whose habits apply: the household's locale for both, else what its currency and zone imply. */
export function writingLocales(source: StyleSource): ImpliedLocales {
  const chosen = chosenLocale(source.locale);
  return chosen ? { numbers: chosen, dates: chosen } : impliedLocales(source.currency, source.timeZone);
}

const bySource = new Map<string, NumberStyle>();
const byLocale = new Map<string, NumberStyle>();
/** Distinct (locale, currency, zone) triples are few in practice; the cap only bounds odd input. */
const CACHE_LIMIT = 2_000;

export function numberStyle(source: StyleSource): NumberStyle {
  const key = `${source.locale ?? ''}\u0000${source.currency}\u0000${source.timeZone}`;
  let style = bySource.get(key);
  if (!style) {
    const { numbers, dates } = writingLocales(source);
    style = localeStyle(numbers);
    if (dates !== numbers && localeStyle(dates).dayFirst !== style.dayFirst) {
      style = Object.freeze({ ...style, dayFirst: localeStyle(dates).dayFirst });
    }
    remember(bySource, key, style);
  }
  return style;
}

/** The style of one locale, read from Intl. The locale must be one `normalizeLocale` accepts. */
export function localeStyle(locale: string): NumberStyle {
  let style = byLocale.get(locale);
  if (!style) {
    style = Object.freeze(readStyle(locale));
    remember(byLocale, locale, style);
  }
  return style;
}

/**
 * A locale as people may type it ("en_in", "DE-de") in its canonical form ("en-IN", "de-DE"), or a
 * KittyError naming the field: a tag Intl cannot parse, or one whose language it has no data for.
 */
export function normalizeLocale(input: string): string {
  const typed = input.trim();
  const canonical = typed.length <= 64 ? canonicalLocale(typed.replace(/_/g, '-')) : undefined;
  if (!canonical) {
    const shown = typed ? `"${typed.length > 40 ? `${typed.slice(0, 40)}…` : typed}"` : 'That';
    throw new KittyError('invalid_locale', `${shown} is not a locale Kitty knows. Use a language and country like en-IN or de-DE.`, 'locale');
  }
  return canonical;
}

function canonicalLocale(tag: string): string | undefined {
  if (!tag) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    // A well-formed tag of a language the runtime has no data for ("xx", "qaa") would silently
    // read as the runtime's default locale: refuse it instead.
    return canonical && Intl.NumberFormat.supportedLocalesOf(canonical).length > 0 ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** A stored locale, if it is still one this runtime knows; otherwise the automatic guess applies. */
export function chosenLocale(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return normalizeLocale(locale);
  } catch {
    return undefined;
  }
}

// Latin digits and the Gregorian calendar whatever the locale: what matters is the separators and
// the order, and a message's "12/03" is written in Latin digits even where the locale's are not.
const DIGITS = { numberingSystem: 'latn' } as const;
const SAMPLE_NUMBER = 1234567.5;
// The 14th of March: a day that cannot be a month, so the order is plain.
const SAMPLE_DATE = new Date(Date.UTC(2026, 2, 14, 12));

function readStyle(locale: string): NumberStyle {
  const parts = new Intl.NumberFormat(locale, DIGITS).formatToParts(SAMPLE_NUMBER);
  const decimalPart = parts.find((part) => part.type === 'decimal')?.value;
  // Arabic's "٫" is a decimal comma in Latin digits too.
  const decimal = decimalPart === ',' || decimalPart === '٫' ? ',' : '.';
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  const order = new Intl.DateTimeFormat(locale, { ...DIGITS, calendar: 'gregory', timeZone: 'UTC', month: 'numeric', day: 'numeric' })
    .formatToParts(SAMPLE_DATE)
    .map((part) => part.type);
  return {
    decimal,
    group: groupOf(parts.find((part) => part.type === 'group')?.value, decimal),
    // "12,34,567": a two-digit group between the first and the last three.
    indianGrouping: integers.length >= 3 && integers.at(-2) === 2,
    dayFirst: order.indexOf('day') < order.indexOf('month'),
  };
}

function groupOf(value: string | undefined, decimal: NumberStyle['decimal']): NumberStyle['group'] {
  if (value === '.' || value === ',') return value;
  // de-CH writes "1’234" (U+2019) in recent CLDR and "1'234" in older; people type the apostrophe.
  if (value === "'" || value === '\u2019') return "'";
  // fr-FR's narrow no-break space, pl-PL's no-break space: people type a plain one.
  if (value !== undefined && /^\s$/u.test(value)) return ' ';
  return decimal === ',' ? '.' : ',';
}

function remember(cache: Map<string, NumberStyle>, key: string, style: NumberStyle): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, style);
}
