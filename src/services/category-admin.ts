/**
 * Admins shape the household's categories: add, rename, hide and show them. A category's slug is
 * its stable id (the model, hints and imports refer to it), so it is made once from the first
 * label and kept through renames; labels are what people see and must be unique per household.
 * Nothing is ever deleted: hiding keeps a category out of pickers, not out of past expenses.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { KittyError } from '../domain/errors.ts';
import type { Database, Transaction } from '../db/database.ts';
import { categories, households } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import type { Category } from './categories.ts';
import { requireAdmin } from './members.ts';
import { isUuid, parseInput } from './validation.ts';

const MAX_SLUG_LENGTH = 40;

const labelSchema = z
  .string({ message: 'Give the category a name.' })
  .transform((text) => text.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'Give the category a name.').max(40, 'Category names are at most 40 characters.'));

const addInput = z.object({ label: labelSchema });
const updateInput = z.object({ label: labelSchema.optional(), hidden: z.boolean().optional() });

export type CategoryPatch = z.input<typeof updateInput>;

/** Adds a visible category at the end of the list. */
export async function addCategory(db: Database, scope: HouseholdScope, input: z.input<typeof addInput>): Promise<Category> {
  const { label } = parseInput(addInput, input);
  return inHousehold(db, scope, async (tx) => {
    await requireAdmin(tx, scope, 'add categories');
    const existing = await lockCategories(tx, scope);
    assertLabelFree(existing, label);
    const taken = new Set(existing.map((category) => category.slug));
    const [added] = await tx
      .insert(categories)
      .values({
        householdId: scope.householdId,
        slug: uniqueSlug(slugFromLabel(label), taken),
        label,
        position: Math.max(-1, ...existing.map((category) => category.position)) + 1,
      })
      .returning();
    if (!added) throw new Error('Inserting a category returned no row.');
    return added;
  });
}

/** Renames, hides or shows one of the household's categories; another household's id is simply not found. */
export async function updateCategory(
  db: Database,
  scope: HouseholdScope,
  categoryId: string,
  patch: CategoryPatch,
): Promise<Category> {
  const values = parseInput(updateInput, patch);
  return inHousehold(db, scope, async (tx) => {
    await requireAdmin(tx, scope, 'change categories');
    const existing = await lockCategories(tx, scope);
    const current = isUuid(categoryId) ? existing.find((category) => category.id === categoryId.toLowerCase()) : undefined;
    if (!current) throw new KittyError('not_found', 'That category does not exist in this household.');
    if (values.label !== undefined) assertLabelFree(existing, values.label, current.id);
    if (values.hidden === true && !current.hidden && existing.every((category) => category.id === current.id || category.hidden)) {
      throw new KittyError('invalid_input', 'Keep at least one category visible: expenses need somewhere to go.', 'hidden');
    }
    if (values.label === undefined && values.hidden === undefined) return current;
    const [updated] = await tx
      .update(categories)
      .set({ ...(values.label !== undefined && { label: values.label }), ...(values.hidden !== undefined && { hidden: values.hidden }) })
      .where(and(eq(categories.householdId, scope.householdId), eq(categories.id, current.id)))
      .returning();
    if (!updated) throw new Error('Updating a category returned no row.');
    return updated;
  });
}

/**
 * "Eating out" → eating_out, "Café & bakery" → cafe_bakery: the shape of the default slugs.
 * A label with no Latin letters or digits at all falls back to "category".
 */
export function slugFromLabel(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/_+$/, '');
  return slug || 'category';
}

function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function assertLabelFree(existing: readonly Category[], label: string, exceptId?: string): void {
  const wanted = label.toLocaleLowerCase('en');
  const clash = existing.find((category) => category.id !== exceptId && category.label.toLocaleLowerCase('en') === wanted);
  if (!clash) return;
  throw new KittyError(
    'conflict',
    clash.hidden
      ? `There is already a hidden category called "${clash.label}"; show it again instead.`
      : `There is already a category called "${clash.label}"; choose another name.`,
    'label',
  );
}

/**
 * The household's categories, read after taking the household's row lock, so two admins adding
 * the same name at once are checked one after the other. Locking only the category rows is not
 * enough: a row the other transaction inserts is not among them, and under READ COMMITTED the
 * second check would run without seeing it. After waiting on the household row, this read is a
 * fresh statement and sees what the first committed.
 */
async function lockCategories(tx: Transaction, scope: HouseholdScope): Promise<Category[]> {
  await tx.select({ id: households.id }).from(households).where(eq(households.id, scope.householdId)).for('update');
  return tx
    .select()
    .from(categories)
    .where(eq(categories.householdId, scope.householdId))
    .orderBy(asc(categories.position), desc(categories.createdAt))
    .for('update');
}
