/** The synthetic ledger: which dates, categories, payers, amounts and descriptions expenses get. */
import { addDays, addMonths, endOfMonth } from '../src/domain/dates.ts';
import defaultTaxonomy from '../src/domain/default-categories.json' with { type: 'json' };
import type { Period } from '../src/domain/periods.ts';
import type { ImportRow } from '../src/services/imports.ts';
import { pick, randomInt, type Random } from './prng.ts';

/** Fixed, not relative to today, so a run next year measures the same ledger. */
const LAST_MONTH_START = '2026-11-01';
const MONTHS = 24;

/** The 24 whole calendar months ending 2026-11-30, oldest first: the seeded window and the report periods. */
export const SEEDED_MONTHS: readonly Period[] = Array.from({ length: MONTHS }, (_, index) => {
  const start = addMonths(LAST_MONTH_START, index - (MONTHS - 1));
  return { start, end: endOfMonth(start) };
});

const firstDay = SEEDED_MONTHS[0]?.start ?? LAST_MONTH_START;
const lastDay = SEEDED_MONTHS.at(-1)?.end ?? LAST_MONTH_START;

/** Every day of the window, precomputed: a million rows should not mean a million date computations. */
const DAYS: readonly string[] = (() => {
  const days: string[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) days.push(day);
  return days;
})();

const CATEGORIES = defaultTaxonomy.categories.map((category) => ({
  slug: category.id,
  // Real-looking descriptions ("swiggy", "petrol") cost nothing and keep row widths realistic.
  examples: category.examples.length > 0 ? category.examples : [category.label],
}));

/** Amounts in paise: 10.00 to 5000.00 INR. */
const MIN_PAISE = 10_00;
const MAX_PAISE = 5000_00;

/** `count` import rows: dates uniform over the window, category and payer uniform, amounts as decimal strings. */
export function generateRows(random: Random, count: number, payers: readonly [string, string]): ImportRow[] {
  const rows: ImportRow[] = new Array<ImportRow>(count);
  for (let index = 0; index < count; index++) {
    const category = pick(random, CATEGORIES);
    const paise = randomInt(random, MIN_PAISE, MAX_PAISE);
    rows[index] = {
      amount: `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`,
      date: pick(random, DAYS),
      category: category.slug,
      description: pick(random, category.examples),
      paidBy: pick(random, payers),
    };
  }
  return rows;
}
