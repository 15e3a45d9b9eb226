import { describe, expect, it } from 'vitest';
import {
  MAX_AMOUNT_MAJOR,
  formatMoney,
  minorDigits,
  normalizeCurrency,
  parseAmount,
  sumMinor,
  toDecimalString,
} from '../../src/domain/money.ts';
import { expectKittyError } from './expect-kitty-error.ts';

describe('normalizeCurrency', () => {
  it('trims and uppercases known ISO codes', () => {
    expect(normalizeCurrency(' inr ')).toBe('INR');
    expect(normalizeCurrency('usd')).toBe('USD');
    expect(normalizeCurrency('JPY')).toBe('JPY');
  });

  it.each(['', '   ', 'ABC', 'XXX', 'US', 'USDD', 'U$D', 'rupees', '₹', 'BTC'])('rejects %j', (code) => {
    expectKittyError(() => normalizeCurrency(code), 'invalid_currency', 'currency');
  });

  it('tells the person what a valid code looks like', () => {
    const error = expectKittyError(() => normalizeCurrency('abc'), 'invalid_currency');
    expect(error.message).toContain('"abc"');
    expect(error.message).toContain('INR');
  });
});

describe('minorDigits', () => {
  it.each([
    ['INR', 2],
    ['USD', 2],
    ['EUR', 2],
    ['GBP', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['PKR', 0],
  ])('%s has %i digits', (code, digits) => {
    expect(minorDigits(code)).toBe(digits);
  });

  it('agrees with parseAmount and toDecimalString for every currency the runtime knows', () => {
    const counts = new Set<number>();
    for (const code of Intl.supportedValuesOf('currency')) {
      const digits = minorDigits(code);
      counts.add(digits);
      const smallest = digits === 0 ? '1' : `0.${'1'.padStart(digits, '0')}`;
      expect(parseAmount(smallest, code)).toBe(1);
      expect(toDecimalString(1, code)).toBe(smallest);
      expect(parseAmount('1', code)).toBe(10 ** digits);
      expectKittyError(() => parseAmount(`1.${'1'.repeat(digits + 1)}`, code), 'invalid_amount', 'amount');
    }
    expect([...counts].sort()).toEqual([0, 2, 3]);
  });

  it('accepts lowercase and rejects unknown codes', () => {
    expect(minorDigits('kwd')).toBe(3);
    expectKittyError(() => minorDigits('ABC'), 'invalid_currency', 'currency');
  });
});

describe('parseAmount', () => {
  it.each([
    ['450', 'INR', 45000],
    ['450.5', 'INR', 45050],
    ['450.50', 'INR', 45050],
    ['0.01', 'INR', 1],
    ['  12.34\n', 'USD', 1234],
    ['007', 'USD', 700],
    ['1200', 'JPY', 1200],
    ['1.234', 'KWD', 1234],
    ['1.2', 'KWD', 1200],
  ])('%j %s -> %i', (input, currency, minor) => {
    expect(parseAmount(input, currency)).toBe(minor);
  });

  it('never rounds: values that are inexact as floats come out exact', () => {
    // 1.005 * 100 = 100.49999999999999 and 4.35 * 100 = 434.99999999999994 in floating point.
    expect(parseAmount('1.005', 'KWD')).toBe(1005);
    expect(parseAmount(1.005, 'KWD')).toBe(1005);
    expect(parseAmount('4.35', 'USD')).toBe(435);
    expect(parseAmount(4.35, 'USD')).toBe(435);
    expect(parseAmount(0.29, 'USD')).toBe(29);
    expect(parseAmount(1.15, 'USD')).toBe(115);
    // Float noise is refused rather than silently rounded away.
    expectKittyError(() => parseAmount(0.1 + 0.2, 'USD'), 'invalid_amount', 'amount');
  });

  it('every cent from 0.01 to 99.99 parses exactly from both strings and numbers', () => {
    for (let cents = 1; cents < 10_000; cents += 1) {
      const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      expect(parseAmount(text, 'USD')).toBe(cents);
      expect(parseAmount(Number(text), 'USD')).toBe(cents);
    }
  });

  it('accepts numbers, including ones JavaScript prints in exponent form', () => {
    expect(parseAmount(450, 'INR')).toBe(45000);
    expect(parseAmount(12.5, 'INR')).toBe(1250);
    expect(parseAmount(1e9, 'INR')).toBe(100_000_000_000);
    expect(parseAmount(1e-7 * 1e5, 'KWD')).toBe(10); // 0.01
    expect(() => parseAmount(1e-7, 'KWD')).toThrow(/at most 3 digits/);
    expectKittyError(() => parseAmount(1e21, 'USD'), 'invalid_amount', 'amount');
  });

  it('tolerates trailing zeros beyond the currency precision because they are exact', () => {
    expect(parseAmount('1200.00', 'JPY')).toBe(1200);
    expect(parseAmount('12.500', 'USD')).toBe(1250);
  });

  it('refuses more significant fraction digits than the currency has, saying how many', () => {
    expect(expectKittyError(() => parseAmount('12.345', 'INR'), 'invalid_amount', 'amount').message).toContain(
      'at most 2 digits',
    );
    expect(expectKittyError(() => parseAmount('1.2345', 'KWD'), 'invalid_amount').message).toContain(
      'at most 3 digits',
    );
    expect(expectKittyError(() => parseAmount('1200.5', 'JPY'), 'invalid_amount').message).toContain('whole numbers');
    expectKittyError(() => parseAmount(0.001, 'USD'), 'invalid_amount', 'amount');
    expectKittyError(() => parseAmount(1.5, 'JPY'), 'invalid_amount', 'amount');
  });

  it.each([
    ['', /Enter an amount/],
    ['   ', /Enter an amount/],
    ['0', /greater than zero/],
    ['0.00', /greater than zero/],
    ['-5', /greater than zero/],
    ['-0.5', /greater than zero/],
    ['+5', /not an amount/],
    ['1,000', /not an amount/],
    ['1 000', /not an amount/],
    ['1.2k', /not an amount/],
    ['₹450', /not an amount/],
    ['450 rupees', /not an amount/],
    ['1.2.3', /not an amount/],
    ['.5', /not an amount/],
    ['5.', /not an amount/],
    ['1e3', /not an amount/],
    ['0x10', /not an amount/],
    ['NaN', /not an amount/],
    ['Infinity', /not an amount/],
    ['١٢٣', /not an amount/],
  ])('rejects string %j', (input, message) => {
    const error = expectKittyError(() => parseAmount(input, 'INR'), 'invalid_amount', 'amount');
    expect(error.message).toMatch(message);
  });

  it.each([0, -0, -1, -0.01, Number.NaN, Infinity, -Infinity])('rejects number %d', (input) => {
    expectKittyError(() => parseAmount(input, 'INR'), 'invalid_amount', 'amount');
  });

  it('accepts exactly the maximum and rejects anything above it', () => {
    expect(parseAmount(String(MAX_AMOUNT_MAJOR), 'INR')).toBe(MAX_AMOUNT_MAJOR * 100);
    expect(parseAmount(MAX_AMOUNT_MAJOR, 'JPY')).toBe(MAX_AMOUNT_MAJOR);
    expect(parseAmount('1000000000.000', 'KWD')).toBe(MAX_AMOUNT_MAJOR * 1000);
    for (const input of ['1000000000.01', '1000000001', '99999999999999999999999']) {
      expect(expectKittyError(() => parseAmount(input, 'INR'), 'invalid_amount', 'amount').message).toContain(
        '1,000,000,000',
      );
    }
    expectKittyError(() => parseAmount('1000000000.001', 'KWD'), 'invalid_amount', 'amount');
    expectKittyError(() => parseAmount(MAX_AMOUNT_MAJOR + 1, 'JPY'), 'invalid_amount', 'amount');
  });

  it('validates the currency before the amount', () => {
    expectKittyError(() => parseAmount('10', 'ABC'), 'invalid_currency', 'currency');
  });
});

describe('toDecimalString', () => {
  it.each([
    [45000, 'INR', '450.00'],
    [1, 'INR', '0.01'],
    [10, 'INR', '0.10'],
    [0, 'INR', '0.00'],
    [-1250, 'USD', '-12.50'],
    [-5, 'USD', '-0.05'],
    [1200, 'JPY', '1200'],
    [-1200, 'JPY', '-1200'],
    [1234, 'KWD', '1.234'],
    [5, 'KWD', '0.005'],
    [Number.MAX_SAFE_INTEGER, 'USD', '90071992547409.91'],
  ])('%i %s -> %s', (minor, currency, text) => {
    expect(toDecimalString(minor, currency)).toBe(text);
  });

  it('round-trips with parseAmount', () => {
    for (const [minor, currency] of [
      [1, 'INR'],
      [12_345_678, 'USD'],
      [999, 'JPY'],
      [1001, 'KWD'],
    ] as const) {
      expect(parseAmount(toDecimalString(minor, currency), currency)).toBe(minor);
    }
  });

  it('refuses non-integer minor units', () => {
    expect(() => toDecimalString(1.5, 'USD')).toThrow();
    expect(() => toDecimalString(Number.MAX_SAFE_INTEGER + 1, 'USD')).toThrow();
  });
});

describe('formatMoney', () => {
  it('formats with the currency symbol and its own digits', () => {
    expect(formatMoney(45000, 'INR')).toBe('₹450.00');
    expect(formatMoney(1250, 'USD')).toBe('$12.50');
    expect(formatMoney(-1250, 'USD')).toBe('-$12.50');
    expect(formatMoney(1200, 'JPY')).toBe('¥1,200');
    // ICU puts a no-break space between a code-style symbol and the number.
    expect(formatMoney(1234, 'kwd')).toBe('KWD\u00a01.234');
  });

  it('uses Indian digit grouping for en-IN', () => {
    expect(formatMoney(12_345_678, 'INR', 'en-IN')).toBe('₹1,23,456.78');
  });

  it('is exact for amounts that a float would round', () => {
    // 90071992547409.91 is not representable as a double (it would print ...409.90 or ...409.92).
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(100_000_000_000, 'INR', 'en-IN')).toBe('₹1,00,00,00,000.00');
  });
});

describe('sumMinor', () => {
  it('adds integers, including an empty list and negatives', () => {
    expect(sumMinor([])).toBe(0);
    expect(sumMinor([1, 2, 3])).toBe(6);
    expect(sumMinor([500, -200, -300])).toBe(0);
    expect(sumMinor(new Set([10, 20]))).toBe(30);
  });

  it('handles sums of many maximum-size amounts exactly', () => {
    const max = MAX_AMOUNT_MAJOR * 100;
    expect(sumMinor(Array.from({ length: 90_000 }, () => max))).toBe(9_000_000_000_000_000);
  });

  it('throws when a value is not a safe integer', () => {
    expect(() => sumMinor([1, 0.5])).toThrow(Error);
    expect(() => sumMinor([Number.NaN])).toThrow(Error);
    expect(() => sumMinor([2 ** 53])).toThrow(Error);
  });

  it('throws when the running total leaves the safe range', () => {
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(/safe integer range/);
    expect(() => sumMinor([-Number.MAX_SAFE_INTEGER, -1])).toThrow(/safe integer range/);
    expect(sumMinor([Number.MAX_SAFE_INTEGER, -1, 1])).toBe(Number.MAX_SAFE_INTEGER);
  });
});
