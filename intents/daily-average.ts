import { compareDates, daysInclusive } from '../src/domain/dates.ts';
import { periodLabel, type Period } from '../src/domain/periods.ts';
import { inHousehold } from '../src/db/scope.ts';
import { averageMinor, byCurrency, moneyList, noExpensesLine, periodPhrase, plural, today } from './answer-format.ts';
import { chartCurrency, spendLine } from './charts.ts';
import { defineIntent } from './definition.ts';
import { categoryParam, intentParams, periodParam } from './params.ts';
import { dailyTotals, resolveFilters, spendFilter } from './spend-query.ts';
import { confirmedSpend, totalsByCurrency } from '../src/services/reports.ts';

export const dailyAverage = defineIntent({
  id: 'daily_average',
  description: 'Average confirmed spending per day over a period (so far, when it is still running), optionally for one category.',
  params: intentParams({
    period: periodParam,
    category: categoryParam.optional(),
  }),
  run: (context, params) =>
    inHousehold(context.db, context.scope, async (tx) => {
      const filters = await resolveFilters(tx, context, params);
      const label = filters.category?.label;
      const todayDate = today(context);
      if (compareDates(params.period.start, todayDate) > 0) {
        return { text: `${periodLabel(params.period)} has not started yet, so there is no daily average.` };
      }
      // A period still running is averaged over the days that have happened, and so is its total:
      // counting rent already dated the 31st against 18 elapsed days would inflate the average.
      const ongoing = compareDates(params.period.end, todayDate) >= 0;
      const elapsed: Period = ongoing ? { start: params.period.start, end: todayDate } : params.period;
      const conditions = confirmedSpend(context.scope, spendFilter(elapsed, filters));
      const totals = byCurrency(context, await totalsByCurrency(tx, conditions));
      if (totals.length === 0) {
        return { text: noExpensesLine({ when: periodPhrase(params.period), ongoing, categoryLabel: label }) };
      }

      const days = daysInclusive(elapsed.start, elapsed.end);
      const averages = totals.map((row) => ({ currency: row.currency, totalMinor: averageMinor(row.totalMinor, days) }));
      const subject = `Daily average${label ? ` on ${label}` : ''} ${periodPhrase(params.period)}${ongoing ? ' so far' : ''}`;
      const over = !ongoing ? plural(days, 'day') : days === 1 ? `1 day, today` : `the ${days} days through ${todayDate}`;
      const chart = spendLine({
        subject: label ?? 'Spending',
        period: elapsed,
        today: todayDate,
        currency: chartCurrency(context, totals),
        days: await dailyTotals(tx, conditions),
      });
      return {
        text: `${subject}: ${moneyList(context, averages)} (${moneyList(context, totals)} over ${over}).`,
        ...(chart && { chart }),
      };
    }),
});
