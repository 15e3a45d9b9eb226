import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { expenses } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { withDetails, type Expense } from './expenses.ts';

/**
 * The draft a conversational correction ("make it 450") applies to: the newest draft the member
 * logged. Only drafts: a confirmed expense is changed from the ledger, on purpose.
 */
export async function latestDraft(db: Database, scope: HouseholdScope): Promise<Expense | undefined> {
  return inHousehold(db, scope, async (tx) => {
    const [row] = await tx
      .select()
      .from(expenses)
      .where(and(eq(expenses.householdId, scope.householdId), eq(expenses.loggedBy, scope.memberId), eq(expenses.status, 'draft')))
      .orderBy(desc(expenses.createdAt), desc(expenses.seq))
      .limit(1);
    return row && withDetails(tx, scope, row);
  });
}
