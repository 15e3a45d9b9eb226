/**
 * The locales a household most likely writes in when it has not chosen one. Numbers follow the
 * money: the habits of the country its time zone is in when that country spends the household's
 * currency (Europe/Dublin with EUR writes "2.40", Europe/Berlin with EUR "2,40"), otherwise those
 * of the currency's most populous country. Dates follow where the household lives: its zone's
 * country ("03/04" is April in London whatever the currency), else the currency's. A guess, which
 * the household's own locale overrides.
 */

/** Zone → [the locale of its country, the currency spent there]. Legacy zone names are listed too. */
const ZONES: Readonly<Record<string, readonly [locale: string, currency: string]>> = {
  // South Asia
  'Asia/Kolkata': ['en-IN', 'INR'],
  'Asia/Calcutta': ['en-IN', 'INR'],
  'Asia/Karachi': ['en-PK', 'PKR'],
  'Asia/Dhaka': ['bn-BD', 'BDT'],
  'Asia/Kathmandu': ['ne-NP', 'NPR'],
  'Asia/Katmandu': ['ne-NP', 'NPR'],
  'Asia/Colombo': ['si-LK', 'LKR'],
  // The United States
  'America/New_York': ['en-US', 'USD'],
  'America/Chicago': ['en-US', 'USD'],
  'America/Denver': ['en-US', 'USD'],
  'America/Phoenix': ['en-US', 'USD'],
  'America/Los_Angeles': ['en-US', 'USD'],
  'America/Anchorage': ['en-US', 'USD'],
  'America/Detroit': ['en-US', 'USD'],
  'America/Boise': ['en-US', 'USD'],
  'America/Indiana/Indianapolis': ['en-US', 'USD'],
  'America/Indianapolis': ['en-US', 'USD'],
  'America/Kentucky/Louisville': ['en-US', 'USD'],
  'America/Louisville': ['en-US', 'USD'],
  'Pacific/Honolulu': ['en-US', 'USD'],
  'America/Puerto_Rico': ['es-PR', 'USD'],
  // The rest of the Americas
  'America/Toronto': ['en-CA', 'CAD'],
  'America/Vancouver': ['en-CA', 'CAD'],
  'America/Edmonton': ['en-CA', 'CAD'],
  'America/Winnipeg': ['en-CA', 'CAD'],
  'America/Halifax': ['en-CA', 'CAD'],
  'America/Mexico_City': ['es-MX', 'MXN'],
  'America/Monterrey': ['es-MX', 'MXN'],
  'America/Tijuana': ['es-MX', 'MXN'],
  'America/Cancun': ['es-MX', 'MXN'],
  'America/Sao_Paulo': ['pt-BR', 'BRL'],
  'America/Manaus': ['pt-BR', 'BRL'],
  'America/Fortaleza': ['pt-BR', 'BRL'],
  'America/Recife': ['pt-BR', 'BRL'],
  'America/Bahia': ['pt-BR', 'BRL'],
  'America/Argentina/Buenos_Aires': ['es-AR', 'ARS'],
  'America/Buenos_Aires': ['es-AR', 'ARS'],
  'America/Santiago': ['es-CL', 'CLP'],
  'America/Bogota': ['es-CO', 'COP'],
  'America/Lima': ['es-PE', 'PEN'],
  'America/Guayaquil': ['es-EC', 'USD'],
  'America/El_Salvador': ['es-SV', 'USD'],
  'America/Panama': ['es-PA', 'USD'],
  // Europe
  'Europe/London': ['en-GB', 'GBP'],
  'Europe/Belfast': ['en-GB', 'GBP'],
  'Europe/Dublin': ['en-IE', 'EUR'],
  'Europe/Malta': ['en-MT', 'EUR'],
  'Europe/Berlin': ['de-DE', 'EUR'],
  'Europe/Vienna': ['de-AT', 'EUR'],
  'Europe/Paris': ['fr-FR', 'EUR'],
  'Europe/Monaco': ['fr-MC', 'EUR'],
  'Europe/Luxembourg': ['fr-LU', 'EUR'],
  'Europe/Brussels': ['nl-BE', 'EUR'],
  'Europe/Amsterdam': ['nl-NL', 'EUR'],
  'Europe/Madrid': ['es-ES', 'EUR'],
  'Atlantic/Canary': ['es-ES', 'EUR'],
  'Europe/Lisbon': ['pt-PT', 'EUR'],
  'Europe/Rome': ['it-IT', 'EUR'],
  'Europe/Athens': ['el-GR', 'EUR'],
  'Asia/Nicosia': ['el-CY', 'EUR'],
  'Europe/Helsinki': ['fi-FI', 'EUR'],
  'Europe/Tallinn': ['et-EE', 'EUR'],
  'Europe/Riga': ['lv-LV', 'EUR'],
  'Europe/Vilnius': ['lt-LT', 'EUR'],
  'Europe/Bratislava': ['sk-SK', 'EUR'],
  'Europe/Ljubljana': ['sl-SI', 'EUR'],
  'Europe/Zagreb': ['hr-HR', 'EUR'],
  'Europe/Zurich': ['de-CH', 'CHF'],
  'Europe/Warsaw': ['pl-PL', 'PLN'],
  'Europe/Prague': ['cs-CZ', 'CZK'],
  'Europe/Budapest': ['hu-HU', 'HUF'],
  'Europe/Bucharest': ['ro-RO', 'RON'],
  'Europe/Sofia': ['bg-BG', 'BGN'],
  'Europe/Stockholm': ['sv-SE', 'SEK'],
  'Europe/Oslo': ['nb-NO', 'NOK'],
  'Europe/Copenhagen': ['da-DK', 'DKK'],
  'Atlantic/Reykjavik': ['is-IS', 'ISK'],
  'Europe/Istanbul': ['tr-TR', 'TRY'],
  'Europe/Moscow': ['ru-RU', 'RUB'],
  'Europe/Kyiv': ['uk-UA', 'UAH'],
  'Europe/Kiev': ['uk-UA', 'UAH'],
  // East and South-East Asia, the Gulf
  'Asia/Tokyo': ['ja-JP', 'JPY'],
  'Asia/Seoul': ['ko-KR', 'KRW'],
  'Asia/Shanghai': ['zh-CN', 'CNY'],
  'Asia/Hong_Kong': ['en-HK', 'HKD'],
  'Asia/Taipei': ['zh-TW', 'TWD'],
  'Asia/Singapore': ['en-SG', 'SGD'],
  'Asia/Kuala_Lumpur': ['ms-MY', 'MYR'],
  'Asia/Bangkok': ['th-TH', 'THB'],
  'Asia/Jakarta': ['id-ID', 'IDR'],
  'Asia/Ho_Chi_Minh': ['vi-VN', 'VND'],
  'Asia/Saigon': ['vi-VN', 'VND'],
  'Asia/Manila': ['en-PH', 'PHP'],
  'Asia/Dubai': ['en-AE', 'AED'],
  'Asia/Riyadh': ['ar-SA', 'SAR'],
  'Asia/Jerusalem': ['he-IL', 'ILS'],
  // Oceania and Africa
  'Australia/Sydney': ['en-AU', 'AUD'],
  'Australia/Melbourne': ['en-AU', 'AUD'],
  'Australia/Brisbane': ['en-AU', 'AUD'],
  'Australia/Perth': ['en-AU', 'AUD'],
  'Australia/Adelaide': ['en-AU', 'AUD'],
  'Australia/Hobart': ['en-AU', 'AUD'],
  'Australia/Darwin': ['en-AU', 'AUD'],
  'Pacific/Auckland': ['en-NZ', 'NZD'],
  'Africa/Johannesburg': ['en-ZA', 'ZAR'],
  'Africa/Lagos': ['en-NG', 'NGN'],
  'Africa/Nairobi': ['en-KE', 'KES'],
  'Africa/Cairo': ['ar-EG', 'EGP'],
};

/** Currency → the locale of the country that spends most of it. */
const CURRENCIES: Readonly<Record<string, string>> = {
  INR: 'en-IN', PKR: 'en-PK', BDT: 'bn-BD', NPR: 'ne-NP', LKR: 'si-LK',
  USD: 'en-US', CAD: 'en-CA', MXN: 'es-MX', BRL: 'pt-BR', ARS: 'es-AR', CLP: 'es-CL', COP: 'es-CO', PEN: 'es-PE',
  EUR: 'de-DE', GBP: 'en-GB', CHF: 'de-CH', PLN: 'pl-PL', CZK: 'cs-CZ', HUF: 'hu-HU', RON: 'ro-RO', BGN: 'bg-BG',
  SEK: 'sv-SE', NOK: 'nb-NO', DKK: 'da-DK', ISK: 'is-IS', TRY: 'tr-TR', RUB: 'ru-RU', UAH: 'uk-UA',
  JPY: 'ja-JP', KRW: 'ko-KR', CNY: 'zh-CN', HKD: 'en-HK', TWD: 'zh-TW', SGD: 'en-SG', MYR: 'ms-MY', THB: 'th-TH',
  IDR: 'id-ID', VND: 'vi-VN', PHP: 'en-PH', AED: 'en-AE', SAR: 'ar-SA', ILS: 'he-IL',
  AUD: 'en-AU', NZD: 'en-NZ', ZAR: 'en-ZA', NGN: 'en-NG', KES: 'en-KE', EGP: 'ar-EG',
};

/** Neither the currency nor the zone is one we know: the commonest habits, "1,234.5" and day first. */
export const FALLBACK_LOCALE = 'en-001';

export interface ImpliedLocales {
  /** Whose separators and grouping: "1.234,5" or "1,234.5". */
  readonly numbers: string;
  /** Whose order of day and month. */
  readonly dates: string;
}

export function impliedLocales(currency: string, timeZone: string): ImpliedLocales {
  const code = currency.toUpperCase();
  const zone = ZONES[timeZone];
  if (zone && zone[1] === code) return { numbers: zone[0], dates: zone[0] };
  const byCurrency = CURRENCIES[code];
  return { numbers: byCurrency ?? zone?.[0] ?? FALLBACK_LOCALE, dates: zone?.[0] ?? byCurrency ?? FALLBACK_LOCALE };
}

/** For tests and for a consistency check: every zone and currency the guess knows. */
export const KNOWN_ZONES: readonly string[] = Object.keys(ZONES);
export const KNOWN_CURRENCIES: readonly string[] = Object.keys(CURRENCIES);
