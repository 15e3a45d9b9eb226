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
  ['idr', 'IDR'], ['lkr', 'LKR'], ['npr', 'NPR'], ['bdt', 'BDT'], ['pkr', 'PKR'], ['zar', 'ZAR'],
  ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'], ['mxn', 'MXN'], ['brl', 'BRL'], ['qar', 'QAR'], ['sar', 'SAR'],
  ['pln', 'PLN'], ['zł', 'PLN'], ['zl', 'PLN'], ['zloty', 'PLN'], ['czk', 'CZK'], ['kč', 'CZK'], ['kc', 'CZK'], ['huf', 'HUF'],
  ['ron', 'RON'], ['lei', 'RON'], ['try', 'TRY'], ['lira', 'TRY'], ['php', 'PHP'], ['krw', 'KRW'], ['reais', 'BRL'],
  ['sfr', 'CHF'], ['franken', 'CHF'], ['francs', 'CHF'], ['kr', 'SEK'], ['kronor', 'SEK'], ['kroner', 'NOK'], ['krona', 'SEK'],
  ['peso', 'PHP'], ['pesos', 'PHP'], ['piso', 'PHP'], ['twd', 'TWD'], ['vnd', 'VND'], ['dong', 'VND'], ['rp', 'IDR'], ['rm', 'MYR'],
  ['ils', 'ILS'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['egp', 'EGP'], ['kes', 'KES'], ['ngn', 'NGN'], ['naira', 'NGN'],
  ['eu', 'EUR'],
]);

/** Currencies sharing a word or sign: "$" is the household's own dollar in Sydney, "kr" its own crown in Oslo. */
const FAMILIES: readonly (readonly string[])[] = [
  ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD'],
  ['SEK', 'NOK', 'DKK', 'ISK'],
  ['PHP', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'CUP'],
  ['JPY', 'CNY'],
  ['INR', 'PKR', 'LKR', 'NPR', 'MUR'],
  ['GBP', 'EGP'],
  ['CHF'],
];

/** Words and signs that name a family rather than one currency; what the text alone cannot settle. */
const FAMILY_WORDS: ReadonlySet<string> = new Set(['$', 'dollar', 'dollars', 'bucks', 'kr', 'kronor', 'kroner', 'krona', 'peso', 'pesos', '¥', '₨', 'rs', 'rupees', 'pounds', '£']);

/** The household's own member of a currency's family, when it has one. */
export function ownCurrency(code: string, household: string): string {
  const family = FAMILIES.find((members) => members.includes(code));
  return family?.includes(household) ? household : code;
}

/** Say "this is money" without naming a currency: the household's currency applies. */
const MONEY_WORDS: ReadonlySet<string> = new Set(['bucks', 'buck', 'rupiya', 'rupya', 'ka']);

/** A dollar sign after these means another dollar ("us$", "c$"). */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['r', 'BRL'], ['mx', 'MXN'], ['nt', 'TWD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['s', 'SGD'], ['sg', 'SGD'], ['hk', 'HKD'], ['nz', 'NZD'],
]);

/** What follows a number and makes it a count, a time or a duration rather than money. */
const NOT_MONEY_SUFFIXES: ReadonlySet<string> = new Set([
  'st', 'nd', 'rd', 'th', 'am', 'pm', 'kg', 'kgs', 'kilo', 'kilos', 'g', 'gm', 'gms', 'gram', 'grams', 'ml', 'litre', 'litres',
  'liter', 'liters', 'ltr', 'ltrs', 'dozen', 'pcs', 'pc', 'pieces', 'piece', 'packets', 'packet', 'pkts', 'pkt', 'nights',
  'night', 'hours', 'hour', 'hrs', 'hr', 'h', 'min', 'mins', 'minutes', 'km', 'kms', 'd', 'day', 'days', 'week', 'weeks',
  'w', 'wk', 'wks', 'month', 'months', 'year', 'years', 'yrs', 'times', 'people', 'persons', 'pax', 'plates', 'x', 'percent',
  'things', 'items', 'expenses', 'transactions', 'purchases', 'categories', 'entries', 'biggest', 'largest', 'baje', 'bje', 'uhr',
  "o'clock", 'oclock', 'std', 'stunden', 'stück', 'stk', 'kilos', 'oras',
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
  /** The number's separators could be read two ways, or its currency sign names several currencies. */
  readonly doubtful: boolean;
}

export interface AmountOptions {
  /** The household's currency: "$" is its own dollar, "P250" a peso only in a peso household. */
  readonly currency: string;
}

/** After these a small bare number is a time of day: "reach home by 9", "um 9", "at 7". */
const TIME_LEADS: ReadonlySet<string> = new Set(['by', 'at', 'till', 'until', 'before', 'after', 'um', 'gegen', 'vers', 'à', 'las', 'om', 'tak']);

/** Codes that are also names or words ("lunch with ron 20", "try 20"): money only after a number or in their own country. */
const WORDLIKE_CODES: ReadonlySet<string> = new Set(['ron', 'lei', 'try', 'dong', 'eu', 'lira', 'piso']);

function currencyWord(token: Token | undefined, household = '', before = false): string | undefined {
  if (token?.kind !== 'word') return undefined;
  const code = CURRENCY_WORDS.get(token.value);
  if (code === undefined) return undefined;
  if (before && WORDLIKE_CODES.has(token.value) && ownCurrency(code, household) !== household) return undefined;
  return code;
}

interface NumberRead {
  decimal: string;
  end: number;
  magnified: boolean;
  spelled: boolean;
}

/** British money slang: "a fiver", "a tenner". */
const SLANG_AMOUNTS: ReadonlyMap<string, string> = new Map([['fiver', '5'], ['tenner', '10']]);

function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const slang = token.kind === 'word' ? SLANG_AMOUNTS.get(token.value) : undefined;
  if (slang !== undefined) return { decimal: slang, end: i + 1, magnified: true, spelled: false };
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

export function isNotMoneySuffix(token: Token | undefined, next?: Token): boolean {
  if (!token) return false;
  // "3,20 am 14.03.": German "am" before a date means "on", not a time of day.
  if (token.kind === 'word' && token.value === 'am' && (next?.kind === 'pair' || next?.kind === 'dmy' || next?.kind === 'iso' || (next?.kind === 'num' && !next.glued && /^\d{1,2}$/.test(next.value) && token.glued === false))) return false;
  if (token.kind === 'other' && token.text === '%') return true;
  return token.kind === 'word' && NOT_MONEY_SUFFIXES.has(token.value);
}

/**
 * Every amount in tokens not already claimed (`taken` marks tokens that dates, splits and
 * question limits used). Spelled numbers count only when marked or clearly not a small count.
 */
export function findAmounts(tokens: readonly Token[], taken: Uint8Array, options?: AmountOptions): AmountMatch[] {
  const household = options?.currency ?? '';
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
    let family = false;
    let doubtfulWord = false;
    let numberAt = i;
    if (token.kind === 'cur') {
      currency = token.value;
      family = FAMILY_WORDS.has(token.text);
      const before = tokens[i - 1];
      if (token.value === 'USD' && before?.kind === 'word' && token.glued && DOLLAR_PREFIXES.has(before.value) && !taken[i - 1]) {
        currency = DOLLAR_PREFIXES.get(before.value);
        family = false;
        start = i - 1;
      }
      numberAt = i + 1;
    } else if (currencyWord(token, household, true) && tokens[i + 1]?.kind === 'num') {
      currency = currencyWord(token, household, true);
      family = FAMILY_WORDS.has(token.value);
      numberAt = i + 1;
    } else if (token.kind === 'word' && token.value === 'p' && household === 'PHP' && tokens[i + 1]?.kind === 'num' && tokens[i + 1]?.glued) {
      // "P250": how Filipinos write pesos.
      currency = 'PHP';
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
        family = FAMILY_WORDS.has(after.value);
        // "20 ron" in a euro household: a Romanian price is likelier than not, but not certain.
        if (WORDLIKE_CODES.has(after.value) && ownCurrency(currency ?? '', household) !== household) doubtfulWord = true;
        end++;
        marked = true;
        // "12 kr." and "18 fr.": the abbreviation's full stop belongs to it.
        if (tokens[end]?.kind === 'sep' && tokens[end]?.text === '.' && tokens[end]?.glued) end++;
      } else if (after.kind === 'word' && MONEY_WORDS.has(after.value) && after.value !== 'ka') {
        end++;
        marked = true;
      }
    } else if (after?.kind === 'rupee_tail' && !taken[end]) {
      end++;
    }
    const source = tokens[numberAt];
    let doubtful = source?.doubtful === true || doubtfulWord;
    if (currency !== undefined && family) {
      const own = ownCurrency(currency, household);
      // "$" in a euro household: US dollars is the likeliest reading, not a certain one.
      if (own === currency && currency !== household && household !== '') doubtful ||= currency !== 'USD' && currency !== 'GBP' && currency !== 'INR';
      currency = own;
    }
    const lead = tokens[start - 1];
    const timeOfDay =
      currency === undefined && source?.kind === 'num' && /^\d{1,2}$/.test(source.value) && Number(source.value) <= 24 && !read.magnified &&
      lead?.kind === 'word' && TIME_LEADS.has(lead.value) && !taken[start - 1];
    const timesPrefix = source?.glued === true && tokens[numberAt - 1]?.kind === 'word' && tokens[numberAt - 1]?.value === 'x';
    const countLike = source?.kind === 'num' && !read.magnified && ((!taken[read.end] && isNotMoneySuffix(tokens[read.end], tokens[read.end + 1])) || timesPrefix);
    const smallSpelled = read.spelled && !marked && !read.magnified && Number(read.decimal) < 20;
    if (countLike || smallSpelled || timeOfDay || (currency === undefined && read.spelled && tokens[numberAt]?.value === 'a')) {
      i = read.end;
      continue;
    }
    // "2 x 45 €", "2x 29,90": a count times a price is the amount paid.
    let decimal = read.decimal;
    const times = tokens[start - 1];
    const count = tokens[start - 2];
    if (times?.kind === 'word' && times.value === 'x' && count?.kind === 'num' && /^\d{1,2}$/.test(count.value) && Number(count.value) >= 2 && !taken[start - 2]) {
      // Most often a count and a unit price; "milk tea 2x 270" can also be the total for both.
      decimal = multiplyDecimal(decimal, Number(count.value));
      start -= 2;
      marked = true;
      doubtful = true;
    }
    // "99 cents", "50 centavos": the currency's hundredths.
    const unit = tokens[end];
    if (currency === undefined && unit?.kind === 'word' && HUNDREDTHS.has(unit.value) && /^\d{1,2}$/.test(decimal)) {
      decimal = `0.${decimal.padStart(2, '0')}`;
      end++;
      marked = true;
    }
    found.push({ start, end, decimal, ...(currency ? { currency } : {}), marked, spelled: read.spelled, doubtful });
    i = end;
  }
  return found;
}

/** Words for a hundredth of the household's currency. */
const HUNDREDTHS: ReadonlySet<string> = new Set(['cents', 'cent', 'ct', 'cts', 'centavos', 'centavo', 'sentimo', 'paise', 'pence']);

/** "29.90" × 2 → "59.8", exactly. */
export function multiplyDecimal(decimal: string, factor: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const product = (BigInt(whole + fraction) * BigInt(factor)).toString().padStart(fraction.length + 1, '0');
  if (fraction.length === 0) return product;
  const cut = product.length - fraction.length;
  return `${product.slice(0, cut)}.${product.slice(cut)}`.replace(/\.?0+$/, '') || '0';
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
