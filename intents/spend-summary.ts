/**
 * "How much did we spend?" with or without a category: total_by_period and
 * category_spend_by_period are the same query and the same sentence, one filter apart.
 */
import type { Period } from '../src/domain/periods.ts';
import { inHousehold } from '../src/db/scope.ts';
import { byCurrency, isOngoing, moneyList, noExpensesLine, periodPhrase, plural, today } from './answer-format.ts';
import { chartCurrency, spendLine } from './charts.ts';
import type { IntentAnswer, IntentContext } from './definition.ts';
import { dailyTotals, resolveFilters, spendFilter } from './spend-query.ts';
import { confirmedSpend, totalsByCurrency } from '../src/services/reports.ts';

export interface SpendSummaryParams {
  readonly period: Period;
  readonly category?: string | undefined;
  readonly memberId?: string | undefined;
}

export function spendSummary(context: IntentContext, params: SpendSummaryParams): Promise<IntentAnswer> {
  return inHousehold(context.db, context.scope, async (tx) => {
    const filters = await resolveFilters(tx, context, params);
    const conditions = confirmedSpend(context.scope, spendFilter(params.period, filters));
    const totals = await totalsByCurrency(tx, conditions);
    const todayDate = today(context);
    const { category, member } = filters;
    if (totals.length === 0) {
      return {
        text: noExpensesLine({
          when: periodPhrase(params.period),
          ongoing: isOngoing(params.period, todayDate),
          categoryLabel: category?.label,
          memberName: member?.name,
        }),
      };
    }

    // Paid, not spent, for a member: the filter is who paid, whoever the expense was for.
    const who = member ? `${member.name} paid` : 'The household spent';
    const what = category ? ` ${member ? 'for' : 'on'} ${category.label}` : '';
    const expenseCount = totals.reduce((sum, row) => sum + row.count, 0);
    const chart = spendLine({
      subject: category?.label ?? 'Spending',
      period: params.period,
      today: todayDate,
      currency: chartCurrency(context, totals),
      days: await dailyTotals(tx, conditions),
    });
    const amounts = moneyList(context, byCurrency(context, totals));
    return {
      text: `${who} ${amounts}${what} ${periodPhrase(params.period)} across ${plural(expenseCount, 'expense')}.`,
      ...(chart && { chart }),
    };
  });
}
