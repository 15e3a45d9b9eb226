/**
 * What buttons and forms do to drafts: confirm, confirm all, discard, edit, and the answers to a
 * card's questions (which category, who paid). These are engine calls, never model tools, and
 * each is scoped to the household of the person pressing. Confirm, discard and the answers are
 * idempotent (a double tap changes nothing twice). Correcting or choosing a category teaches the
 * household: that merchant maps to the chosen category next time.
 */
import type { Database } from '../db/database.ts';
import type { HouseholdScope } from '../db/scope.ts';
import { learnCategoryHint } from '../services/category-hints.ts';
import { recordDraftAction, undoLastAction } from '../services/draft-history.ts';
import { KittyError } from '../domain/errors.ts';
import { confirmExpense, deleteExpense, discardExpense, editExpense, getExpense, type Expense, type ExpenseEdit } from '../services/expenses.ts';
import { loadHouseholdContext } from './household-context.ts';
import { merchantKey } from './merchant-key.ts';
import { displayName, draftCard, type Reply } from './reply.ts';

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

/**
 * Confirms each; ones already confirmed count as done, so pressing "Confirm all" twice is
 * harmless. A draft still asking who paid is left waiting (the others are confirmed) and the
 * reply says so.
 */
export async function confirmDrafts(db: Database, scope: HouseholdScope, expenseIds: readonly string[]): Promise<Reply> {
  const results = [];
  const waiting: string[] = [];
  for (const id of new Set(expenseIds)) {
    const before = await getExpense(db, scope, id);
    if (before.status === 'draft' && before.unknownPayer !== null) {
      results.push({ expense: before, changed: false });
      waiting.push(displayName(before.unknownPayer));
      continue;
    }
    const result = await confirmExpense(db, scope, id);
    if (result.changed) await recordDraftAction(db, scope, { kind: 'confirm', before: { ...result.expense, status: 'draft' } });
    results.push(result);
  }
  const context = await loadHouseholdContext(db, scope);
  const changed = results.filter((result) => result.changed).length;
  const done = changed === 0 ? (waiting.length > 0 ? 'Nothing confirmed.' : 'Already confirmed.') : `Confirmed ${changed} expense${changed === 1 ? '' : 's'}.`;
  const left = waiting.length === 0 ? '' : ` Still waiting: who paid, as ${[...new Set(waiting)].join(' and ')} ${waiting.length === 1 ? 'is' : 'are'} not in this household. Choose who paid on the card.`;
  return { text: done + left, drafts: results.map((result) => draftCard(result.expense, context)) };
}

export async function editDraft(db: Database, scope: HouseholdScope, expenseId: string, patch: ExpenseEdit): Promise<Reply> {
  const before = await getExpense(db, scope, expenseId);
  const after = await saveEdit(db, scope, before, patch);
  const card = draftCard(after, await loadHouseholdContext(db, scope));
  return { text: `Updated: ${card.description || card.category.label}, ${card.amount}.`, drafts: [card] };
}

/**
 * A correction teaches the household, and so does answering a guessed category even with the
 * guess itself: either way a person said what this merchant is.
 */
async function saveEdit(db: Database, scope: HouseholdScope, before: Expense, patch: ExpenseEdit): Promise<Expense> {
  const after = await editExpense(db, scope, before.id, patch);
  await recordDraftAction(db, scope, { kind: 'edit', before });
  const answered = patch.category !== undefined && before.categoryChoices !== null;
  if (after.categoryId !== before.categoryId || answered) {
    await learnCategoryHint(db, scope, { merchantKey: merchantKey(after.description), categoryId: after.categoryId });
  }
  return after;
}

/**
 * The answer to "which category?": one of the card's choices, or any visible category ("Other…").
 * Only for drafts; choosing what is already chosen changes nothing.
 */
export async function chooseCategory(db: Database, scope: HouseholdScope, expenseId: string, slug: string): Promise<Reply> {
  const before = await requireDraft(db, scope, expenseId);
  const context = await loadHouseholdContext(db, scope);
  const category = context.categories.find((candidate) => candidate.slug === slug.trim().toLowerCase() && !candidate.hidden);
  if (!category) {
    const known = context.categories.filter((candidate) => !candidate.hidden).map((candidate) => candidate.slug);
    throw new KittyError('unknown_category', `There is no category "${slug.trim()}". Use one of: ${known.join(', ')}.`, 'category');
  }
  if (before.categoryId === category.id && before.categoryChoices === null) {
    return { text: `Already ${category.label}.`, drafts: [draftCard(before, context)] };
  }
  const after = await saveEdit(db, scope, before, { category: category.id });
  const card = draftCard(after, context);
  const merchant = merchantKey(after.description);
  return { text: merchant ? `${category.label} it is; I'll remember that for “${merchant}”.` : `${category.label} it is.`, drafts: [card] };
}

/** The answer to "who paid?": a member of the household. Only for drafts; idempotent. */
export async function choosePayer(db: Database, scope: HouseholdScope, expenseId: string, memberId: string): Promise<Reply> {
  const before = await requireDraft(db, scope, expenseId);
  const context = await loadHouseholdContext(db, scope);
  const payer = context.members.find((member) => member.id === memberId);
  if (!payer) throw new KittyError('unknown_member', 'Choose who paid from this household’s members.', 'paidBy');
  if (before.paidBy === payer.id && before.unknownPayer === null) {
    return { text: `Already paid by ${payer.displayName}.`, drafts: [draftCard(before, context)] };
  }
  const after = await saveEdit(db, scope, before, { paidBy: payer.id });
  return { text: `Paid by ${payer.displayName}.`, drafts: [draftCard(after, context)] };
}

async function requireDraft(db: Database, scope: HouseholdScope, expenseId: string): Promise<Expense> {
  const expense = await getExpense(db, scope, expenseId);
  if (expense.status !== 'draft') throw new KittyError('conflict', 'This is no longer a draft (someone confirmed or discarded it).');
  return expense;
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
