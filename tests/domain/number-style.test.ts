import { describe, expect, it } from 'vitest';
import { assertTimeZone } from '../../src/domain/dates.ts';
import { describeWriting, householdExample, writingExample } from '../../src/domain/locale-examples.ts';
import { normalizeCurrency } from '../../src/domain/money.ts';
import { localeStyle, writingLocales, normalizeLocale, numberStyle, type NumberStyle } from '../../src/domain/number-style.ts';
import { FALLBACK_LOCALE, impliedLocales, KNOWN_CURRENCIES, KNOWN_ZONES } from '../../src/domain/regional-locales.ts';
import { expectKittyError } from './expect-kitty-error.ts';

const style = (decimal: NumberStyle['decimal'], group: NumberStyle['group'], dayFirst: boolean, indianGrouping = false): NumberStyle => ({
  decimal,
  group,
  indianGrouping,
  dayFirst,
});

describe('a locale the household chose', () => {
  it.each<[string, NumberStyle]>([
    ['en-IN', style('.', ',', true, true)],
    ['hi-IN', style('.', ',', true, true)],
    ['en-US', style('.', ',', false)],
    ['en-GB', style('.', ',', true)],
    ['de-DE', style(',', '.', true)],
    ['es-ES', style(',', '.', true)],
    ['it-IT', style(',', '.', true)],
    ['nl-NL', style(',', '.', true)],
    ['pt-BR', style(',', '.', true)],
    ['tr-TR', style(',', '.', true)],
    // Spaces of every kind (fr-FR's narrow no-break space, pl-PL's no-break space) read as one.
    ['fr-FR', style(',', ' ', true)],
    ['pl-PL', style(',', ' ', true)],
    ['cs-CZ', style(',', ' ', true)],
    // Swedes write the full date year first, but "14/3" day first.
    ['sv-SE', style(',', ' ', true)],
    // The Swiss apostrophe, whichever quote mark CLDR uses for it.
    ['de-CH', style('.', "'", true)],
    ['en-PH', style('.', ',', false)],
    ['fil-PH', style('.', ',', false)],
    ['ja-JP', style('.', ',', false)],
    ['ko-KR', style('.', ',', false)],
    ['hu-HU', style(',', ' ', false)],
  ])('%s', (locale, expected) => {
    expect(numberStyle({ locale, currency: 'USD', timeZone: 'UTC' })).toEqual(expected);
    expect(localeStyle(locale)).toEqual(expected);
  });

  it('wins over the currency and the time zone', () => {
    expect(numberStyle({ locale: 'en-US', currency: 'EUR', timeZone: 'Europe/Berlin' })).toEqual(style('.', ',', false));
    expect(numberStyle({ locale: 'de-DE', currency: 'USD', timeZone: 'America/New_York' })).toEqual(style(',', '.', true));
  });

  it('reads a locale with its own digits by its separators in Latin digits (Arabic, Bengali, Persian calendar)', () => {
    expect(localeStyle('ar-EG').decimal).toMatch(/^[.,]$/);
    expect(localeStyle('bn-BD')).toEqual(style('.', ',', true, true));
    expect(['.', ',', "'", ' ']).toContain(localeStyle('fa-IR').group);
  });

  it('falls back to the automatic guess when a stored locale is no longer usable, rather than failing a message', () => {
    expect(numberStyle({ locale: 'xx-not-real', currency: 'EUR', timeZone: 'Europe/Berlin' })).toEqual(localeStyle('de-DE'));
    expect(writingLocales({ locale: 'qaa', currency: 'INR', timeZone: 'Asia/Kolkata' })).toEqual({ numbers: 'en-IN', dates: 'en-IN' });
  });
});

describe('automatic, from the currency and the time zone', () => {
  const auto = (currency: string, timeZone: string) => numberStyle({ currency, timeZone });

  it.each(['EUR', 'PLN', 'CZK', 'SEK', 'NOK', 'DKK', 'BRL', 'TRY', 'IDR', 'VND', 'ARS', 'CLP', 'COP'])('%s writes a decimal comma, wherever the household is', (currency) => {
    expect(auto(currency, 'UTC').decimal).toBe(',');
    expect(auto(currency, 'America/New_York').decimal).toBe(',');
  });

  it('a European or South American zone that spends the currency writes its own way', () => {
    expect(auto('EUR', 'Europe/Berlin')).toEqual(style(',', '.', true));
    expect(auto('EUR', 'Europe/Paris')).toEqual(style(',', ' ', true));
    expect(auto('BRL', 'America/Sao_Paulo')).toEqual(style(',', '.', true));
    expect(auto('ARS', 'America/Argentina/Buenos_Aires')).toEqual(style(',', '.', true));
    // The Irish and the Maltese spend euros with a decimal point.
    expect(auto('EUR', 'Europe/Dublin')).toEqual(style('.', ',', true));
    expect(auto('EUR', 'Europe/Malta').decimal).toBe('.');
  });

  it('Swiss francs are written the Swiss way, "1\'234.50"', () => {
    expect(auto('CHF', 'Europe/Zurich')).toEqual(style('.', "'", true));
    expect(auto('chf', 'UTC')).toEqual(style('.', "'", true));
  });

  it('rupees in India group in lakhs and crores, dates day first', () => {
    expect(auto('INR', 'Asia/Kolkata')).toEqual(style('.', ',', true, true));
    expect(auto('INR', 'UTC')).toEqual(style('.', ',', true, true));
  });

  it('numbers follow the money, dates where the household lives', () => {
    // Dollars kept on Indian time: American separators, Indian dates.
    expect(auto('USD', 'Asia/Kolkata')).toEqual(style('.', ',', true));
    // Rupees kept in New York: lakhs, and the month first.
    expect(auto('INR', 'America/New_York')).toEqual(style('.', ',', false, true));
    // Euros kept in London: a decimal comma, the day first.
    expect(auto('EUR', 'Europe/London')).toEqual(style(',', '.', true));
    expect(auto('EUR', 'America/Chicago')).toEqual(style(',', '.', false));
  });

  it('dollars in the United States put the month first; dollar countries of Latin America the day', () => {
    for (const zone of ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Pacific/Honolulu']) {
      expect(auto('USD', zone)).toEqual(style('.', ',', false));
    }
    expect(auto('USD', 'America/El_Salvador').dayFirst).toBe(true);
    expect(auto('MXN', 'America/Mexico_City')).toEqual(style('.', ',', true));
  });

  it('pounds, euros, rupees, and Australian and Singapore dollars put the day first', () => {
    for (const [currency, zone] of [['GBP', 'Europe/London'], ['EUR', 'Europe/Madrid'], ['INR', 'Asia/Kolkata'], ['AUD', 'Australia/Sydney'], ['SGD', 'Asia/Singapore'], ['AED', 'Asia/Dubai']]) {
      expect(auto(currency!, zone!).dayFirst, `${currency} in ${zone}`).toBe(true);
    }
  });

  it('follows CLDR for the Philippines: month first, as en-PH and fil-PH write it', () => {
    expect(auto('PHP', 'Asia/Manila')).toEqual(localeStyle('en-PH'));
    expect(auto('PHP', 'Asia/Manila').dayFirst).toBe(false);
  });

  it('a currency it does not know follows the zone, and nothing known gives "1,234.5" day first', () => {
    expect(impliedLocales('XOF', 'Europe/Berlin')).toEqual({ numbers: 'de-DE', dates: 'de-DE' });
    expect(impliedLocales('XOF', 'Africa/Dakar')).toEqual({ numbers: FALLBACK_LOCALE, dates: FALLBACK_LOCALE });
    // A currency it knows in a zone it does not: the currency's habits for both.
    expect(impliedLocales('USD', 'Africa/Dakar')).toEqual({ numbers: 'en-US', dates: 'en-US' });
    expect(auto('XOF', 'Africa/Dakar')).toEqual(style('.', ',', true));
  });

  it('knows only real zones, currencies and locales', () => {
    for (const zone of KNOWN_ZONES) {
      expect(() => assertTimeZone(zone), zone).not.toThrow();
      const { numbers } = impliedLocales('XXX', zone);
      expect(normalizeLocale(numbers), zone).toBe(numbers);
    }
    for (const currency of KNOWN_CURRENCIES) {
      expect(normalizeCurrency(currency)).toBe(currency);
      const { numbers } = impliedLocales(currency, 'UTC');
      expect(normalizeLocale(numbers), currency).toBe(numbers);
    }
  });
});

describe('caching', () => {
  it('answers the same inputs with the same frozen object', () => {
    const first = numberStyle({ locale: 'de-DE', currency: 'EUR', timeZone: 'Europe/Berlin' });
    expect(numberStyle({ locale: 'de-DE', currency: 'EUR', timeZone: 'Europe/Berlin' })).toBe(first);
    expect(numberStyle({ locale: 'nl-NL', currency: 'EUR', timeZone: 'Europe/Berlin' })).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(numberStyle({ currency: 'INR', timeZone: 'Asia/Kolkata' })).toBe(numberStyle({ locale: null, currency: 'INR', timeZone: 'Asia/Kolkata' }));
  });
});

describe('normalizeLocale', () => {
  it.each([
    ['en-IN', 'en-IN'],
    ['EN-in', 'en-IN'],
    ['de_DE', 'de-DE'],
    [' pt-br ', 'pt-BR'],
    ['de', 'de'],
    ['zh-hant-tw', 'zh-Hant-TW'],
  ])('%j is %s', (typed, canonical) => {
    expect(normalizeLocale(typed)).toBe(canonical);
  });

  it.each(['', '   ', 'not a locale', 'xx', 'qaa-ZZ', 'de--DE', 'x-private', 'e'.repeat(80)])('refuses %j with a sentence naming the field', (typed) => {
    const error = expectKittyError(() => normalizeLocale(typed), 'invalid_locale', 'locale');
    expect(error.message).toContain('like en-IN or de-DE');
    expect(error.message.length).toBeLessThan(140);
  });
});

describe('examples', () => {
  it('shows 1234.5 and the 14th of March as the locale writes them', () => {
    expect(writingExample('de-DE').number).toBe('1.234,5');
    expect(writingExample('en-IN').number).toBe('1,234.5');
    expect(writingExample('en-US').date).toMatch(/^3\/14\//);
    expect(writingExample('en-GB').date).toMatch(/^14\/03\//);
    expect(writingExample('ar-EG').number).toMatch(/^1.?234.5$/u);
  });

  it('describes the household: its own locale named, or automatic', () => {
    const berlin = { currency: 'EUR', timeZone: 'Europe/Berlin' };
    expect(describeWriting(berlin)).toBe(`${writingExample('de-DE').number} and ${writingExample('de-DE').date} (automatic, from the currency and time zone)`);
    expect(describeWriting({ ...berlin, locale: 'en-IE' })).toBe(`${writingExample('en-IE').number} and ${writingExample('en-IE').date} (en-IE)`);
    // Automatic can mix: euros' numbers, London's dates.
    expect(householdExample({ currency: 'EUR', timeZone: 'Europe/London' })).toEqual({ number: writingExample('de-DE').number, date: writingExample('en-GB').date });
  });
});
