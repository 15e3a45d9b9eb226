import { and, asc, eq, lte } from 'drizzle-orm';
import { sumMinor } from '../domain/money.ts';
import type { IsoDate } from '../domain/dates.ts';
import { monthComparison, type MonthComparison } from '../domain/month-comparison.ts';
import { previousMonth, type Period } from '../domain/periods.ts';
import type { Database, Transaction } from '../db/database.ts';
import { categories, expenses } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { householdBalances, type Balances } from './balances.ts';
import { loadMembers, type Member } from './members.ts';
import {
  confirmedSpend,
  rankWithinCurrency,
  spendByCategory,
  spendByMember,
  spendTotals,
  totalMinor,
  type CategoryTotal,
  type CurrencyTotal,
  type MemberTotal,
} from './reports.ts';

/**
 * Everything the month dashboard shows, from the same report queries the chat answers use, so
 * the page and Kitty's replies never disagree. Independent reads run concurrently (each in its
 * own household transaction); the small ones share one.
 */
export type MonthDashboard = {
  period: Period;
  previous: Period;
  /** This month per currency, largest first. */
  totals: CurrencyTotal[];
  previousTotals: CurrencyTotal[];
  /**
   * The month against the one before, like for like: while the month runs, its days so far
   * against the same days of the month before (see monthComparison); otherwise whole months.
   */
  comparison: MonthComparison & { laterTotals: CurrencyTotal[]; earlierTotals: CurrencyTotal[] };
  byCategory: CategoryTotal[];
  byMember: MemberTotal[];
  days: DayTotal[];
  /** Up to LARGEST_PER_CURRENCY per currency, largest first within each. */
  largest: LargeExpense[];
  balances: Balances;
  members: Member[];
};

export type DayTotal = { spentOn: string; currency: string; totalMinor: number };

export type LargeExpense = {
  id: string;
  spentOn: string;
  description: string;
  amountMinor: number;
  currency: string;
  paidBy: string;
  categoryLabel: string;
};

export const LARGEST_PER_CURRENCY = 5;

/** `today` is the household's date, which decides whether the month is still running. */
export async function monthDashboard(
  db: Database,
  scope: HouseholdScope,
  period: Period,
  options: { today: IsoDate },
): Promise<MonthDashboard> {
  const previous = previousMonth(period);
  const compared = monthComparison(period, options.today);
  const [previousTotals, sameDays, byCategory, byMember, details, balances] = await Promise.all([
    spendTotals(db, scope, previous),
    // Two more sums only while the month runs; a finished month compares the totals below.
    compared.sameDays
      ? Promise.all([spendTotals(db, scope, compared.later), spendTotals(db, scope, compared.earlier)])
      : undefined,
    spendByCategory(db, scope, period),
    spendByMember(db, scope, period),
    inHousehold(db, scope, async (tx) => {
      const conditions = confirmedSpend(scope, { period });
      const days = await tx
        .select({ spentOn: expenses.spentOn, currency: expenses.currency, totalMinor })
        .from(expenses)
        .where(and(...conditions))
        .groupBy(expenses.spentOn, expenses.currency)
        .orderBy(asc(expenses.spentOn), asc(expenses.currency));
      const largest = await largestExpenses(tx, scope, period);
      const members = await loadMembers(tx, scope);
      return { days, largest, members };
    }),
    householdBalances(db, scope),
  ]);
  // Every expense has a category (a foreign key), so the category rows add up to the month.
  const totals = totalsOf(byCategory);
  return {
    period,
    previous,
    totals,
    previousTotals,
    comparison: {
      ...compared,
      laterTotals: sameDays ? sameDays[0] : totals,
      earlierTotals: sameDays ? sameDays[1] : previousTotals,
    },
    byCategory,
    byMember,
    ...details,
    balances,
  };
}

/** The largest few of each currency (see rankWithinCurrency). */
function largestExpenses(tx: Transaction, scope: HouseholdScope, period: Period): Promise<LargeExpense[]> {
  const ranked = tx
    .select({
      id: expenses.id,
      spentOn: expenses.spentOn,
      description: expenses.description,
      amountMinor: expenses.amountMinor,
      currency: expenses.currency,
      paidBy: expenses.paidBy,
      categoryLabel: categories.label,
      rank: rankWithinCurrency,
    })
    .from(expenses)
    .innerJoin(categories, and(eq(categories.householdId, expenses.householdId), eq(categories.id, expenses.categoryId)))
    .where(and(...confirmedSpend(scope, { period })))
    .as('ranked');
  return tx
    .select({
      id: ranked.id,
      spentOn: ranked.spentOn,
      description: ranked.description,
      amountMinor: ranked.amountMinor,
      currency: ranked.currency,
      paidBy: ranked.paidBy,
      categoryLabel: ranked.categoryLabel,
    })
    .from(ranked)
    .where(lte(ranked.rank, LARGEST_PER_CURRENCY))
    .orderBy(asc(ranked.currency), asc(ranked.rank));
}

function totalsOf(rows: readonly CurrencyTotal[]): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  for (const row of rows) {
    const total = totals.get(row.currency) ?? { currency: row.currency, totalMinor: 0, count: 0 };
    total.totalMinor = sumMinor([total.totalMinor, row.totalMinor]);
    total.count += row.count;
    totals.set(row.currency, total);
  }
  return [...totals.values()].sort((a, b) => b.totalMinor - a.totalMinor || (a.currency < b.currency ? -1 : 1));
}
