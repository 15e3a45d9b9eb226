/**
 * The "Numbers and dates" choice of the household form: automatic, or one of the locales people
 * most often need, each shown writing 1234.5 and the 14th of March so nobody has to know what
 * "de-CH" means. The service accepts any locale Intl knows; a stored one not in the list is offered too.
 */
import type { Household } from '../../../services/households.ts';
import { householdExample, writingExample } from '../../../domain/locale-examples.ts';
import type { Fragment } from '../layout.ts';
import { selectField, valueOf, type FormState } from './settings-view.ts';

export const COMMON_LOCALES: readonly string[] = [
  'en-IN', 'hi-IN', 'en-US', 'en-GB', 'en-IE', 'en-AU', 'en-CA', 'fr-CA', 'en-SG', 'en-PH', 'fil-PH',
  'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CH', 'es-ES', 'es-MX', 'nl-NL', 'it-IT', 'pt-PT', 'pt-BR',
  'pl-PL', 'cs-CZ', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'tr-TR', 'id-ID', 'vi-VN', 'ko-KR', 'ja-JP', 'zh-CN',
];

const names = new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' });

function label(locale: string): string {
  const { number, date } = writingExample(locale);
  return `${names.of(locale) ?? locale} (${locale}): ${number} · ${date}`;
}

/** Built on first use (not at import: a Worker's start-up is short) and kept: the list never changes. */
let commonOptions: readonly { value: string; label: string }[] | undefined;

export function localeField(household: Household, state: FormState | undefined): Fragment {
  const stored = household.locale ?? '';
  const automatic = householdExample({ currency: household.currency, timeZone: household.timeZone });
  const options = [
    { value: '', label: `Automatic (from currency and time zone): ${automatic.number} · ${automatic.date}` },
    ...(stored && !COMMON_LOCALES.includes(stored) ? [{ value: stored, label: label(stored) }] : []),
    ...(commonOptions ??= COMMON_LOCALES.map((locale) => ({ value: locale, label: label(locale) }))),
  ];
  return selectField({
    id: 'household-locale',
    name: 'locale',
    label: 'Numbers and dates',
    options,
    selected: valueOf(state, 'locale', stored),
    error: state?.errors.locale,
  });
}

