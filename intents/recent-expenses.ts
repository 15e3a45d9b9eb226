import { and, desc, eq } from 'drizzle-orm';
import { categories, expenses, members } from '../src/db/schema.ts';
import { inHousehold } from '../src/db/scope.ts';
import { expenseLine, noExpensesLine } from './answer-format.ts';
import { defineIntent } from './definition.ts';
import { categoryParam, intentParams, limitParam, memberIdParam } from './params.ts';
import { confirmedSpend } from '../src/services/reports.ts';
import { expenseLineColumns, resolveFilters, spendFilter } from './spend-query.ts';

export const recentExpenses = defineIntent({
  id: 'recent_expenses',
  description: 'The latest confirmed expenses, optionally in one category or paid by one member.',
  params: intentParams({
    limit: limitParam(5),
    category: categoryParam.optional(),
    memberId: memberIdParam.optional(),
  }),
  run: (context, params) =>
    inHousehold(context.db, context.scope, async (tx) => {
      const filters = await resolveFilters(tx, context, params);
      // Newest day first, then the order they were logged in: the listing index's own order.
      const rows = await tx
        .select(expenseLineColumns)
        .from(expenses)
        .innerJoin(categories, and(eq(categories.householdId, expenses.householdId), eq(categories.id, expenses.categoryId)))
        .innerJoin(members, and(eq(members.householdId, expenses.householdId), eq(members.id, expenses.paidBy)))
        .where(and(...confirmedSpend(context.scope, spendFilter(undefined, filters))))
        .orderBy(desc(expenses.spentOn), desc(expenses.seq))
        .limit(params.limit);

      const label = filters.category?.label;
      const payer = filters.member?.name;
      if (rows.length === 0) {
        return { text: noExpensesLine({ ongoing: true, categoryLabel: label, memberName: payer }) };
      }
      const kind = `${label ? `${label} ` : ''}${rows.length === 1 ? 'expense' : 'expenses'}`;
      const heading = `Latest ${rows.length === 1 ? '' : `${rows.length} `}${kind}${payer ? ` paid by ${payer}` : ''}:`;
      return { text: [heading, ...rows.map((row) => expenseLine(context, row))].join('\n') };
    }),
});
