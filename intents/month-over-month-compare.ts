import { periodLabel, previousMonth } from '../src/domain/periods.ts';
import { inHousehold } from '../src/db/scope.ts';
import { currenciesOf, isOngoing, money, noExpensesLine, periodPhrase, roundedPercent, today } from './answer-format.ts';
import { chartCurrency } from './charts.ts';
import { defineIntent, type IntentContext } from './definition.ts';
import { categoryParam, intentParams, periodParam } from './params.ts';
import { resolveFilters, spendFilter } from './spend-query.ts';
import { confirmedSpend, totalsByCurrency } from '../src/services/reports.ts';

export const monthOverMonthCompare = defineIntent({
  id: 'month_over_month_compare',
  description: 'Compare confirmed spending in a month with the month before, optionally for one category.',
  params: intentParams({
    period: periodParam.describe('The later month, first to last day; it is compared with the whole month before it'),
    category: categoryParam.optional(),
  }),
  run: (context, params) =>
    inHousehold(context.db, context.scope, async (tx) => {
      const filters = await resolveFilters(tx, context, params);
      const later = params.period;
      const earlier = previousMonth(later);
      const laterTotals = await totalsByCurrency(tx, confirmedSpend(context.scope, spendFilter(later, filters)));
      const earlierTotals = await totalsByCurrency(tx, confirmedSpend(context.scope, spendFilter(earlier, filters)));
      const ongoing = isOngoing(later, today(context));
      if (laterTotals.length === 0 && earlierTotals.length === 0) {
        return {
          text: noExpensesLine({
            when: `in ${periodLabel(earlier)} or ${periodLabel(later)}`,
            ongoing,
            categoryLabel: filters.category?.label,
          }),
        };
      }

      const amountIn = (rows: typeof laterTotals, currency: string) =>
        rows.find((row) => row.currency === currency)?.totalMinor ?? 0;
      // A currency spent in either month gets a line, including one spent in only one of them.
      const currencies = currenciesOf(context, [...laterTotals, ...earlierTotals]);
      const subject = filters.category ? `${filters.category.label} spending` : 'Spending';
      const lines = currencies.map((currency) =>
        compareLine(context, {
          subject: `${subject} ${periodPhrase(later)}${ongoing ? ' so far' : ''}`,
          earlierLabel: periodLabel(earlier),
          currency,
          laterMinor: amountIn(laterTotals, currency),
          earlierMinor: amountIn(earlierTotals, currency),
        }),
      );

      const currency = chartCurrency(context, [...laterTotals, ...earlierTotals]);
      return {
        text: lines.join('\n'),
        ...(currency && {
          chart: {
            kind: 'compare' as const,
            title: `${subject}, ${periodLabel(earlier)} vs ${periodLabel(later)}`,
            currency,
            points: [
              { label: periodLabel(earlier), valueMinor: amountIn(earlierTotals, currency) },
              { label: periodLabel(later), valueMinor: amountIn(laterTotals, currency) },
            ],
          },
        }),
      };
    }),
});

/**
 * "Spending in March 2026: ₹5,600.00, up 12% on February 2026 (₹5,000.00), ₹600.00 more."
 * A month with nothing before it has no percent change (it would be infinite), so it says so.
 */
function compareLine(
  context: IntentContext,
  line: { subject: string; earlierLabel: string; currency: string; laterMinor: number; earlierMinor: number },
): string {
  const later = money(context, line.laterMinor, line.currency);
  if (line.earlierMinor === 0) return `${line.subject}: ${later}; nothing in ${line.earlierLabel} to compare with.`;
  const difference = line.laterMinor - line.earlierMinor;
  if (difference === 0) return `${line.subject}: ${later}, the same as ${line.earlierLabel}.`;
  const percent = roundedPercent(Math.abs(difference), line.earlierMinor);
  const direction = difference > 0 ? 'up' : 'down';
  const change = percent === 0 ? `less than 1%` : `${percent}%`;
  return (
    `${line.subject}: ${later}, ${direction} ${change} on ${line.earlierLabel} ` +
    `(${money(context, line.earlierMinor, line.currency)}), ` +
    `${money(context, Math.abs(difference), line.currency)} ${difference > 0 ? 'more' : 'less'}.`
  );
}
