/**
 * The query pieces every intent shares: which rows count as spending, turning a category slug or
 * member id into the household's row, and totals per currency or per day. Everything is built
 * with drizzle's operators, so values reach Postgres only as bound parameters.
 */
import { and, asc, type SQL } from 'drizzle-orm';
import type { Transaction } from '../src/db/database.ts';
import { categories, expenses, members } from '../src/db/schema.ts';
import type { Period } from '../src/domain/periods.ts';
import { requireCategory } from '../src/services/categories.ts';
import { requireMember } from '../src/services/members.ts';
import { totalMinor, type SpendFilter } from '../src/services/reports.ts';
import type { IntentContext } from './definition.ts';

export interface ResolvedFilters {
  readonly category?: { readonly id: string; readonly slug: string; readonly label: string };
  readonly member?: { readonly id: string; readonly name: string };
}

/**
 * Looks the optional category and member up in the household, so an unknown slug or a member of
 * another household is a typed error ('unknown_category', 'unknown_member') rather than a
 * confident "you spent nothing on it".
 */
export async function resolveFilters(
  tx: Transaction,
  context: IntentContext,
  params: { readonly category?: string | undefined; readonly memberId?: string | undefined },
): Promise<ResolvedFilters> {
  const category = params.category === undefined ? undefined : await requireCategory(tx, context.scope, params.category);
  const member =
    params.memberId === undefined ? undefined : await requireMember(tx, context.scope, params.memberId, 'memberId');
  return {
    ...(category && {
      category: { id: category.id, slug: category.slug, label: context.categoryLabels.get(category.slug) ?? category.label },
    }),
    ...(member && { member: { id: member.id, name: context.memberNames.get(member.id) ?? member.displayName } }),
  };
}

/** The filter a resolved category and member stand for, over a period. */
export function spendFilter(period: Period | undefined, filters: ResolvedFilters): SpendFilter {
  return {
    ...(period && { period }),
    ...(filters.category && { categoryId: filters.category.id }),
    ...(filters.member && { paidBy: filters.member.id }),
  };
}

/** One row per currency, largest first; no rows when nothing matched. */
export type DayTotal = { spentOn: string; currency: string; totalMinor: number };

/** Totals per day and currency, oldest first; days with nothing are absent. */
export function dailyTotals(tx: Transaction, conditions: SQL[]): Promise<DayTotal[]> {
  return tx
    .select({ spentOn: expenses.spentOn, currency: expenses.currency, totalMinor })
    .from(expenses)
    .where(and(...conditions))
    .groupBy(expenses.spentOn, expenses.currency)
    .orderBy(asc(expenses.spentOn), asc(expenses.currency));
}

/** The columns of one expense line in an answer (what, when, how much, who paid, which category). */
export const expenseLineColumns = {
  spentOn: expenses.spentOn,
  description: expenses.description,
  amountMinor: expenses.amountMinor,
  currency: expenses.currency,
  paidBy: expenses.paidBy,
  paidByName: members.displayName,
  categorySlug: categories.slug,
  categoryLabel: categories.label,
};

