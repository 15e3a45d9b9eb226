/**
 * How a household writes, as the offline reader needs it: its decimal mark and order of day and
 * month (domain/number-style.ts, from the locale it set or its currency and zone), and which
 * languages besides English its messages mix in. Computed once per distinct context: this is
 * on the hot path.
 */
import { numberStyle } from '../../domain/number-style.ts';
import type { InterpretContext } from '../interpretation.ts';

/** Languages the offline reader knows words of, besides English. */
export type Language = 'hi' | 'tl' | 'de' | 'fr' | 'es' | 'nl';

export interface Habits {
  /** "2,40" is a decimal; a dot with three digits after it groups thousands ("1.250"). */
  readonly decimalComma: boolean;
  /** "11/3" is November 3rd (the US); elsewhere the 11th of March. */
  readonly monthFirst: boolean;
  /** The household's own language first, then others its partners plausibly mix in. */
  readonly languages: readonly Language[];
}

const ZONE_LANGUAGES: readonly (readonly [RegExp, Language])[] = [
  [/^Asia\/(Kolkata|Calcutta)$/, 'hi'],
  [/^Asia\/Manila$/, 'tl'],
  [/^Europe\/(Berlin|Vienna|Zurich|Busingen|Vaduz)$/, 'de'],
  [/^Europe\/(Paris|Luxembourg|Monaco)$/, 'fr'],
  [/^Europe\/Brussels$/, 'nl'],
  [/^Europe\/Amsterdam$/, 'nl'],
  [/^(Europe\/Madrid|Atlantic\/Canary|America\/(Mexico_City|Bogota|Lima|Santiago|Buenos_Aires|Argentina\/.*|Caracas|Montevideo|Guatemala|Havana))$/, 'es'],
];

const KNOWN: ReadonlySet<string> = new Set(['hi', 'tl', 'fil', 'de', 'fr', 'es', 'nl']);
/** Europeans mix the neighbours' words (a French and a Spanish partner in Amsterdam). */
const EUROPEAN: readonly Language[] = ['de', 'fr', 'es', 'nl'];

const cache = new Map<string, Habits>();

function localeLanguage(locale: string | undefined): { language?: Language; region?: string } {
  if (typeof locale !== 'string' || locale === '') return {};
  const [rawLanguage = '', region] = locale.split(/[-_]/);
  const language = rawLanguage.toLowerCase();
  if (!KNOWN.has(language)) return { region: region?.toUpperCase() };
  return { language: language === 'fil' ? 'tl' : (language as Language), region: region?.toUpperCase() };
}

function compute(locale: string | undefined, currency: string, timeZone: string): Habits {
  const fromLocale = localeLanguage(locale);
  const zoneLanguage = ZONE_LANGUAGES.find(([pattern]) => pattern.test(timeZone))?.[1];
  const primary = fromLocale.language ?? zoneLanguage;
  // Neighbours' words are mixed in Europe (a French and a Spanish partner in Amsterdam), not in Mexico City.
  const european = currency === 'EUR' || (timeZone.startsWith('Europe/') && currency !== 'GBP');
  const languages: Language[] = primary ? [primary] : [];
  if (european) for (const language of EUROPEAN) if (!languages.includes(language)) languages.push(language);
  // Hinglish and Taglish belong to households of India and the Philippines: their fillers
  // ("le", "se", "na", "sa") are words of other languages elsewhere.
  if (currency === 'INR' && !languages.includes('hi')) languages.push('hi');
  if (currency === 'PHP' && !languages.includes('tl')) languages.push('tl');

  const style = numberStyle({ locale, currency, timeZone });
  return { decimalComma: style.decimal === ',', monthFirst: !style.dayFirst, languages };
}

export function habitsOf(context: Pick<InterpretContext, 'locale' | 'currency' | 'timeZone'>): Habits {
  const locale = typeof context.locale === 'string' ? context.locale : undefined;
  const currency = typeof context.currency === 'string' ? context.currency.toUpperCase() : '';
  const timeZone = typeof context.timeZone === 'string' ? context.timeZone : '';
  const key = `${locale ?? ''}|${currency}|${timeZone}`;
  let habits = cache.get(key);
  if (!habits) {
    habits = compute(locale, currency, timeZone);
    if (cache.size > 1000) cache.clear();
    cache.set(key, habits);
  }
  return habits;
}
