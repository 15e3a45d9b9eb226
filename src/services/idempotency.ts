import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database.ts';
import { idempotencyKeys } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';

/** Results are stored as jsonb and replayed from it, so they must be plain JSON (no Dates, no undefined). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Runs `work` once per (household, key): a second call with the same key, even a concurrent
 * one, gets the first call's stored result instead of doing the work again. The key row is
 * inserted first, so a concurrent caller blocks on it until the first commits. Channels key
 * actions by the platform's delivery id (a Telegram callback query id, a Slack action id).
 */
export async function once<Result extends Json>(
  db: Database,
  scope: HouseholdScope,
  key: string,
  work: (tx: Transaction) => Promise<Result>,
): Promise<{ result: Result; replayed: boolean }> {
  return inHousehold(db, scope, async (tx) => {
    const [claimed] = await tx
      .insert(idempotencyKeys)
      .values({ householdId: scope.householdId, key, result: { pending: true } })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (!claimed) {
      const [stored] = await tx
        .select({ result: idempotencyKeys.result })
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.householdId, scope.householdId), eq(idempotencyKeys.key, key)));
      return { result: stored?.result as Result, replayed: true };
    }
    const result = await work(tx);
    await tx
      .update(idempotencyKeys)
      .set({ result })
      .where(and(eq(idempotencyKeys.householdId, scope.householdId), eq(idempotencyKeys.key, key)));
    return { result, replayed: false };
  });
}
