import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { parseIsoDate, todayIn } from '../domain/dates.ts';
import { KittyError } from '../domain/errors.ts';
import { normalizeCurrency, parseAmount } from '../domain/money.ts';
import { computeShares, type Share, type SplitSpec } from '../domain/splits.ts';
import type { Database, Transaction } from '../db/database.ts';
import { categories, expenses, expenseShares, members } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { requireCategory } from './categories.ts';
import { loadHousehold } from './households.ts';
import { loadMembers, requireMember } from './members.ts';
import { isUuid, parseInput } from './validation.ts';

export type ExpenseRow = typeof expenses.$inferSelect;
export type Expense = ExpenseRow & { categorySlug: string; shares: Share[] };
export type ExpenseStatus = ExpenseRow['status'];

export const splitSpecSchema: z.ZodType<SplitSpec, SplitSpec> = z.union([
  z.object({ kind: z.literal('equal'), memberIds: z.array(z.string()).optional() }),
  z.object({ kind: z.literal('percent'), percents: z.record(z.string(), z.number()) }),
  z.object({ kind: z.literal('amounts'), amounts: z.record(z.string(), z.number()) }),
]);

/** Only the type is checked here; parseAmount applies the money rules with precise errors. */
export const amountSchema = z.custom<string | number>(
  (value) => typeof value === 'string' || typeof value === 'number',
  'Give the amount as a number, like 450 or 12.99.',
);

const expenseFields = {
  /** Major units as a decimal string ("450", "12.99") or number; converted exactly to minor units. */
  amount: amountSchema,
  /** ISO 4217; defaults to the household currency. */
  currency: z.string().optional(),
  /** ISO date in the household's calendar; defaults to today there. */
  date: z.string().optional(),
  /** Category slug or id. */
  category: z.string(),
  description: z.string().trim().max(500, 'Descriptions are at most 500 characters.').optional(),
  /** Member id; defaults to the person logging it. */
  paidBy: z.string().optional(),
  split: splitSpecSchema.nullable().optional(),
};

/**
 * The questions a draft can carry (see tables/ledger.ts): the category slugs a guessed category
 * offers, and a payer the message named who is not a member. Editing the category or the payer
 * answers them; undo puts them back by giving them explicitly.
 */
const questionFields = {
  categoryChoices: z.array(z.string().trim().min(1).max(100)).max(10).nullable().optional(),
  unknownPayer: z.string().trim().min(1).max(100).nullable().optional(),
};

const draftInput = z.object({
  ...expenseFields,
  ...questionFields,
  sourceMessageId: z.string().optional(),
  recurringRuleId: z.string().optional(),
});
export type DraftInput = z.input<typeof draftInput>;
export type DraftFields = z.output<typeof draftInput>;

const editInput = z.object({ ...expenseFields, ...questionFields }).partial();
export type ExpenseEdit = z.input<typeof editInput>;

export type Clock = { now?: Date };

/** Saves what someone (or a model, through the engine) proposed, as a draft awaiting confirmation. */
export async function createDraft(db: Database, scope: HouseholdScope, input: DraftInput, clock: Clock = {}): Promise<Expense> {
  const fields = parseInput(draftInput, input);
  return inHousehold(db, scope, async (tx) => {
    const draft = await insertDraft(tx, scope, fields, clock);
    if (!draft) throw new Error('Inserting an expense returned no row.');
    return draft;
  });
}

/**
 * Several drafts from one message, all or none, inside the caller's transaction: a message is
 * never half logged, and the engine marks the message processed in the same commit.
 */
export async function insertDrafts(tx: Transaction, scope: HouseholdScope, inputs: readonly DraftInput[], clock: Clock = {}): Promise<Expense[]> {
  const fields = inputs.map((input) => parseInput(draftInput, input));
  const drafts = [];
  for (const field of fields) {
    const draft = await insertDraft(tx, scope, field, clock);
    if (!draft) throw new Error('Inserting an expense returned no row.');
    drafts.push(draft);
  }
  return drafts;
}

/**
 * The insert behind createDraft, for services that create drafts inside their own transaction.
 * Returns undefined when a unique key says this draft already exists (a recurring occurrence
 * that another scheduler already drafted).
 */
export async function insertDraft(
  tx: Transaction,
  scope: HouseholdScope,
  fields: DraftFields,
  clock: Clock = {},
): Promise<Expense | undefined> {
  // The household's defaults are read only when the draft leaves something to default: the engine
  // always states currency and date, and this saves a round trip on every message.
  const household = fields.currency !== undefined && fields.date !== undefined ? undefined : await loadHousehold(tx, scope);
  const { shares, categorySlug, ...values } = await resolveValues(tx, scope, fields, {
    currency: household?.currency ?? fields.currency ?? '',
    spentOn: household ? todayIn(household.timeZone, clock.now ?? new Date()) : (fields.date ?? ''),
    description: '',
    paidBy: scope.memberId,
    split: null,
  });
  const [row] = await tx
    .insert(expenses)
    .values({
      ...values,
      categoryChoices: fields.categoryChoices ?? null,
      unknownPayer: fields.unknownPayer ?? null,
      householdId: scope.householdId,
      loggedBy: scope.memberId,
      sourceMessageId: optionalUuid(fields.sourceMessageId, 'sourceMessageId'),
      recurringRuleId: optionalUuid(fields.recurringRuleId, 'recurringRuleId'),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return undefined;
  await writeShares(tx, scope, row.id, shares);
  return { ...row, categorySlug, shares };
}

/**
 * Changes a draft or a confirmed expense. When the amount or the split changes, the shares are
 * recomputed from the stored split, so they always add up to the amount.
 */
export async function editExpense(db: Database, scope: HouseholdScope, expenseId: string, patch: ExpenseEdit): Promise<Expense> {
  const fields = parseInput(editInput, patch);
  return inHousehold(db, scope, async (tx) => {
    const current = await lockExpense(tx, scope, expenseId);
    if (current.status === 'discarded') {
      throw new KittyError('conflict', 'This draft was discarded; log the expense again instead of editing it.');
    }
    const { shares, categorySlug, ...values } = await resolveValues(tx, scope, fields, {
      ...current,
      split: current.split as SplitSpec | null,
    });
    const [row] = await tx
      .update(expenses)
      .set({ ...values, ...questionsAfterEdit(fields, current), updatedAt: new Date() })
      .where(and(eq(expenses.householdId, scope.householdId), eq(expenses.id, current.id)))
      .returning();
    if (!row) throw new Error('Updating an expense returned no row.');
    await tx
      .delete(expenseShares)
      .where(and(eq(expenseShares.householdId, scope.householdId), eq(expenseShares.expenseId, row.id)));
    await writeShares(tx, scope, row.id, shares);
    return { ...row, categorySlug, shares };
  });
}

/**
 * A person giving the category answers the category question, and giving the payer answers "who
 * paid?", whatever the path (a button, "category dining", the web form, the Slack modal). Undo
 * restores a question by naming it.
 */
function questionsAfterEdit(fields: Partial<DraftFields>, current: ExpenseRow): Pick<ExpenseRow, 'categoryChoices' | 'unknownPayer'> {
  return {
    categoryChoices: fields.categoryChoices !== undefined ? fields.categoryChoices : fields.category !== undefined ? null : current.categoryChoices,
    unknownPayer: fields.unknownPayer !== undefined ? fields.unknownPayer : fields.paidBy !== undefined ? null : current.unknownPayer,
  };
}

/** What an expense's stored values fall back to: the household's defaults, or the row being edited. */
type ExpenseBase = {
  currency: string;
  amountMinor?: number;
  spentOn: string;
  categoryId?: string;
  description: string;
  paidBy: string;
  split: SplitSpec | null;
};

/**
 * Turns validated input into stored values, applying the money, date, category, member and split
 * rules; anything not given comes from `base`. Shared by drafting and editing so both enforce
 * exactly the same rules.
 */
async function resolveValues(tx: Transaction, scope: HouseholdScope, fields: Partial<DraftFields>, base: ExpenseBase) {
  const currency = fields.currency !== undefined ? normalizeCurrency(fields.currency) : base.currency;
  const amountMinor = fields.amount !== undefined ? parseAmount(fields.amount, currency) : base.amountMinor;
  if (amountMinor === undefined || (fields.amount === undefined && currency !== base.currency)) {
    // Minor units mean different things in different currencies (yen have none): a new currency
    // needs the amount again rather than a silent rescale.
    throw new KittyError('invalid_input', 'Give the amount again when changing the currency.', 'amount');
  }
  const category = await requireCategory(tx, scope, fields.category ?? base.categoryId ?? '');
  // Checked even when it is the default (the acting member): the scope must name a member of its own household.
  const paidBy = (await requireMember(tx, scope, fields.paidBy ?? base.paidBy, 'paidBy')).id;
  const split = fields.split !== undefined ? fields.split : base.split;
  return {
    amountMinor,
    currency,
    spentOn: fields.date !== undefined ? parseIsoDate(fields.date) : base.spentOn,
    categoryId: category.id,
    categorySlug: category.slug,
    description: fields.description ?? base.description,
    paidBy,
    split,
    shares: split ? computeShares(amountMinor, split, await memberIds(tx, scope)) : [],
  };
}

export type Transition = { expense: Expense; changed: boolean };

/**
 * Confirms a draft. Idempotent: confirming an already confirmed expense returns it with
 * `changed: false`, so a double-tapped button or a retried webhook does nothing twice. The
 * conditional update is the arbiter: under concurrency exactly one caller sees `changed: true`.
 */
export async function confirmExpense(db: Database, scope: HouseholdScope, expenseId: string): Promise<Transition> {
  return transition(db, scope, expenseId, 'confirmed');
}

/** Discards a draft; idempotent like confirm. A confirmed expense cannot be discarded. */
export async function discardExpense(db: Database, scope: HouseholdScope, expenseId: string): Promise<Transition> {
  return transition(db, scope, expenseId, 'discarded');
}

/**
 * Removes a confirmed expense from the ledger (the web view's delete). It is kept as discarded,
 * not erased, so undo can bring it back and the books keep their history.
 */
export async function deleteExpense(db: Database, scope: HouseholdScope, expenseId: string): Promise<Transition> {
  return inHousehold(db, scope, async (tx) => {
    const id = requireExpenseId(expenseId);
    const [updated] = await tx
      .update(expenses)
      .set({ status: 'discarded', updatedAt: new Date() })
      .where(and(eq(expenses.householdId, scope.householdId), eq(expenses.id, id), eq(expenses.status, 'confirmed')))
      .returning();
    if (updated) return { expense: await withDetails(tx, scope, updated), changed: true };
    const current = await findExpense(tx, scope, id);
    if (current.status === 'discarded') return { expense: await withDetails(tx, scope, current), changed: false };
    throw new KittyError('conflict', 'Only confirmed expenses are deleted from the ledger; discard a draft instead.');
  });
}

function transition(
  db: Database,
  scope: HouseholdScope,
  expenseId: string,
  target: 'confirmed' | 'discarded',
): Promise<Transition> {
  return inHousehold(db, scope, async (tx) => {
    const id = requireExpenseId(expenseId);
    const now = new Date();
    const [updated] = await tx
      .update(expenses)
      .set(
        target === 'confirmed'
          ? { status: 'confirmed', confirmedBy: scope.memberId, confirmedAt: now, updatedAt: now }
          : { status: 'discarded', updatedAt: now },
      )
      .where(
        and(
          eq(expenses.householdId, scope.householdId),
          eq(expenses.id, id),
          eq(expenses.status, 'draft'),
          // Who paid decides who is owed: a draft naming a stranger as payer waits for an answer.
          target === 'confirmed' ? isNull(expenses.unknownPayer) : undefined,
        ),
      )
      .returning();
    if (updated) return { expense: await withDetails(tx, scope, updated), changed: true };

    const current = await findExpense(tx, scope, id);
    if (current.status === target) return { expense: await withDetails(tx, scope, current), changed: false };
    if (current.status === 'draft' && current.unknownPayer !== null) throw unknownPayerError(current.unknownPayer);
    throw new KittyError(
      'conflict',
      current.status === 'discarded'
        ? 'This draft was discarded, so it cannot be confirmed; log it again if it was right.'
        : 'This expense is already confirmed; edit or delete it from the ledger instead.',
    );
  });
}

export async function getExpense(db: Database, scope: HouseholdScope, expenseId: string): Promise<Expense> {
  return inHousehold(db, scope, async (tx) => withDetails(tx, scope, await findExpense(tx, scope, requireExpenseId(expenseId))));
}

async function findExpense(tx: Transaction, scope: HouseholdScope, id: string): Promise<ExpenseRow> {
  const [row] = await tx
    .select()
    .from(expenses)
    .where(and(eq(expenses.householdId, scope.householdId), eq(expenses.id, id)));
  if (!row) throw notFound();
  return row;
}

/** Row lock for read-modify-write edits, so two edits of one expense apply one after the other. */
async function lockExpense(tx: Transaction, scope: HouseholdScope, expenseId: string): Promise<ExpenseRow> {
  const [row] = await tx
    .select()
    .from(expenses)
    .where(and(eq(expenses.householdId, scope.householdId), eq(expenses.id, requireExpenseId(expenseId))))
    .for('update');
  if (!row) throw notFound();
  return row;
}

export async function withDetails(tx: Transaction, scope: HouseholdScope, row: ExpenseRow): Promise<Expense> {
  const [[category], shares] = await Promise.all([
    tx
      .select({ slug: categories.slug })
      .from(categories)
      .where(and(eq(categories.householdId, scope.householdId), eq(categories.id, row.categoryId))),
    loadShares(tx, scope, [row.id]),
  ]);
  if (!category) throw new Error(`Expense ${row.id} points at a missing category.`);
  return { ...row, categorySlug: category.slug, shares: shares.get(row.id) ?? [] };
}

export async function loadShares(tx: Transaction, scope: HouseholdScope, expenseIds: string[]): Promise<Map<string, Share[]>> {
  const byExpense = new Map<string, Share[]>();
  if (expenseIds.length === 0) return byExpense;
  // In household member order, as computeShares produced them, so a reloaded expense equals the saved one.
  const rows = await tx
    .select({ expenseId: expenseShares.expenseId, memberId: expenseShares.memberId, shareMinor: expenseShares.shareMinor })
    .from(expenseShares)
    .innerJoin(members, and(eq(members.householdId, expenseShares.householdId), eq(members.id, expenseShares.memberId)))
    .where(and(eq(expenseShares.householdId, scope.householdId), inArray(expenseShares.expenseId, expenseIds)))
    .orderBy(asc(members.createdAt), asc(members.id));
  for (const row of rows) {
    const list = byExpense.get(row.expenseId) ?? [];
    list.push({ memberId: row.memberId, shareMinor: row.shareMinor });
    byExpense.set(row.expenseId, list);
  }
  return byExpense;
}

async function writeShares(tx: Transaction, scope: HouseholdScope, expenseId: string, shares: Share[]): Promise<void> {
  if (shares.length === 0) return;
  await tx.insert(expenseShares).values(
    shares.map((share) => ({ householdId: scope.householdId, expenseId, memberId: share.memberId, shareMinor: share.shareMinor })),
  );
}

async function memberIds(tx: Transaction, scope: HouseholdScope): Promise<string[]> {
  return (await loadMembers(tx, scope)).map((member) => member.id);
}

function requireExpenseId(id: string): string {
  if (!isUuid(id)) throw notFound();
  return id;
}

function optionalUuid(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isUuid(value)) throw new KittyError('invalid_input', `${field} must be an id Kitty issued.`, field);
  return value;
}

/** Why a draft with an unknown payer is not confirmed: never booked as the sender's without asking. */
export function unknownPayerError(name: string): KittyError {
  return new KittyError(
    'unknown_member',
    `Who paid? The message says ${name} paid, and ${name} is not in this household. Choose who paid (or invite them) before confirming.`,
    'paidBy',
  );
}

function notFound(): KittyError {
  // The same answer whether the id does not exist or belongs to another household: no probing.
  return new KittyError('not_found', 'That expense does not exist in this household.');
}
