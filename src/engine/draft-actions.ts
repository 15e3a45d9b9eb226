/**
 * What buttons and forms do to drafts: confirm, confirm all, discard, edit. These are engine
 * calls, never model tools, and each is scoped to the household of the person pressing. Confirm
 * and discard are idempotent (a double tap changes nothing twice). Correcting a category teaches
 * the household: that merchant maps to the new category next time.
 */
import type { Database } from '../db/database.ts';
import type { HouseholdScope } from '../db/scope.ts';
import { learnCategoryHint } from '../services/category-hints.ts';
import { recordDraftAction, undoLastAction } from '../services/draft-history.ts';
import { confirmExpense, deleteExpense, discardExpense, editExpense, getExpense, type ExpenseEdit } from '../services/expenses.ts';
import { loadHouseholdContext } from './household-context.ts';
import { merchantKey } from './merchant-key.ts';
import { draftCard, type Reply } from './reply.ts';

export async function confirmDraft(db: Database, scope: HouseholdScope, expenseId: string): Promise<Reply> {
  const { expense, changed } = await confirmExpense(db, scope, expenseId);
  if (changed) await recordDraftAction(db, scope, { kind: 'confirm', before: { ...expense, status: 'draft' } });
  const card = draftCard(expense, await loadHouseholdContext(db, scope));
  return { text: changed ? `Confirmed: ${card.description || card.category.label}, ${card.amount}.` : 'Already confirmed.', drafts: [card] };
}

export async function discardDraft(db: Database, scope: HouseholdScope, expenseId: string): Promise<Reply> {
  const { expense, changed } = await discardExpense(db, scope, expenseId);
  if (changed) await recordDraftAction(db, scope, { kind: 'discard', before: { ...expense, status: 'draft' } });
  const card = draftCard(expense, await loadHouseholdContext(db, scope));
  return { text: changed ? `Discarded: ${card.description || card.category.label}, ${card.amount}.` : 'Already discarded.', drafts: [card] };
}

/** Confirms each; ones already confirmed count as done, so pressing "Confirm all" twice is harmless. */
export async function confirmDrafts(db: Database, scope: HouseholdScope, expenseIds: readonly string[]): Promise<Reply> {
  const results = [];
  for (const id of new Set(expenseIds)) {
    const result = await confirmExpense(db, scope, id);
    if (result.changed) await recordDraftAction(db, scope, { kind: 'confirm', before: { ...result.expense, status: 'draft' } });
    results.push(result);
  }
  const context = await loadHouseholdContext(db, scope);
  const changed = results.filter((result) => result.changed).length;
  return {
    text: changed === 0 ? 'Already confirmed.' : `Confirmed ${changed} expense${changed === 1 ? '' : 's'}.`,
    drafts: results.map((result) => draftCard(result.expense, context)),
  };
}

export async function editDraft(db: Database, scope: HouseholdScope, expenseId: string, patch: ExpenseEdit): Promise<Reply> {
  const before = await getExpense(db, scope, expenseId);
  const after = await editExpense(db, scope, expenseId, patch);
  await recordDraftAction(db, scope, { kind: 'edit', before });
  if (after.categoryId !== before.categoryId) {
    await learnCategoryHint(db, scope, { merchantKey: merchantKey(after.description), categoryId: after.categoryId });
  }
  const card = draftCard(after, await loadHouseholdContext(db, scope));
  return { text: `Updated: ${card.description || card.category.label}, ${card.amount}.`, drafts: [card] };
}

/** `/undo`: takes back the member's own latest confirm, discard or edit. */
export async function undoLast(db: Database, scope: HouseholdScope): Promise<Reply> {
  const undone = await undoLastAction(db, scope);
  if (!undone) return { text: 'Nothing of yours to undo from the last day.', drafts: [] };
  const card = draftCard(undone.expense, await loadHouseholdContext(db, scope));
  const what = { confirm: 'confirmation', discard: 'discard', edit: 'edit', delete: 'delete' }[undone.kind];
  return { text: `Undid the ${what}: ${card.description || card.category.label}, ${card.amount}.`, drafts: [card] };
}

/** The ledger's delete: a confirmed expense leaves the books, and /undo (or the undo button) brings it back. */
export async function deleteConfirmed(db: Database, scope: HouseholdScope, expenseId: string): Promise<Reply> {
  const { expense, changed } = await deleteExpense(db, scope, expenseId);
  if (changed) await recordDraftAction(db, scope, { kind: 'delete', before: { ...expense, status: 'confirmed' } });
  const card = draftCard(expense, await loadHouseholdContext(db, scope));
  return { text: changed ? `Deleted: ${card.description || card.category.label}, ${card.amount}.` : 'Already deleted.', drafts: [card] };
}
