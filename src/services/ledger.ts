import { and, desc, eq, gte, ilike, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { parseIsoDate } from '../domain/dates.ts';
import { KittyError } from '../domain/errors.ts';
import type { Database } from '../db/database.ts';
import { categories, expenses } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { requireCategory } from './categories.ts';
import { loadShares, type Expense, type ExpenseStatus } from './expenses.ts';
import { requireMember } from './members.ts';
import { parseInput } from './validation.ts';

const filterInput = z.object({
  status: z.array(z.enum(['draft', 'confirmed', 'discarded'])).min(1).default(['confirmed']),
  from: z.string().optional(),
  to: z.string().optional(),
  /** Category slug or id. */
  category: z.string().optional(),
  /** Member id: expenses this member paid. */
  paidBy: z.string().optional(),
  /** Case-insensitive words in the description. */
  text: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** Opaque: the `nextCursor` of the previous page. */
  cursor: z.string().optional(),
});
export type ExpenseFilter = z.input<typeof filterInput>;

export type ExpensePage = { items: Expense[]; nextCursor: string | undefined };

/**
 * The household's expenses, newest first, filtered and paginated with a keyset cursor, so a
 * page is stable while new expenses arrive and deep pages cost no more than the first.
 */
export async function listExpenses(db: Database, scope: HouseholdScope, filter: ExpenseFilter = {}): Promise<ExpensePage> {
  const options = parseInput(filterInput, filter);
  return inHousehold(db, scope, async (tx) => {
    const conditions: Array<SQL | undefined> = [
      eq(expenses.householdId, scope.householdId),
      inArray(expenses.status, options.status as ExpenseStatus[]),
    ];
    const from = options.from ? parseIsoDate(options.from) : undefined;
    const to = options.to ? parseIsoDate(options.to) : undefined;
    if (from && to && from > to) throw new KittyError('invalid_period', 'The start date is after the end date.', 'from');
    if (from) conditions.push(gte(expenses.spentOn, from));
    if (to) conditions.push(lte(expenses.spentOn, to));
    if (options.category) conditions.push(eq(expenses.categoryId, (await requireCategory(tx, scope, options.category)).id));
    if (options.paidBy) conditions.push(eq(expenses.paidBy, (await requireMember(tx, scope, options.paidBy, 'paidBy')).id));
    if (options.text) conditions.push(ilike(expenses.description, `%${escapeLike(options.text)}%`));
    if (options.cursor) {
      const after = decodeCursor(options.cursor);
      conditions.push(
        or(lt(expenses.spentOn, after.spentOn), and(eq(expenses.spentOn, after.spentOn), lt(expenses.seq, after.seq))),
      );
    }
    const rows = await tx
      .select({ expense: expenses, categorySlug: categories.slug })
      .from(expenses)
      .innerJoin(categories, and(eq(categories.householdId, expenses.householdId), eq(categories.id, expenses.categoryId)))
      .where(and(...conditions))
      .orderBy(desc(expenses.spentOn), desc(expenses.seq))
      .limit(options.limit + 1);
    const page = rows.slice(0, options.limit);
    const shares = await loadShares(tx, scope, page.map((row) => row.expense.id));
    const items = page.map((row) => ({ ...row.expense, categorySlug: row.categorySlug, shares: shares.get(row.expense.id) ?? [] }));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > options.limit && last ? encodeCursor(last) : undefined };
  });
}

type Cursor = { spentOn: string; seq: number };

function encodeCursor(expense: Cursor): string {
  return btoa(JSON.stringify([expense.spentOn, expense.seq])).replace(/=+$/, '');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [spentOn, seq] = JSON.parse(atob(cursor)) as unknown[];
    if (typeof spentOn === 'string' && Number.isSafeInteger(seq)) return { spentOn: parseIsoDate(spentOn), seq: seq as number };
  } catch {
    // fall through to the typed error
  }
  throw new KittyError('invalid_input', 'That page link is not valid; start from the first page.', 'cursor');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
