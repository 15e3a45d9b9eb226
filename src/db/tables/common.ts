import { sql } from 'drizzle-orm';
import { foreignKey, pgPolicy, pgRole, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * What every household-owned table shares: the application role, the row-level security policy
 * that confines it to `app.household_id`, and the timestamp columns.
 */
export const appRole = pgRole('kitty_app').existing();

export const currentHousehold = sql`nullif(current_setting('app.household_id', true), '')::uuid`;

export function householdIsolation(householdId: AnyPgColumn) {
  return pgPolicy('household_isolation', {
    for: 'all',
    to: appRole,
    using: sql`${householdId} = ${currentHousehold}`,
    withCheck: sql`${householdId} = ${currentHousehold}`,
  });
}

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A reference to a row of the same household: (household_id, column) → target (household_id, id).
 * Postgres itself then refuses an expense pointing at another household's category or member.
 */
export function sameHousehold(
  name: string,
  householdId: AnyPgColumn,
  column: AnyPgColumn,
  target: { householdId: AnyPgColumn; id: AnyPgColumn },
) {
  return foreignKey({ name, columns: [householdId, column], foreignColumns: [target.householdId, target.id] });
}
