import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { KittyError } from '../domain/errors.ts';
import type { Database, Transaction } from '../db/database.ts';
import { expenses } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { withDetails, type Expense } from './expenses.ts';
import { isUuid } from './validation.ts';

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

/**
 * The expenses logged from the same message as this one (itself included), in the order they
 * were written: a chat card showing several drafts is redrawn from these after each action.
 */
export async function expensesFromSameMessage(db: Database, scope: HouseholdScope, expenseId: string): Promise<Expense[]> {
  return inHousehold(db, scope, async (tx) => {
    const anchor = await getExpenseIn(tx, scope, expenseId);
    const rows = anchor.sourceMessageId
      ? await tx
          .select()
          .from(expenses)
          .where(and(eq(expenses.householdId, scope.householdId), eq(expenses.sourceMessageId, anchor.sourceMessageId)))
          .orderBy(asc(expenses.seq))
      : [anchor];
    return Promise.all(rows.map((row) => withDetails(tx, scope, row)));
  });
}

/**
 * These expenses of the household, in the order given; ids of other households (or of nothing)
 * are left out. A Slack message remembers which cards it shows, and is redrawn from exactly those.
 */
export async function expensesByIds(db: Database, scope: HouseholdScope, expenseIds: readonly string[]): Promise<Expense[]> {
  const ids = [...new Set(expenseIds.filter(isUuid))];
  if (ids.length === 0) return [];
  return inHousehold(db, scope, async (tx) => {
    const rows = await tx.select().from(expenses).where(and(eq(expenses.householdId, scope.householdId), inArray(expenses.id, ids)));
    const found = await Promise.all(rows.map((row) => withDetails(tx, scope, row)));
    return ids.flatMap((id) => found.filter((expense) => expense.id === id));
  });
}

async function getExpenseIn(tx: Transaction, scope: HouseholdScope, expenseId: string) {
  const [row] = isUuid(expenseId)
    ? await tx.select().from(expenses).where(and(eq(expenses.householdId, scope.householdId), eq(expenses.id, expenseId)))
    : [];
  if (!row) throw new KittyError('not_found', 'That expense does not exist in this household.');
  return row;
}
