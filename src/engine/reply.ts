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
  /**
   * The category is Kitty's guess (an unknown merchant): the likely categories, best first, the
   * current one among them. Choosing one (or any other) answers it and teaches the household.
   */
  readonly categoryQuestion?: { readonly choices: readonly { readonly slug: string; readonly label: string }[] };
  /**
   * The message named a payer who is not a member ("sam paid 210"): `paidBy` is only the stored
   * default, not an answer. The draft cannot be confirmed until someone chooses who paid.
   */
  readonly payerQuestion?: { readonly name: string; readonly members: readonly { readonly id: string; readonly name: string }[] };
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
    ...questionsOf(expense, context),
  };
}

/** Questions are asked of drafts only; a settled expense was decided, whatever it was left with. */
function questionsOf(expense: Expense, context: HouseholdContext): Pick<DraftCard, 'categoryQuestion' | 'payerQuestion'> {
  if (expense.status !== 'draft') return {};
  // Read against today's categories: one hidden since the draft was made is no longer offered.
  const choices = (expense.categoryChoices ?? []).flatMap((slug) => {
    const category = context.categories.find((candidate) => candidate.slug === slug && !candidate.hidden);
    return category ? [{ slug: category.slug, label: category.label }] : [];
  });
  return {
    ...(choices.length >= 2 && { categoryQuestion: { choices } }),
    ...(expense.unknownPayer !== null && {
      payerQuestion: { name: expense.unknownPayer, members: context.members.map((member) => ({ id: member.id, name: member.displayName })) },
    }),
  };
}

/**
 * What a card asks, as sentences: the reply's words for text-only channels, and the line a
 * rendered card shows beside its choice buttons.
 */
export function cardQuestions(card: DraftCard): string[] {
  const questions: string[] = [];
  if (card.categoryQuestion) {
    const what = card.description ? `for “${card.description}”` : 'of this one';
    questions.push(`I'm not sure of the category ${what}: which is it?`);
  }
  if (card.payerQuestion) questions.push(`I don't know ${displayName(card.payerQuestion.name)} in this household: who paid? (or invite them)`);
  return questions;
}

/**
 * The same questions in a few words, for a card drawn beside its choice buttons: the reply's
 * words above say them in full, and these stay on the card through every redraw.
 */
export function cardPrompts(card: DraftCard): string[] {
  const prompts: string[] = [];
  if (card.categoryQuestion) prompts.push('Which category? That one is my guess.');
  if (card.payerQuestion) prompts.push(`Who paid? ${displayName(card.payerQuestion.name)} is not in this household.`);
  return prompts;
}

/** "sam" as people write it is "Sam" as a name. */
export function displayName(name: string): string {
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
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
  // A guess is marked as one, and an unknown payer is never shown as the stored default.
  const category = card.categoryQuestion ? `${card.category.label}?` : card.category.label;
  const payer = card.payerQuestion ? `paid by ${displayName(card.payerQuestion.name)}? (not in the household)` : `paid by ${card.paidBy.name}`;
  const parts = [card.amount, category, card.date, card.description || undefined, payer, card.split];
  return parts.filter(Boolean).join(' · ');
}
