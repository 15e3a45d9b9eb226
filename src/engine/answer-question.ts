/**
 * Runs the intent a question maps to. The interpreter named members and categories; here they
 * become the household's ids, a missing period becomes this month, and the intent's own query
 * and template produce every number in the answer.
 */
import { resolvePeriod } from '../domain/periods.ts';
import { runIntent } from '../../intents/registry.ts';
import type { IntentContext } from '../../intents/definition.ts';
import type { Database } from '../db/database.ts';
import type { HouseholdScope } from '../db/scope.ts';
import { memberIdByName, type HouseholdContext } from './household-context.ts';
import type { IntentRequest } from './interpretation.ts';
import { textReply, type Reply } from './reply.ts';

/** recent_expenses is the one intent that is not about a period (intents.json). */
const PERIODLESS = new Set<IntentRequest['id']>(['recent_expenses']);

export async function answerQuestion(
  db: Database,
  scope: HouseholdScope,
  context: HouseholdContext,
  request: IntentRequest,
  now: Date,
): Promise<Reply> {
  const { timeZone, currency } = context.household;
  const period = request.period ?? (PERIODLESS.has(request.id) ? undefined : resolvePeriod({ kind: 'this_month' }, { now, timeZone }));
  const memberId = request.member !== undefined ? memberIdByName(context, request.member) : undefined;
  if (request.member !== undefined && memberId === undefined) {
    return textReply(`${request.member} is not a member of this household.`);
  }
  const intentContext: IntentContext = {
    db,
    scope,
    currency,
    timeZone,
    now,
    memberNames: new Map(context.members.map((member) => [member.id, member.displayName])),
    categoryLabels: new Map(context.categories.map((category) => [category.slug, category.label])),
  };
  const answer = await runIntent(intentContext, request.id, {
    ...(period && { period }),
    ...(request.category !== undefined && { category: request.category }),
    ...(memberId !== undefined && { memberId }),
    ...(request.limit !== undefined && { limit: request.limit }),
    ...(request.merchant !== undefined && { merchant: request.merchant }),
  });
  return textReply(answer.text, answer.chart ? { chart: answer.chart } : {});
}
