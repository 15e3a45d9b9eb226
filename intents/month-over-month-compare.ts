import { dayRangeLabel, monthComparison, type MonthComparison } from '../src/domain/month-comparison.ts';
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
  description:
    'Compare confirmed spending in a month with the month before (while the month runs, with the same days of the month before), optionally for one category.',
  params: intentParams({
    period: periodParam.describe(
      'The later month, first to last day; it is compared with the month before it (while it is still running, with the same days of that month)',
    ),
    category: categoryParam.optional(),
  }),
  run: (context, params) =>
    inHousehold(context.db, context.scope, async (tx) => {
      const filters = await resolveFilters(tx, context, params);
      const compared = monthComparison(params.period, today(context));
      const laterTotals = await totalsByCurrency(tx, confirmedSpend(context.scope, spendFilter(compared.later, filters)));
      const earlierTotals = await totalsByCurrency(tx, confirmedSpend(context.scope, spendFilter(compared.earlier, filters)));
      const ongoing = isOngoing(params.period, today(context));
      const names = comparedNames(params.period, compared);
      if (laterTotals.length === 0 && earlierTotals.length === 0) {
        return {
          text: noExpensesLine({ when: `in ${names.earlierShort} or ${names.laterShort}`, ongoing, categoryLabel: filters.category?.label }),
        };
      }

      const amountIn = (rows: typeof laterTotals, currency: string) =>
        rows.find((row) => row.currency === currency)?.totalMinor ?? 0;
      // A currency spent in either stretch gets a line, including one spent in only one of them.
      const currencies = currenciesOf(context, [...laterTotals, ...earlierTotals]);
      const subject = filters.category ? `${filters.category.label} spending` : 'Spending';
      const lines = currencies.map((currency) =>
        compareLine(context, {
          subject: `${subject} ${periodPhrase(params.period)}${ongoing ? ' so far' : ''}${compared.sameDays ? ` (${dayRangeLabel(compared.later)})` : ''}`,
          earlier: names.earlier,
          earlierDays: compared.sameDays ? dayRangeLabel(compared.earlier) : undefined,
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
            title: `${subject}, ${names.earlierShort} vs ${names.laterShort}`,
            currency,
            points: [
              { label: names.earlierShort, valueMinor: amountIn(earlierTotals, currency) },
              { label: names.laterShort, valueMinor: amountIn(laterTotals, currency) },
            ],
          },
        }),
      };
    }),
});

/** "February 2026" and "March 2026", or "the same days of February 2026" and "1–18 Feb 2026" while March runs. */
function comparedNames(month: { start: string; end: string }, compared: MonthComparison) {
  const earlierMonth = periodLabel(previousMonth(month));
  if (!compared.sameDays) return { earlier: earlierMonth, earlierShort: earlierMonth, laterShort: periodLabel(month) };
  return {
    earlier: `the same days of ${earlierMonth}`,
    earlierShort: dayRangeLabel(compared.earlier, { withYear: true }),
    laterShort: dayRangeLabel(compared.later, { withYear: true }),
  };
}

/**
 * "Spending in March 2026: ₹5,600.00, up 12% on February 2026 (₹5,000.00), ₹600.00 more.", or
 * while March runs "Spending in March 2026 so far (1–4 Mar): ₹4,200.00, up 8% on the same days
 * of February 2026 (1–4 Feb: ₹3,900.00), ₹300.00 more." Nothing before has no percent change
 * (it would be infinite), so it says so.
 */
function compareLine(
  context: IntentContext,
  line: { subject: string; earlier: string; earlierDays: string | undefined; currency: string; laterMinor: number; earlierMinor: number },
): string {
  const later = money(context, line.laterMinor, line.currency);
  const days = line.earlierDays === undefined ? '' : ` (${line.earlierDays})`;
  if (line.earlierMinor === 0) return `${line.subject}: ${later}; nothing in ${line.earlier}${days} to compare with.`;
  const difference = line.laterMinor - line.earlierMinor;
  if (difference === 0) return `${line.subject}: ${later}, the same as ${line.earlierDays === undefined ? '' : 'in '}${line.earlier}${days}.`;
  const percent = roundedPercent(Math.abs(difference), line.earlierMinor);
  const direction = difference > 0 ? 'up' : 'down';
  const change = percent === 0 ? `less than 1%` : `${percent}%`;
  const before = money(context, line.earlierMinor, line.currency);
  return (
    `${line.subject}: ${later}, ${direction} ${change} on ${line.earlier} ` +
    `(${line.earlierDays === undefined ? before : `${line.earlierDays}: ${before}`}), ` +
    `${money(context, Math.abs(difference), line.currency)} ${difference > 0 ? 'more' : 'less'}.`
  );
}
