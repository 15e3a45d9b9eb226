import { and, asc, desc, eq } from 'drizzle-orm';
import { sumMinor } from '../src/domain/money.ts';
import { periodLabel } from '../src/domain/periods.ts';
import { categories, expenses } from '../src/db/schema.ts';
import { inHousehold } from '../src/db/scope.ts';
import { currenciesOf, isOngoing, money, noExpensesLine, periodPhrase, sharePercent, today } from './answer-format.ts';
import { chartCurrency } from './charts.ts';
import { defineIntent } from './definition.ts';
import { intentParams, limitParam, periodParam } from './params.ts';
import { confirmedSpend, totalMinor } from '../src/services/reports.ts';

export const topExpenseCategories = defineIntent({
  id: 'top_expense_categories',
  description: "The categories with the most confirmed spending in a period, with each one's share of the total.",
  params: intentParams({
    period: periodParam,
    limit: limitParam(3),
  }),
  run: (context, params) =>
    inHousehold(context.db, context.scope, async (tx) => {
      // Every category, not just the top N: the shares need the whole total, and a household
      // has a few dozen categories at most.
      const rows = await tx
        .select({ slug: categories.slug, label: categories.label, currency: expenses.currency, totalMinor })
        .from(expenses)
        .innerJoin(categories, and(eq(categories.householdId, expenses.householdId), eq(categories.id, expenses.categoryId)))
        .where(and(...confirmedSpend(context.scope, { period: params.period })))
        .groupBy(categories.id, expenses.currency)
        .orderBy(desc(totalMinor), asc(categories.position), asc(categories.slug));
      if (rows.length === 0) {
        return { text: noExpensesLine({ when: periodPhrase(params.period), ongoing: isOngoing(params.period, today(context)) }) };
      }

      // Shares are within a currency: a category's rupees are a share of the rupee total only.
      const currencies = currenciesOf(context, rows);
      const several = currencies.length > 1;
      const blocks = currencies.map((currency) => {
        const inCurrency = rows.filter((row) => row.currency === currency);
        const total = sumMinor(inCurrency.map((row) => row.totalMinor));
        const lines = inCurrency
          .slice(0, params.limit)
          .map((row, index) => {
            const label = context.categoryLabels.get(row.slug) ?? row.label;
            return `${index + 1}. ${label}: ${money(context, row.totalMinor, currency)} (${sharePercent(row.totalMinor, total)})`;
          });
        const inAll = `${several ? `${currency}, ` : ''}${money(context, total, currency)} in all`;
        const heading = `Top categories ${periodPhrase(params.period)} (${inAll}):`;
        return [heading, ...lines].join('\n');
      });

      const currency = chartCurrency(context, rows);
      const top = rows.filter((row) => row.currency === currency).slice(0, params.limit);
      return {
        text: blocks.join('\n'),
        ...(currency && {
          chart: {
            kind: 'bar' as const,
            title: `Top categories, ${periodLabel(params.period)}`,
            currency,
            points: top.map((row) => ({ label: context.categoryLabels.get(row.slug) ?? row.label, valueMinor: row.totalMinor })),
          },
        }),
      };
    }),
});
