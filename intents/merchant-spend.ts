/**
 * "How much have we spent at Costco?" / "how much on coffee?": spending whose description holds
 * the merchant's words. Categories answer "groceries"; this answers the shop or the thing named,
 * which a category total would only pretend to.
 */
import type { Period } from '../src/domain/periods.ts';
import { inHousehold } from '../src/db/scope.ts';
import { confirmedSpend, totalsByCurrency } from '../src/services/reports.ts';
import { byCurrency, isOngoing, moneyList, periodPhrase, plural, today } from './answer-format.ts';
import { chartCurrency, spendLine } from './charts.ts';
import { defineIntent } from './definition.ts';
import { descriptionMatches, merchantLabel } from './merchant-match.ts';
import { intentParams, memberIdParam, merchantParam, periodParam } from './params.ts';
import { dailyTotals, resolveFilters, spendFilter } from './spend-query.ts';

export const merchantSpend = defineIntent({
  id: 'merchant_spend',
  description:
    'Confirmed spending at a merchant or on words of the expense description ("costco", "coffee") in a period, optionally only what one member paid.',
  params: intentParams({
    period: periodParam,
    merchant: merchantParam,
    memberId: memberIdParam.optional(),
  }),
  run: (context, params) =>
    inHousehold(context.db, context.scope, async (tx) => {
      const period: Period = params.period;
      const filters = await resolveFilters(tx, context, params);
      const conditions = [...confirmedSpend(context.scope, spendFilter(period, filters)), descriptionMatches(params.merchant)];
      const totals = await totalsByCurrency(tx, conditions);
      const at = `at ${merchantLabel(params.merchant)}`;
      const payer = filters.member ? ` paid by ${filters.member.name}` : '';
      const todayDate = today(context);
      if (totals.length === 0) {
        return { text: `Nothing ${at}${payer} ${periodPhrase(period)}${isOngoing(period, todayDate) ? ' yet' : ''}.` };
      }

      // Paid, not spent, for a member: the filter is who paid, whoever the expense was for.
      const who = filters.member ? `${filters.member.name} paid` : 'The household spent';
      const expenseCount = totals.reduce((sum, row) => sum + row.count, 0);
      const chart = spendLine({
        subject: `Spending ${at}`,
        period,
        today: todayDate,
        currency: chartCurrency(context, totals),
        days: await dailyTotals(tx, conditions),
      });
      return {
        text: `${who} ${moneyList(context, byCurrency(context, totals))} ${at} ${periodPhrase(period)} across ${plural(expenseCount, 'expense')}.`,
        ...(chart && { chart }),
      };
    }),
});
