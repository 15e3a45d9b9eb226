/**
 * Sensible first guesses for a new household's currency and time zone, from what a chat platform
 * tells us about the person (Telegram: a language code; Slack: an IANA time zone and a locale).
 * A guess to put first, never a decision: people can change both in the settings.
 */
export const CURRENCIES = ['INR', 'USD', 'EUR', 'GBP', 'AUD', 'CAD', 'SGD', 'AED', 'JPY'] as const;

/** The usual time zones of each currency's people, most populous first. */
export const TIME_ZONES: Readonly<Record<string, readonly string[]>> = {
  INR: ['Asia/Kolkata'],
  USD: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  EUR: ['Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Dublin'],
  GBP: ['Europe/London'],
  AUD: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Perth'],
  CAD: ['America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Halifax'],
  SGD: ['Asia/Singapore'],
  AED: ['Asia/Dubai'],
  JPY: ['Asia/Tokyo'],
};

/** Telegram gives a language code, not a country: a guess to put first, never a decision. */
const CURRENCY_BY_LANGUAGE: Readonly<Record<string, string>> = {
  hi: 'INR', bn: 'INR', ta: 'INR', te: 'INR', mr: 'INR', gu: 'INR', kn: 'INR', ml: 'INR', pa: 'INR',
  de: 'EUR', fr: 'EUR', es: 'EUR', it: 'EUR', nl: 'EUR', pt: 'EUR', fi: 'EUR', el: 'EUR', ga: 'EUR',
  ja: 'JPY', 'en-gb': 'GBP', 'en-in': 'INR', 'en-au': 'AUD', 'en-ca': 'CAD', en: 'USD',
};

export function suggestedCurrency(languageCode: string | undefined): string {
  const code = (languageCode ?? '').toLowerCase();
  return CURRENCY_BY_LANGUAGE[code] ?? CURRENCY_BY_LANGUAGE[code.split('-')[0] ?? ''] ?? 'USD';
}

/** The currency whose usual zones include this one, if any: Slack tells us a person's time zone. */
export function currencyForTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  return Object.entries(TIME_ZONES).find(([, zones]) => zones.includes(timeZone))?.[0];
}
