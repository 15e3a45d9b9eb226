import { eq } from 'drizzle-orm';
import { parseIsoDate } from '../domain/dates.ts';
import { KittyError } from '../domain/errors.ts';
import { normalizeCurrency, parseAmount } from '../domain/money.ts';
import type { Database } from '../db/database.ts';
import { categories, expenses } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { loadHousehold } from './households.ts';
import { loadMembers } from './members.ts';

/** One already-confirmed expense from an import (a bank CSV, a migration from another app). */
export type ImportRow = {
  amount: string | number;
  currency?: string;
  date: string;
  /** Category slug. */
  category: string;
  description?: string;
  /** Member id; defaults to the importing member. */
  paidBy?: string;
};

/** Rows per INSERT: large enough to amortise round trips, well under Postgres' 65,535 parameters. */
const BATCH = 2_000;

/**
 * Imports confirmed expenses in bulk. Every row is validated before anything is written, and
 * the whole import is one transaction: a bad row 1,000,000 rejects the import with its row
 * number, and nothing is half-imported.
 */
export async function importExpenses(db: Database, scope: HouseholdScope, rows: readonly ImportRow[]): Promise<{ imported: number }> {
  return inHousehold(db, scope, async (tx) => {
    const [household, categoryRows, memberRows] = await Promise.all([
      loadHousehold(tx, scope),
      tx.select({ id: categories.id, slug: categories.slug }).from(categories).where(eq(categories.householdId, scope.householdId)),
      loadMembers(tx, scope),
    ]);
    const categoryIds = new Map(categoryRows.map((row) => [row.slug, row.id]));
    const memberIds = new Set(memberRows.map((member) => member.id));
    const now = new Date();

    const values = rows.map((row, index) => {
      try {
        const currency = normalizeCurrency(row.currency ?? household.currency);
        const categoryId = categoryIds.get(row.category);
        if (!categoryId) throw new KittyError('unknown_category', `There is no category "${row.category}".`, 'category');
        const paidBy = row.paidBy ?? scope.memberId;
        if (!memberIds.has(paidBy)) throw new KittyError('unknown_member', 'That person is not a member of this household.', 'paidBy');
        return {
          householdId: scope.householdId,
          amountMinor: parseAmount(row.amount, currency),
          currency,
          spentOn: parseIsoDate(row.date),
          categoryId,
          description: row.description ?? '',
          loggedBy: scope.memberId,
          paidBy,
          status: 'confirmed' as const,
          confirmedBy: scope.memberId,
          confirmedAt: now,
        };
      } catch (error) {
        if (error instanceof KittyError) {
          throw new KittyError(error.code, `Row ${index + 1}: ${error.message}`, error.field);
        }
        throw error;
      }
    });
    for (let start = 0; start < values.length; start += BATCH) {
      await tx.insert(expenses).values(values.slice(start, start + BATCH));
    }
    return { imported: values.length };
  });
}
