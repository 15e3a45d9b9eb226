/**
 * Money is stored as integer minor units (paise, cents) plus an ISO 4217 code. Every conversion
 * between what a person typed and minor units is exact: strings and BigInt, never float maths,
 * because 0.1 + 0.2 style drift in a shared ledger becomes an argument between partners.
 */
import { numberToPlainDecimal } from './decimal.ts';
import { KittyError } from './errors.ts';

/** One billion major units: above this an amount is almost certainly a typo or a pasted number. */
export const MAX_AMOUNT_MAJOR = 1_000_000_000;

let knownCurrencies: ReadonlySet<string> | undefined;
const digitsCache = new Map<string, number>();
const formatterCache = new Map<string, Intl.NumberFormat>();

function currencySet(): ReadonlySet<string> {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies;
}

export function normalizeCurrency(code: string): string {
  const normalized = typeof code === 'string' ? code.trim().toUpperCase() : '';
  // Intl.NumberFormat happily formats made-up codes like "ABC", so the allow-list is the real check.
  if (!/^[A-Z]{3}$/.test(normalized) || !currencySet().has(normalized)) {
    const shown = typeof code === 'string' && code.trim() !== '' ? `"${code.trim()}"` : 'That';
    throw new KittyError(
      'invalid_currency',
      `${shown} is not a currency Kitty knows. Use a three-letter code such as INR, USD or EUR.`,
      'currency',
    );
  }
  return normalized;
}

export function minorDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  const code = normalizeCurrency(currency);
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
    .maximumFractionDigits;
  if (digits === undefined) throw new Error(`Intl reported no fraction digits for ${code}.`);
  digitsCache.set(currency, digits);
  return digits;
}

function amountError(message: string): KittyError {
  return new KittyError('invalid_amount', message, 'amount');
}

function exampleAmount(digits: number): string {
  return digits === 0 ? '1200' : `12.${'5'.padEnd(digits, '0')}`;
}

export function parseAmount(input: string | number, currency: string): number {
  const code = normalizeCurrency(currency);
  const digits = minorDigits(code);
  const example = exampleAmount(digits);

  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      throw amountError(`The amount must be an ordinary number, for example ${example}.`);
    }
    text = numberToPlainDecimal(input);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    throw amountError(`Enter an amount, for example ${example}.`);
  }

  if (text === '') throw amountError(`Enter an amount, for example ${example}.`);
  if (/^-\s*[\d.]/.test(text)) throw amountError('Amounts must be greater than zero.');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) {
    throw amountError(
      `"${text}" is not an amount Kitty can read. Use digits with an optional decimal point, for example ${example}.`,
    );
  }
  const [, whole = '', fraction = ''] = match;

  // Trailing zeros ("1200.00" yen) are exact, so only significant extra digits are refused.
  if (fraction.replace(/0+$/, '').length > digits) {
    throw amountError(
      digits === 0
        ? `${code} amounts must be whole numbers, with no digits after the decimal point.`
        : `${code} amounts can have at most ${digits} digit${digits === 1 ? '' : 's'} after the decimal point.`,
    );
  }

  const minor = BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0'));
  if (minor === 0n) throw amountError('Amounts must be greater than zero.');
  if (minor > BigInt(MAX_AMOUNT_MAJOR) * 10n ** BigInt(digits)) {
    throw amountError(
      `Amounts above ${MAX_AMOUNT_MAJOR.toLocaleString('en')} ${code} are not accepted. Check the number and try again.`,
    );
  }
  return Number(minor);
}

function assertMinor(minor: number): void {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Minor units must be a safe integer, got ${minor}.`);
}

export function toDecimalString(minor: number, currency: string): string {
  assertMinor(minor);
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const magnitude = String(Math.abs(minor));
  if (digits === 0) return sign + magnitude;
  const padded = magnitude.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const code = normalizeCurrency(currency);
  const key = `${locale}\u0000${code}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
    formatterCache.set(key, formatter);
  }
  // A decimal string is formatted exactly (Intl.NumberFormat v3); a number would round-trip via float.
  return formatter.format(toDecimalString(minor, code) as Intl.StringNumericLiteral);
}

export function sumMinor(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new Error(`Cannot sum minor units: ${value} is not a safe integer.`);
    total += value;
    // Checked on every step: once a partial sum passes 2^53 precision is already lost.
    if (!Number.isSafeInteger(total)) throw new Error('Sum of minor units is outside the safe integer range.');
  }
  return total;
}
