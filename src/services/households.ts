import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { assertTimeZone } from '../domain/dates.ts';
import defaultTaxonomy from '../domain/default-categories.json' with { type: 'json' };
import { KittyError } from '../domain/errors.ts';
import { normalizeCurrency } from '../domain/money.ts';
import { normalizeLocale } from '../domain/number-style.ts';
import type { Database, Transaction } from '../db/database.ts';
import { categories, households, members } from '../db/schema.ts';
import { asSystem, inHousehold, type HouseholdScope } from '../db/scope.ts';
import { assertIdentityUnused, insertIdentity, type IdentityRef } from './identities.ts';
import { requireAdmin } from './members.ts';
import { parseInput } from './validation.ts';

export type Household = typeof households.$inferSelect;

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'A name cannot be empty.')
  .max(60, 'Names are at most 60 characters.');

const householdFields = {
  name: z.string().trim().min(1, 'A household needs a name.').max(80, 'Household names are at most 80 characters.'),
  currency: z.string().transform((code) => normalizeCurrency(code)),
  timeZone: z.string().transform((zone) => assertTimeZone(zone)),
  /** How the household writes numbers and dates ("de-DE"); null or empty: automatic, from the currency and zone. */
  locale: z
    .string()
    .nullable()
    .transform((tag) => (tag === null || tag.trim() === '' ? null : normalizeLocale(tag)))
    .optional(),
};

const createHouseholdInput = z.object({
  ...householdFields,
  owner: z.object({ displayName: displayNameSchema }),
});

/**
 * Creates a household with its first member as admin, the default categories, and (when given)
 * the chat identity the founder wrote from. Returns the founder's scope.
 */
export async function createHousehold(
  db: Database,
  input: z.input<typeof createHouseholdInput>,
  identity?: IdentityRef,
): Promise<{ household: Household; scope: HouseholdScope }> {
  const { name, currency, timeZone, locale, owner } = parseInput(createHouseholdInput, input);
  return asSystem(db, async (tx) => {
    if (identity) await assertIdentityUnused(tx, identity);
    const [household] = await tx.insert(households).values({ name, currency, timeZone, locale: locale ?? null }).returning();
    if (!household) throw new Error('Inserting a household returned no row.');
    const [founder] = await tx
      .insert(members)
      .values({ householdId: household.id, displayName: owner.displayName, role: 'admin' })
      .returning({ id: members.id });
    if (!founder) throw new Error('Inserting a member returned no row.');
    await tx.insert(categories).values(
      defaultTaxonomy.categories.map((category, position) => ({
        householdId: household.id,
        slug: category.id,
        label: category.label,
        position,
      })),
    );
    if (identity) await insertIdentity(tx, household.id, founder.id, identity);
    return { household, scope: { householdId: household.id, memberId: founder.id } };
  });
}

export async function getHousehold(db: Database, scope: HouseholdScope): Promise<Household> {
  return inHousehold(db, scope, (tx) => loadHousehold(tx, scope));
}

const updateHouseholdInput = z.object(householdFields).partial();

/**
 * Admins may rename the household and change its default currency, its time zone and how it
 * writes numbers and dates (`locale: null` goes back to automatic).
 */
export async function updateHousehold(
  db: Database,
  scope: HouseholdScope,
  patch: z.input<typeof updateHouseholdInput>,
): Promise<Household> {
  const values = parseInput(updateHouseholdInput, patch);
  return inHousehold(db, scope, async (tx) => {
    await requireAdmin(tx, scope, 'change household settings');
    if (Object.keys(values).length === 0) return loadHousehold(tx, scope);
    const [updated] = await tx.update(households).set(values).where(eq(households.id, scope.householdId)).returning();
    if (!updated) throw new KittyError('not_found', 'That household no longer exists.');
    return updated;
  });
}

export async function loadHousehold(tx: Transaction, scope: HouseholdScope): Promise<Household> {
  const [household] = await tx.select().from(households).where(eq(households.id, scope.householdId));
  if (!household) throw new KittyError('not_found', 'That household no longer exists.');
  return household;
}
