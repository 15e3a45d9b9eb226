import { defineIntent } from './definition.ts';
import { categoryParam, intentParams, memberIdParam, periodParam } from './params.ts';
import { spendSummary } from './spend-summary.ts';

export const categorySpendByPeriod = defineIntent({
  id: 'category_spend_by_period',
  description: 'Confirmed spending on one category in a period, optionally only what one member paid.',
  params: intentParams({
    period: periodParam,
    category: categoryParam,
    memberId: memberIdParam.optional(),
  }),
  run: (context, params) => spendSummary(context, params),
});
