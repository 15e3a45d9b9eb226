import type { Expense } from '../../services/expenses.ts';

/** What an export reads of each expense: enough to write a row, nothing the household did not enter. */
export type ExportExpense = Pick<
  Expense,
  'id' | 'spentOn' | 'description' | 'categoryId' | 'categorySlug' | 'amountMinor' | 'currency' | 'paidBy' | 'shares'
>;

/** The household's names for the ids on expenses, in display order. */
export interface ExportNames {
  readonly members: readonly { readonly id: string; readonly displayName: string }[];
  readonly categories: readonly { readonly id: string; readonly slug: string; readonly label: string }[];
}

/**
 * Who bears how much of one expense, per member: its shares, or the whole amount for the payer
 * when it is not split (an expense without shares is borne by whoever paid).
 */
export function borneBy(expense: ExportExpense): ReadonlyMap<string, number> {
  if (expense.shares.length === 0) return new Map([[expense.paidBy, expense.amountMinor]]);
  return new Map(expense.shares.map((share) => [share.memberId, share.shareMinor]));
}
