import { and, desc, eq, gte, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { draftActions, expenses } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { toDecimalString } from '../domain/money.ts';
import type { SplitSpec } from '../domain/splits.ts';
import { editExpense, withDetails, type Expense, type ExpenseEdit } from './expenses.ts';

/**
 * The undo history of members' actions on drafts. Only the acting member's own latest action is
 * undone, and only for a day: undo is for "oops, wrong button", not for rewriting last month.
 */
export type DraftActionKind = 'confirm' | 'discard' | 'edit' | 'delete';

const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The expense's editable values, in the shape editExpense takes, to put back on undo. */
export function snapshot(expense: Expense): ExpenseEdit {
  return {
    amount: toDecimalString(expense.amountMinor, expense.currency),
    currency: expense.currency,
    date: expense.spentOn,
    category: expense.categoryId,
    description: expense.description,
    paidBy: expense.paidBy,
    split: expense.split as SplitSpec | null,
    // Giving the category and payer back would answer the card's questions; an undone answer asks again.
    categoryChoices: expense.categoryChoices ?? null,
    unknownPayer: expense.unknownPayer ?? null,
  };
}

export async function recordDraftAction(
  db: Database,
  scope: HouseholdScope,
  action: { kind: DraftActionKind; before: Expense },
): Promise<void> {
  await inHousehold(db, scope, (tx) =>
    tx.insert(draftActions).values({
      householdId: scope.householdId,
      memberId: scope.memberId,
      expenseId: action.before.id,
      action: action.kind,
      before: { status: action.before.status, values: snapshot(action.before) },
    }),
  );
}

/** Takes back the member's latest action; undefined when there is nothing (recent) to undo. */
export async function undoLastAction(
  db: Database,
  scope: HouseholdScope,
  clock: { now?: Date } = {},
): Promise<{ kind: DraftActionKind; expense: Expense } | undefined> {
  const since = new Date((clock.now ?? new Date()).getTime() - UNDO_WINDOW_MS);
  const taken = await inHousehold(db, scope, async (tx) => {
    const [last] = await tx
      .select()
      .from(draftActions)
      .where(
        and(
          eq(draftActions.householdId, scope.householdId),
          eq(draftActions.memberId, scope.memberId),
          isNull(draftActions.undoneAt),
          gte(draftActions.createdAt, since),
        ),
      )
      .orderBy(desc(draftActions.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!last) return undefined;
    await tx.update(draftActions).set({ undoneAt: new Date() }).where(eq(draftActions.id, last.id));
    if (last.action === 'edit') return { revertEdit: { expenseId: last.expenseId, values: (last.before as { values: ExpenseEdit }).values } };
    // Confirm and discard are undone by making it a draft again, waiting for a decision; a
    // deleted confirmed expense comes back confirmed.
    const status = (last.before as { status?: Expense['status'] }).status === 'confirmed' ? 'confirmed' : 'draft';
    const [row] = await tx
      .update(expenses)
      .set(status === 'draft' ? { status, confirmedBy: null, confirmedAt: null, updatedAt: new Date() } : { status, updatedAt: new Date() })
      .where(and(eq(expenses.householdId, scope.householdId), eq(expenses.id, last.expenseId)))
      .returning();
    return row && { kind: last.action as DraftActionKind, expense: await withDetails(tx, scope, row) };
  });
  if (!taken) return undefined;
  if ('revertEdit' in taken && taken.revertEdit) {
    return { kind: 'edit', expense: await editExpense(db, scope, taken.revertEdit.expenseId, taken.revertEdit.values) };
  }
  return 'expense' in taken && taken.expense ? { kind: taken.kind, expense: taken.expense } : undefined;
}
