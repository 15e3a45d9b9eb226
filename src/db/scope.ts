import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './database.ts';

/**
 * Who is acting, and in which household. A scope is only ever produced on the server, by
 * resolving a verified identity or by creating/joining a household (src/services); it is never
 * built from an id a client sent. Every household-owned query runs inside `inHousehold`.
 */
export type HouseholdScope = {
  readonly householdId: string;
  readonly memberId: string;
};

/**
 * Runs `work` in a transaction that Postgres itself confines to the scope's household: the role
 * switches to `kitty_app` (row-level security applies to it, unlike to the superuser PGlite and
 * many servers connect as) and `app.household_id` names the household the policies allow.
 * Both settings are transaction-local, so a pooled connection never leaks them.
 */
export function inHousehold<T>(db: Database, scope: HouseholdScope, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'kitty_app', true), set_config('app.household_id', ${scope.householdId}, true)`,
    );
    return work(tx);
  });
}

/**
 * Runs `work` as the connection's own role, outside any household. Only for the few steps that
 * must happen before a household is known: creating one, finding one by invite code, resolving
 * who a chat account belongs to, and recording an inbound message before its sender is resolved.
 */
export function asSystem<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
