import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { modelCalls } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';

/** The audit trail of model calls: enough to see what a model was asked, what it said and what it cost. */
export type ModelCall = typeof modelCalls.$inferSelect;
export type ModelCallRecord = Omit<typeof modelCalls.$inferInsert, 'id' | 'householdId' | 'createdAt'>;

const MAX_TEXT = 20_000;

export async function recordModelCall(db: Database, scope: HouseholdScope, call: ModelCallRecord): Promise<void> {
  await inHousehold(db, scope, (tx) =>
    tx.insert(modelCalls).values({
      ...call,
      householdId: scope.householdId,
      // Bounded, so one runaway answer cannot bloat the audit table.
      inputSummary: call.inputSummary.slice(0, MAX_TEXT),
      rawOutput: call.rawOutput?.slice(0, MAX_TEXT) ?? null,
    }),
  );
}

export async function listModelCalls(db: Database, scope: HouseholdScope, limit = 50): Promise<ModelCall[]> {
  return inHousehold(db, scope, (tx) =>
    tx
      .select()
      .from(modelCalls)
      .where(eq(modelCalls.householdId, scope.householdId))
      .orderBy(desc(modelCalls.createdAt))
      .limit(limit),
  );
}
