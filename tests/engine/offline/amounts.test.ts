import { describe, expect, it } from 'vitest';
import { household, only, read } from './support.ts';

describe('amount spellings', () => {
  it.each([
    ['auto fare 85', 8500, 'INR'],
    ['sofa cover 2,499', 249900, 'INR'],
    ['car service 1,05,000', 10500000, 'INR'],
    ['laptop 1.35k', 135000, 'INR'],
    ['tiles 18k', 1800000, 'INR'],
    ['wedding hall 3.5 lakh', 35000000, 'INR'],
    ['car down payment 2L', 20000000, 'INR'],
    ['plot 1.1 cr', 1100000000, 'INR'],
    ['haircut ₹350', 35000, 'INR'],
    ['shoes Rs.2200', 220000, 'INR'],
    ['chai rs 25', 2500, 'INR'],
    ['shoes Rs2200', 220000, 'INR'],
    ['pizza 480/-', 48000, 'INR'],
    ['inr 640 for bowling', 64000, 'INR'],
    ['bus 90 rupees', 9000, 'INR'],
    ['taxi 20 bucks', 2000, 'INR'],
    ['$7.25 latte', 725, 'USD'],
    ['dinner USD 64', 6400, 'USD'],
    ['30 usd for the museum', 3000, 'USD'],
    ['€12 pastries', 1200, 'EUR'],
    ['£18.40 cab', 1840, 'GBP'],
    ['¥980 ramen', 980, 'JPY'],
    ['ramen 1,200 yen', 1200, 'JPY'],
    ['parking forty rupees', 4000, 'INR'],
    ['three hundred for the plumber', 30000, 'INR'],
    ['tips two hundred and fifty rupees', 25000, 'INR'],
  ])('%s', (text, minor, currency) => {
    const draft = only(text);
    expect(draft.amountMinor).toBe(minor);
    expect(draft.currency).toBe(currency);
  });

  it('gives yen no minor digits', () => {
    expect(only('¥1500 sushi').amountMinor).toBe(1500);
  });

  it('uses the household currency when the text names none', () => {
    expect(only('lunch 15', { ...household, currency: 'EUR' }).currency).toBe('EUR');
  });

  it('does not read counts, times and units as money', () => {
    expect(only('onions 2kg 90').amountMinor).toBe(9000);
    expect(only('cab at 9pm 420').amountMinor).toBe(42000);
    expect(only('movie 3 tickets 900').amountMinor).toBe(90000);
    expect(only('coffee x3 540').amountMinor).toBe(54000);
  });

  it.each(['tea 0', 'snacks 0.00', 'flat 10000000000000', 'car 2 billion'])('refuses %s as invalid_amount', (text) => {
    expect(read(text)).toEqual({ kind: 'other', topic: 'invalid_amount', confident: true });
  });
});
