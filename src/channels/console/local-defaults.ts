/**
 * Sensible household defaults for someone trying Kitty locally: the machine's time zone and the
 * currency most people there use. A guess, shown to the person, changeable in the settings.
 */
const CURRENCY_BY_ZONE: readonly [RegExp, string][] = [
  [/^Asia\/(Kolkata|Calcutta)$/, 'INR'],
  [/^Asia\/Tokyo$/, 'JPY'],
  [/^Asia\/Singapore$/, 'SGD'],
  [/^Asia\/Dubai$/, 'AED'],
  [/^Asia\/(Karachi)$/, 'PKR'],
  [/^Asia\/(Dhaka)$/, 'BDT'],
  [/^Asia\/(Kathmandu)$/, 'NPR'],
  [/^Asia\/(Colombo)$/, 'LKR'],
  [/^Europe\/(London|Belfast)$/, 'GBP'],
  [/^Europe\/(Zurich)$/, 'CHF'],
  [/^Europe\/(Stockholm)$/, 'SEK'],
  [/^Europe\/(Oslo)$/, 'NOK'],
  [/^Europe\/(Copenhagen)$/, 'DKK'],
  [/^Europe\/(Warsaw)$/, 'PLN'],
  [/^Europe\//, 'EUR'],
  [/^America\/(Toronto|Vancouver|Edmonton|Winnipeg|Halifax)$/, 'CAD'],
  [/^America\/(Mexico_City|Tijuana|Monterrey)$/, 'MXN'],
  [/^America\/(Sao_Paulo)$/, 'BRL'],
  [/^(America|US)\//, 'USD'],
  [/^Australia\//, 'AUD'],
  [/^Pacific\/Auckland$/, 'NZD'],
  [/^Africa\/Johannesburg$/, 'ZAR'],
  [/^Africa\/(Lagos)$/, 'NGN'],
  [/^Africa\/(Nairobi)$/, 'KES'],
];

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function currencyForTimeZone(timeZone: string): string {
  return CURRENCY_BY_ZONE.find(([pattern]) => pattern.test(timeZone))?.[1] ?? 'USD';
}
