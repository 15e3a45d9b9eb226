import { and, asc, eq, lte } from 'drizzle-orm';
import { categories, expenses, members } from '../src/db/schema.ts';
import { inHousehold } from '../src/db/scope.ts';
import { currenciesOf, expenseLine, isOngoing, noExpensesLine, periodPhrase, today } from './answer-format.ts';
import { defineIntent } from './definition.ts';
import { categoryParam, intentParams, limitParam, periodParam } from './params.ts';
import { confirmedSpend, rankWithinCurrency } from '../src/services/reports.ts';
import { expenseLineColumns, resolveFilters, spendFilter } from './spend-query.ts';

export const largestExpenses = defineIntent({
  id: 'largest_expenses',
  description: 'The largest single confirmed expenses in a period, optionally in one category.',
  params: intentParams({
    period: periodParam,
    limit: limitParam(5),
    category: categoryParam.optional(),
  }),
  run: (context, params) =>
    inHousehold(context.db, context.scope, async (tx) => {
      const filters = await resolveFilters(tx, context, params);
      // Each currency gets its own top N (rankWithinCurrency), not one list by raw minor units.
      const ranked = tx
        .select({ ...expenseLineColumns, rank: rankWithinCurrency })
        .from(expenses)
        .innerJoin(categories, and(eq(categories.householdId, expenses.householdId), eq(categories.id, expenses.categoryId)))
        .innerJoin(members, and(eq(members.householdId, expenses.householdId), eq(members.id, expenses.paidBy)))
        .where(and(...confirmedSpend(context.scope, spendFilter(params.period, filters))))
        .as('ranked');
      const rows = await tx
        .select({
          spentOn: ranked.spentOn,
          description: ranked.description,
          amountMinor: ranked.amountMinor,
          currency: ranked.currency,
          paidBy: ranked.paidBy,
          paidByName: ranked.paidByName,
          categorySlug: ranked.categorySlug,
          categoryLabel: ranked.categoryLabel,
        })
        .from(ranked)
        .where(lte(ranked.rank, params.limit))
        .orderBy(asc(ranked.currency), asc(ranked.rank));

      const label = filters.category?.label;
      if (rows.length === 0) {
        return {
          text: noExpensesLine({
            when: periodPhrase(params.period),
            ongoing: isOngoing(params.period, today(context)),
            categoryLabel: label,
          }),
        };
      }
      const currencies = currenciesOf(context, rows);
      const several = currencies.length > 1;
      const blocks = currencies.map((currency) => {
        const heading = `Largest ${label ? `${label} ` : ''}expenses ${periodPhrase(params.period)}${several ? ` (${currency})` : ''}:`;
        const lines = rows
          .filter((row) => row.currency === currency)
          .map((row, index) => `${index + 1}. ${expenseLine(context, row)}`);
        return [heading, ...lines].join('\n');
      });
      return { text: blocks.join('\n') };
    }),
});
