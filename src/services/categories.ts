import { and, asc, eq, or } from 'drizzle-orm';
import { KittyError } from '../domain/errors.ts';
import type { Database, Transaction } from '../db/database.ts';
import { categories } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { isUuid } from './validation.ts';

export type Category = typeof categories.$inferSelect;

export async function listCategories(
  db: Database,
  scope: HouseholdScope,
  options: { includeHidden?: boolean } = {},
): Promise<Category[]> {
  return inHousehold(db, scope, async (tx) => {
    const rows = await loadCategories(tx, scope);
    return options.includeHidden ? rows : rows.filter((category) => !category.hidden);
  });
}

/** All of the household's categories, hidden ones included, in display order. */
export async function loadCategories(tx: Transaction, scope: HouseholdScope): Promise<Category[]> {
  return tx
    .select()
    .from(categories)
    .where(eq(categories.householdId, scope.householdId))
    .orderBy(asc(categories.position), asc(categories.label));
}

/**
 * The household's category named by slug ("groceries") or id. Hidden categories still resolve:
 * hiding keeps a category out of pickers, not out of the data that already uses it.
 */
export async function requireCategory(tx: Transaction, scope: HouseholdScope, slugOrId: string): Promise<Category> {
  const key = slugOrId.trim().toLowerCase();
  const [category] = await tx
    .select()
    .from(categories)
    .where(
      and(
        eq(categories.householdId, scope.householdId),
        isUuid(key) ? or(eq(categories.id, key), eq(categories.slug, key)) : eq(categories.slug, key),
      ),
    );
  if (category) return category;
  const known = await tx
    .select({ slug: categories.slug })
    .from(categories)
    .where(and(eq(categories.householdId, scope.householdId), eq(categories.hidden, false)))
    .orderBy(asc(categories.position));
  throw new KittyError(
    'unknown_category',
    `There is no category "${slugOrId.trim()}". Use one of: ${known.map((row) => row.slug).join(', ')}.`,
    'category',
  );
}
