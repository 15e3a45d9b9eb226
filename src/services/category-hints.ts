import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database.ts';
import { categories, categoryHints } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';

/**
 * The household's learned merchant → category map (see tables/ledger.ts categoryHints). Read
 * once per message and handed to the interpreter; written when someone corrects a category.
 */
export async function loadCategoryHints(db: Database, scope: HouseholdScope): Promise<Map<string, string>> {
  return inHousehold(db, scope, (tx) => readCategoryHints(tx, scope));
}

export async function readCategoryHints(tx: Transaction, scope: HouseholdScope): Promise<Map<string, string>> {
  const rows = await tx
    .select({ key: categoryHints.merchantKey, slug: categories.slug })
    .from(categoryHints)
    .innerJoin(categories, and(eq(categories.householdId, categoryHints.householdId), eq(categories.id, categoryHints.categoryId)))
    .where(eq(categoryHints.householdId, scope.householdId));
  return new Map(rows.map((row) => [row.key, row.slug]));
}

/** Remembers (or re-points) a merchant's category; the latest correction wins. */
export async function learnCategoryHint(
  db: Database,
  scope: HouseholdScope,
  hint: { merchantKey: string; categoryId: string },
): Promise<void> {
  if (hint.merchantKey === '') return;
  const values = { categoryId: hint.categoryId, learnedFrom: scope.memberId, updatedAt: new Date() };
  await inHousehold(db, scope, (tx) =>
    tx
      .insert(categoryHints)
      .values({ householdId: scope.householdId, merchantKey: hint.merchantKey, ...values })
      .onConflictDoUpdate({ target: [categoryHints.householdId, categoryHints.merchantKey], set: values }),
  );
}
