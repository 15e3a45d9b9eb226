/**
 * Every analytics intent under its id. The mapped type makes a missing intent, an extra one or
 * one filed under another id's key a compile error, so the registry cannot drift from IntentId.
 */
import { KittyError } from '../src/domain/errors.ts';
import { INTENT_IDS, type IntentId } from '../src/engine/interpretation.ts';
import { parseInput } from '../src/services/validation.ts';
import { categorySpendByPeriod } from './category-spend-by-period.ts';
import { dailyAverage } from './daily-average.ts';
import type { IntentAnswer, IntentContext, IntentDefinition } from './definition.ts';
import { largestExpenses } from './largest-expenses.ts';
import { memberSplit } from './member-split.ts';
import { merchantSpend } from './merchant-spend.ts';
import { monthOverMonthCompare } from './month-over-month-compare.ts';
import { recentExpenses } from './recent-expenses.ts';
import { topExpenseCategories } from './top-expense-categories.ts';
import { totalByPeriod } from './total-by-period.ts';

export const INTENTS = {
  total_by_period: totalByPeriod,
  category_spend_by_period: categorySpendByPeriod,
  month_over_month_compare: monthOverMonthCompare,
  top_expense_categories: topExpenseCategories,
  member_split: memberSplit,
  largest_expenses: largestExpenses,
  recent_expenses: recentExpenses,
  daily_average: dailyAverage,
  merchant_spend: merchantSpend,
} as const satisfies { readonly [Id in IntentId]: IntentDefinition & { readonly id: Id } };

/** The intents in the contract's order, for tool guidance and `/help`. */
export const INTENT_LIST: readonly IntentDefinition[] = INTENT_IDS.map((id) => INTENTS[id]);

export function isIntentId(id: string): id is IntentId {
  return Object.hasOwn(INTENTS, id);
}

/**
 * Validates raw parameters (from the model, the offline interpreter or a form) against the
 * intent's schema and runs it. Bad input is a KittyError 'invalid_input' naming the field; an
 * id outside the registry is refused the same way rather than falling through to anything else.
 */
export async function runIntent(context: IntentContext, id: string, rawParams: unknown): Promise<IntentAnswer> {
  if (!isIntentId(id)) {
    throw new KittyError('invalid_input', `Kitty has no question called "${id}". Use one of: ${INTENT_IDS.join(', ')}.`, 'intent');
  }
  const intent: IntentDefinition = INTENTS[id];
  return intent.run(context, parseInput(intent.params, rawParams ?? {}));
}

/** The parameters an intent takes, so a caller can refuse (or ask a model to fix) one it does not. */
export function intentParamNames(id: IntentId): readonly string[] {
  return Object.keys(INTENTS[id].params.shape);
}
