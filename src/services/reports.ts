import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { parseIsoDate } from '../domain/dates.ts';
import { KittyError } from '../domain/errors.ts';
import type { Period } from '../domain/periods.ts';
import type { Database, Transaction } from '../db/database.ts';
import { categories, expenses, members } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { requireMember } from './members.ts';

/**
 * Aggregates over confirmed expenses in a period (inclusive dates, household calendar). These
 * are the only numbers Kitty ever reports: analytics intents and the dashboard call them, and a
 * model never computes a figure itself. Totals are per currency, because adding rupees to
 * dollars is meaningless; most households have one row.
 */
export type CurrencyTotal = { currency: string; totalMinor: number; count: number };
export type CategoryTotal = CurrencyTotal & { categoryId: string; slug: string; label: string };
export type MemberTotal = CurrencyTotal & { memberId: string; displayName: string };

/** A sum of bigint is numeric in Postgres; cast back to bigint in SQL and checked on the way out. */
export const totalMinor = sql<number>`sum(${expenses.amountMinor})::bigint`.mapWith(toSafeInteger);

/**
 * Rank of an expense among the selection's expenses in its own currency, largest first, ties to
 * the later one (the order a ledger lists them in): ₹1,000 is not a larger expense than $500, so
 * "largest" means the top N of each currency. Select it, then keep `rank <= N` in an outer query.
 */
export const rankWithinCurrency = sql<number>`row_number() over (
  partition by ${expenses.currency}
  order by ${expenses.amountMinor} desc, ${expenses.spentOn} desc, ${expenses.seq} desc
)`.as('rank');

export interface SpendFilter {
  readonly period?: Period;
  readonly categoryId?: string;
  readonly paidBy?: string;
}

/**
 * Confirmed expenses of the scope's household: household first (the leading index column and
 * the tenant wall), then the status as a literal, not a bound parameter, so even a generic
 * (prepared) plan matches the partial covering index `expenses_confirmed_report_idx`. Shared by
 * these reports and the analytics intents, so "spending" means one thing everywhere.
 */
export function confirmedSpend(scope: HouseholdScope, filter: SpendFilter = {}): SQL[] {
  const conditions = [eq(expenses.householdId, scope.householdId), sql`${expenses.status} = 'confirmed'`];
  if (filter.period) conditions.push(gte(expenses.spentOn, filter.period.start), lte(expenses.spentOn, filter.period.end));
  if (filter.categoryId) conditions.push(eq(expenses.categoryId, filter.categoryId));
  if (filter.paidBy) conditions.push(eq(expenses.paidBy, filter.paidBy));
  return conditions;
}

export async function spendTotals(
  db: Database,
  scope: HouseholdScope,
  period: Period,
  options: { paidBy?: string } = {},
): Promise<CurrencyTotal[]> {
  return inHousehold(db, scope, async (tx) => totalsByCurrency(tx, await periodConditions(tx, scope, period, options.paidBy)));
}

/** Confirmed spend matching `conditions`, one row per currency, largest first; no rows when nothing matched. */
export function totalsByCurrency(tx: Transaction, conditions: SQL[]): Promise<CurrencyTotal[]> {
  return tx
    .select({ currency: expenses.currency, totalMinor, count: count() })
    .from(expenses)
    .where(and(...conditions))
    .groupBy(expenses.currency)
    .orderBy(desc(totalMinor), asc(expenses.currency));
}

export async function spendByCategory(db: Database, scope: HouseholdScope, period: Period): Promise<CategoryTotal[]> {
  return inHousehold(db, scope, async (tx) =>
    tx
      .select({
        categoryId: categories.id,
        slug: categories.slug,
        label: categories.label,
        currency: expenses.currency,
        totalMinor,
        count: count(),
      })
      .from(expenses)
      .innerJoin(categories, and(eq(categories.householdId, expenses.householdId), eq(categories.id, expenses.categoryId)))
      .where(and(...(await periodConditions(tx, scope, period))))
      .groupBy(categories.id, expenses.currency)
      .orderBy(desc(totalMinor), asc(categories.position)),
  );
}

/** Spending by who paid. */
export async function spendByMember(db: Database, scope: HouseholdScope, period: Period): Promise<MemberTotal[]> {
  return inHousehold(db, scope, async (tx) =>
    tx
      .select({
        memberId: members.id,
        displayName: members.displayName,
        currency: expenses.currency,
        totalMinor,
        count: count(),
      })
      .from(expenses)
      .innerJoin(members, and(eq(members.householdId, expenses.householdId), eq(members.id, expenses.paidBy)))
      .where(and(...(await periodConditions(tx, scope, period))))
      .groupBy(members.id, expenses.currency)
      .orderBy(desc(totalMinor), asc(members.displayName)),
  );
}

async function periodConditions(
  tx: Transaction,
  scope: HouseholdScope,
  period: Period,
  paidBy?: string,
): Promise<SQL[]> {
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  if (start > end) throw new KittyError('invalid_period', 'The period starts after it ends.', 'period');
  return confirmedSpend(scope, {
    period: { start, end },
    ...(paidBy && { paidBy: (await requireMember(tx, scope, paidBy, 'member')).id }),
  });
}

export function toSafeInteger(value: unknown): number {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(number)) throw new Error(`Sum out of the safe integer range: ${String(value)}`);
  return number;
}
