/**
 * Conversational corrections ("make it 450", "category dining", "no, discard that") act on the
 * draft the message replies to, or else the member's latest draft. Only drafts: a confirmed
 * expense is changed in the ledger, where the change is deliberate.
 */
import type { Database } from '../db/database.ts';
import type { HouseholdScope } from '../db/scope.ts';
import { toDecimalString } from '../domain/money.ts';
import { latestDraft } from '../services/drafts.ts';
import { getExpense, type Expense, type ExpenseEdit } from '../services/expenses.ts';
import { discardDraft, editDraft } from './draft-actions.ts';
import { memberIdByName, splitSpec, type HouseholdContext } from './household-context.ts';
import type { DraftEdit } from './interpretation.ts';
import { textReply, type Reply } from './reply.ts';

export async function applyEdit(
  db: Database,
  scope: HouseholdScope,
  context: HouseholdContext,
  edit: DraftEdit,
  replyToExpenseId: string | undefined,
): Promise<Reply> {
  const target = await targetDraft(db, scope, replyToExpenseId);
  if (!target) return textReply('There is no draft to change. Log an expense first, like "coffee 180".');
  if (target.status !== 'draft') {
    return textReply('That expense is already settled; change confirmed expenses in the ledger of the web view.');
  }
  if (edit.discard) return discardDraft(db, scope, target.id);

  const patch: ExpenseEdit = {};
  if (edit.amountMinor !== undefined) {
    const currency = edit.currency ?? target.currency;
    Object.assign(patch, { amount: toDecimalString(edit.amountMinor, currency), currency });
  }
  if (edit.category !== undefined) patch.category = edit.category;
  if (edit.date !== undefined) patch.date = edit.date;
  if (edit.description !== undefined) patch.description = edit.description;
  if (edit.paidBy !== undefined) {
    const paidBy = memberIdByName(context, edit.paidBy);
    if (!paidBy) return textReply(`${edit.paidBy} is not a member of this household.`);
    patch.paidBy = paidBy;
  }
  if (edit.split !== undefined) patch.split = edit.split === 'none' ? null : splitSpec(edit.split, context);
  if (Object.keys(patch).length === 0) {
    return textReply('Tell me what to change, like "make it 450", "category dining" or "that was yesterday".');
  }
  return editDraft(db, scope, target.id, patch);
}

async function targetDraft(db: Database, scope: HouseholdScope, replyToExpenseId: string | undefined): Promise<Expense | undefined> {
  if (replyToExpenseId) return getExpense(db, scope, replyToExpenseId);
  return latestDraft(db, scope);
}
