/**
 * Finds the amounts in a token stream: "450", "1,250", "1.2k", "2.5 lakh", "₹300", "rs 99",
 * "250/-", "$12.99", "12 usd", "USD 12", "fifty rupees". Numbers that are quantities ("2 kg"),
 * times ("8pm"), ordinals ("5th") or durations ("3 days") are not amounts.
 */
import { MAX_AMOUNT_MAJOR, minorDigits } from '../../domain/money.ts';
import { MAGNITUDES, readSpelledNumber, shiftDecimal } from './numbers.ts';
import type { Token } from './tokens.ts';

/** Words that name a currency, before or after the number. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['rs', 'INR'], ['inr', 'INR'], ['rupees', 'INR'], ['rupee', 'INR'], ['rupay', 'INR'], ['rupaye', 'INR'], ['rupaiye', 'INR'],
  ['usd', 'USD'], ['dollars', 'USD'], ['dollar', 'USD'], ['eur', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['gbp', 'GBP'], ['pounds', 'GBP'], ['quid', 'GBP'], ['jpy', 'JPY'], ['yen', 'JPY'], ['aud', 'AUD'], ['cad', 'CAD'],
  ['sgd', 'SGD'], ['aed', 'AED'], ['dirham', 'AED'], ['dirhams', 'AED'], ['chf', 'CHF'], ['cny', 'CNY'], ['yuan', 'CNY'],
  ['rmb', 'CNY'], ['hkd', 'HKD'], ['nzd', 'NZD'], ['thb', 'THB'], ['baht', 'THB'], ['myr', 'MYR'], ['ringgit', 'MYR'],
  ['idr', 'IDR'], ['lkr', 'LKR'], ['npr', 'NPR'], ['bdt', 'BDT'], ['pkr', 'PKR'], ['zar', 'ZAR'], ['krw', 'KRW'],
  ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'], ['mxn', 'MXN'], ['brl', 'BRL'], ['qar', 'QAR'], ['sar', 'SAR'],
]);

/** Say "this is money" without naming a currency: the household's currency applies. */
const MONEY_WORDS: ReadonlySet<string> = new Set(['bucks', 'buck', 'rupiya', 'rupya', 'ka']);

/** A dollar sign after these means another dollar ("us$", "c$"). */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['s', 'SGD'], ['sg', 'SGD'], ['hk', 'HKD'], ['nz', 'NZD'],
]);

/** What follows a number and makes it a count, a time or a duration rather than money. */
const NOT_MONEY_SUFFIXES: ReadonlySet<string> = new Set([
  'st', 'nd', 'rd', 'th', 'am', 'pm', 'kg', 'kgs', 'kilo', 'kilos', 'g', 'gm', 'gms', 'gram', 'grams', 'ml', 'litre', 'litres',
  'liter', 'liters', 'ltr', 'ltrs', 'dozen', 'pcs', 'pc', 'pieces', 'piece', 'packets', 'packet', 'pkts', 'pkt', 'nights',
  'night', 'hours', 'hour', 'hrs', 'hr', 'h', 'min', 'mins', 'minutes', 'km', 'kms', 'd', 'day', 'days', 'week', 'weeks',
  'w', 'wk', 'wks', 'month', 'months', 'year', 'years', 'yrs', 'times', 'people', 'persons', 'pax', 'plates', 'x', 'percent',
  'things', 'items', 'expenses', 'transactions', 'purchases', 'categories', 'entries', 'biggest', 'largest',
]);

export interface AmountMatch {
  /** First and one-past-last token of the amount, currency words included. */
  readonly start: number;
  readonly end: number;
  /** Exact decimal in major units: "1200", "212.5". */
  readonly decimal: string;
  /** ISO code when the text named one. */
  readonly currency?: string;
  /** A currency, "/-", a magnitude ("k", "lakh") or a decimal point made it unmistakably money. */
  readonly marked: boolean;
  /** Spelled out in words ("fifty"). */
  readonly spelled: boolean;
}

function currencyWord(token: Token | undefined): string | undefined {
  return token?.kind === 'word' ? CURRENCY_WORDS.get(token.value) : undefined;
}

interface NumberRead {
  decimal: string;
  end: number;
  magnified: boolean;
  spelled: boolean;
}

function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (token.kind === 'num') {
    const next = tokens[i + 1];
    if (next?.kind === 'word') {
      const power = MAGNITUDES.get(next.value);
      // Single letters ("2 l", "5 m") only count glued: spaced they are usually words.
      if (power !== undefined && (next.glued || next.value.length > 1)) {
        return { decimal: shiftDecimal(token.value, power), end: i + 2, magnified: true, spelled: false };
      }
      if (next.value === 'hundred') return { decimal: shiftDecimal(token.value, 2), end: i + 2, magnified: true, spelled: false };
    }
    return { decimal: token.value, end: i + 1, magnified: false, spelled: false };
  }
  if (token.kind === 'word') {
    const spelled = readSpelledNumber(tokens, i);
    if (spelled) return { decimal: spelled.value, end: spelled.end, magnified: spelled.large, spelled: true };
  }
  return undefined;
}

export function isNotMoneySuffix(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'other' && token.text === '%') return true;
  return token.kind === 'word' && NOT_MONEY_SUFFIXES.has(token.value);
}

/**
 * Every amount in tokens not already claimed (`taken` marks tokens that dates, splits and
 * question limits used). Spelled numbers count only when marked or clearly not a small count.
 */
export function findAmounts(tokens: readonly Token[], taken: Uint8Array): AmountMatch[] {
  const found: AmountMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token || taken[i]) {
      i++;
      continue;
    }
    let start = i;
    let currency: string | undefined;
    let numberAt = i;
    if (token.kind === 'cur') {
      currency = token.value;
      const before = tokens[i - 1];
      if (token.value === 'USD' && before?.kind === 'word' && token.glued && DOLLAR_PREFIXES.has(before.value) && !taken[i - 1]) {
        currency = DOLLAR_PREFIXES.get(before.value);
        start = i - 1;
      }
      numberAt = i + 1;
    } else if (currencyWord(token) && tokens[i + 1]?.kind === 'num') {
      currency = currencyWord(token);
      numberAt = i + 1;
    }
    if (taken[numberAt]) {
      i++;
      continue;
    }
    const read = readNumber(tokens, numberAt);
    if (!read) {
      i++;
      continue;
    }
    let end = read.end;
    let marked = currency !== undefined || read.magnified || read.decimal.includes('.');
    const after = tokens[end];
    if (currency === undefined && after && !taken[end]) {
      if (after.kind === 'cur') {
        currency = after.value;
        end++;
        marked = true;
      } else if (after.kind === 'rupee_tail') {
        currency = 'INR';
        end++;
        marked = true;
      } else if (currencyWord(after)) {
        currency = currencyWord(after);
        end++;
        marked = true;
      } else if (after.kind === 'word' && MONEY_WORDS.has(after.value) && after.value !== 'ka') {
        end++;
        marked = true;
      }
    } else if (after?.kind === 'rupee_tail' && !taken[end]) {
      end++;
    }
    const source = tokens[numberAt];
    const timesPrefix = source?.glued === true && tokens[numberAt - 1]?.kind === 'word' && tokens[numberAt - 1]?.value === 'x';
    const countLike = source?.kind === 'num' && !read.magnified && ((!taken[read.end] && isNotMoneySuffix(tokens[read.end])) || timesPrefix);
    const smallSpelled = read.spelled && !marked && !read.magnified && Number(read.decimal) < 20;
    if (countLike || smallSpelled || (currency === undefined && read.spelled && tokens[numberAt]?.value === 'a')) {
      i = read.end;
      continue;
    }
    found.push({ start, end, decimal: read.decimal, ...(currency ? { currency } : {}), marked, spelled: read.spelled });
    i = end;
  }
  return found;
}

export type MinorResult = { ok: true; minor: number } | { ok: false };

/** Minor units of `decimal`, rounding extra fraction digits half up; not ok for 0 or too big. */
export function toMinorUnits(decimal: string, currency: string): MinorResult {
  const digits = minorDigits(currency);
  const [whole = '0', fraction = ''] = decimal.split('.');
  if (whole.length > 15) return { ok: false };
  let minor = BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0'));
  if ((fraction[digits] ?? '0') >= '5') minor += 1n;
  if (minor <= 0n || minor > BigInt(MAX_AMOUNT_MAJOR) * 10n ** BigInt(digits)) return { ok: false };
  return { ok: true, minor: Number(minor) };
}

/** A currency the runtime knows, or undefined, so a stray code never throws later. */
export function knownCurrency(code: string | undefined): string | undefined {
  if (!code) return undefined;
  try {
    minorDigits(code);
    return code;
  } catch {
    return undefined;
  }
}
