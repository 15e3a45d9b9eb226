/**
 * What the engine answers, for any channel: text, draft cards with the actions their buttons
 * offer, and chart data where a picture helps. Adapters render it (inline keyboards, Block Kit,
 * console text, HTML); none of them decides what the buttons do.
 */
import { formatMoney } from '../domain/money.ts';
import type { SplitSpec } from '../domain/splits.ts';
import type { Expense } from '../services/expenses.ts';
import type { Chart } from './chart.ts';
import type { HouseholdContext } from './household-context.ts';

export type DraftAction = 'confirm' | 'edit' | 'discard';

export interface DraftCard {
  readonly expenseId: string;
  readonly status: Expense['status'];
  readonly amountMinor: number;
  readonly currency: string;
  /** Formatted for people, e.g. "₹1,250.00". */
  readonly amount: string;
  readonly category: { readonly slug: string; readonly label: string };
  readonly date: string;
  readonly description: string;
  readonly paidBy: { readonly id: string; readonly name: string };
  /** "split equally" or "Arjun 60% · Priya 40%"; absent when not split. */
  readonly split?: string;
  /** The buttons this card offers now: a draft can be confirmed, edited, discarded; a settled one nothing. */
  readonly actions: readonly DraftAction[];
}

export interface Reply {
  readonly text: string;
  readonly drafts: readonly DraftCard[];
  /** When a reply shows several drafts: one button confirms them all. */
  readonly confirmAll?: { readonly expenseIds: readonly string[] };
  readonly chart?: Chart;
  /** Something the member should know about how the answer was made ("the model could not be reached…"). */
  readonly notice?: string;
  /** This delivery was handled before (a platform retry): adapters send nothing. */
  readonly duplicate?: boolean;
}

export function textReply(text: string, extra: Partial<Reply> = {}): Reply {
  return { text, drafts: [], ...extra };
}

export function draftCard(expense: Expense, context: HouseholdContext): DraftCard {
  const category = context.categories.find((candidate) => candidate.id === expense.categoryId);
  const payer = context.members.find((member) => member.id === expense.paidBy);
  return {
    expenseId: expense.id,
    status: expense.status,
    amountMinor: expense.amountMinor,
    currency: expense.currency,
    amount: formatMoney(expense.amountMinor, expense.currency),
    category: { slug: expense.categorySlug, label: category?.label ?? expense.categorySlug },
    date: expense.spentOn,
    description: expense.description,
    paidBy: { id: expense.paidBy, name: payer?.displayName ?? 'someone' },
    ...(expense.split !== null && { split: describeSplit(expense.split as SplitSpec, context) }),
    actions: expense.status === 'draft' ? ['confirm', 'edit', 'discard'] : [],
  };
}

function describeSplit(split: SplitSpec, context: HouseholdContext): string {
  if (split.kind === 'equal') return 'split equally';
  const name = (id: string) => context.members.find((member) => member.id === id)?.displayName ?? 'someone';
  if (split.kind === 'percent') {
    // In household order (the sender first), not the stored object's key order, which jsonb does not keep.
    return context.members
      .filter((member) => split.percents[member.id] !== undefined)
      .map((member) => `${name(member.id)} ${split.percents[member.id]}%`)
      .join(' · ');
  }
  return 'split by amounts';
}

/** One line per card, for channels that show text only (the console, notifications). */
export function cardLine(card: DraftCard): string {
  const parts = [card.amount, card.category.label, card.date, card.description || undefined, `paid by ${card.paidBy.name}`, card.split];
  return parts.filter(Boolean).join(' · ');
}
