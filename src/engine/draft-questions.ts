/**
 * What a proposed draft still asks before it is saved: which category, when the reader only
 * guessed, and who paid, when the message named someone who is not a member. The household's
 * own answers come first: a merchant it has taught Kitty is not asked about again.
 */
import type { HouseholdContext } from './household-context.ts';
import { memberIdByName } from './household-context.ts';
import type { ProposedDraft } from './interpretation.ts';
import { merchantKey } from './merchant-key.ts';

export interface DraftQuestions {
  readonly category: string;
  /** Two or more visible slugs, best first; absent when there is nothing to ask. */
  readonly categoryChoices?: string[];
  /** Member id. */
  readonly paidBy?: string;
  /** The name as written, when it is no member's. */
  readonly unknownPayer?: string;
}

export function draftQuestions(draft: ProposedDraft, context: HouseholdContext): DraftQuestions {
  return { ...categoryQuestion(draft, context), ...payerQuestion(draft, context) };
}

function categoryQuestion(draft: ProposedDraft, context: HouseholdContext): Pick<DraftQuestions, 'category' | 'categoryChoices'> {
  if (!draft.categoryChoices) return { category: draft.category };
  const visible = new Set(context.categories.filter((category) => !category.hidden).map((category) => category.slug));
  // A reader may not have been told what the household learned; the household's answer wins over any guess.
  const learned = context.hints.get(merchantKey(draft.description));
  if (learned !== undefined && visible.has(learned)) return { category: learned };
  const choices = [...new Set([draft.category, ...draft.categoryChoices])].filter((slug) => visible.has(slug));
  return choices.length >= 2 ? { category: draft.category, categoryChoices: choices } : { category: draft.category };
}

function payerQuestion(draft: ProposedDraft, context: HouseholdContext): Pick<DraftQuestions, 'paidBy' | 'unknownPayer'> {
  const named = draft.paidBy ?? draft.unknownPayer;
  if (named === undefined || named.trim() === '') return {};
  const paidBy = memberIdByName(context, named);
  // Never the sender by default: a name Kitty does not know is asked about.
  return paidBy ? { paidBy } : { unknownPayer: named.trim() };
}
