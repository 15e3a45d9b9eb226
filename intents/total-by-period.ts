import { defineIntent } from './definition.ts';
import { intentParams, memberIdParam, periodParam } from './params.ts';
import { spendSummary } from './spend-summary.ts';

export const totalByPeriod = defineIntent({
  id: 'total_by_period',
  description: 'Total confirmed spending in a period, optionally only what one member paid.',
  params: intentParams({
    period: periodParam,
    memberId: memberIdParam.optional(),
  }),
  run: (context, params) => spendSummary(context, params),
});
