/**
 * How a locale writes 1234.5 and the 14th of March, for people choosing one: "1.234,5 · 14.3.2026"
 * says more than "de-DE". Latin digits, as the messages Kitty reads are written.
 */
import { chosenLocale, writingLocales, type StyleSource } from './number-style.ts';

export interface WritingExample {
  /** 1234.5 as the locale writes it. */
  readonly number: string;
  /** The 14th of March 2026 as the locale writes it in short. */
  readonly date: string;
}

const EXAMPLE_DATE = new Date(Date.UTC(2026, 2, 14, 12));
const examples = new Map<string, WritingExample>();

/** The locale must be one normalizeLocale accepts (every stored and offered one is). */
export function writingExample(locale: string): WritingExample {
  let example = examples.get(locale);
  if (!example) {
    example = Object.freeze({
      number: new Intl.NumberFormat(locale, { numberingSystem: 'latn', maximumFractionDigits: 2 }).format(1234.5),
      date: new Intl.DateTimeFormat(locale, { numberingSystem: 'latn', calendar: 'gregory', timeZone: 'UTC', dateStyle: 'short' }).format(EXAMPLE_DATE),
    });
    // Only offered and stored locales come here: a few dozen at most.
    examples.set(locale, example);
  }
  return example;
}

/** 1234.5 and the date as the household writes them: its locale's, or the automatic guess's. */
export function householdExample(source: StyleSource): WritingExample {
  const { numbers, dates } = writingLocales(source);
  return { number: writingExample(numbers).number, date: writingExample(dates).date };
}

/** "1.234,5 and 14.03.26": what a chat says after "numbers and dates like". */
export function writtenLike(source: StyleSource): string {
  const { number, date } = householdExample(source);
  return `${number} and ${date}`;
}

/**
 * One line for the chat and the settings page: "1.234,5 and 14.03.26 (de-DE)", or with
 * "automatic, from the currency and time zone" when the household chose no locale.
 */
export function describeWriting(source: StyleSource): string {
  return `${writtenLike(source)} (${chosenLocale(source.locale) ?? 'automatic, from the currency and time zone'})`;
}
