import { and, asc, desc, eq } from 'drizzle-orm';
import { sumMinor } from '../src/domain/money.ts';
import { periodLabel } from '../src/domain/periods.ts';
import { expenses, members } from '../src/db/schema.ts';
import { inHousehold } from '../src/db/scope.ts';
import { currenciesOf, isOngoing, money, noExpensesLine, periodPhrase, sharePercent, today } from './answer-format.ts';
import { chartCurrency } from './charts.ts';
import { defineIntent, type IntentContext } from './definition.ts';
import { intentParams, periodParam } from './params.ts';
import { confirmedSpend, totalMinor } from '../src/services/reports.ts';

export const memberSplit = defineIntent({
  id: 'member_split',
  description: 'How much each member paid in a period, with their share of the total.',
  params: intentParams({
    period: periodParam,
  }),
  run: (context, params) =>
    inHousehold(context.db, context.scope, async (tx) => {
      const rows = await tx
        .select({
          memberId: members.id,
          displayName: members.displayName,
          currency: expenses.currency,
          totalMinor,
        })
        .from(expenses)
        .innerJoin(members, and(eq(members.householdId, expenses.householdId), eq(members.id, expenses.paidBy)))
        .where(and(...confirmedSpend(context.scope, { period: params.period })))
        .groupBy(members.id, expenses.currency)
        .orderBy(desc(totalMinor), asc(members.displayName));
      if (rows.length === 0) {
        return { text: noExpensesLine({ when: periodPhrase(params.period), ongoing: isOngoing(params.period, today(context)) }) };
      }

      const currencies = currenciesOf(context, rows);
      const several = currencies.length > 1;
      const blocks = currencies.map((currency) => {
        const shares = memberTotals(context, rows, currency);
        const total = sumMinor(shares.map((share) => share.totalMinor));
        const lines = shares.map((share) =>
          share.totalMinor === 0
            ? `${share.name}: nothing`
            : `${share.name}: ${money(context, share.totalMinor, currency)} (${sharePercent(share.totalMinor, total)})`,
        );
        const inAll = `${several ? `${currency}, ` : ''}${money(context, total, currency)} in all`;
        const heading = `Who paid ${periodPhrase(params.period)} (${inAll}):`;
        return [heading, ...lines].join('\n');
      });

      const currency = chartCurrency(context, rows);
      return {
        text: blocks.join('\n'),
        ...(currency && {
          chart: {
            kind: 'bar' as const,
            title: `Who paid, ${periodLabel(params.period)}`,
            currency,
            points: memberTotals(context, rows, currency).map((share) => ({ label: share.name, valueMinor: share.totalMinor })),
          },
        }),
      };
    }),
});

type MemberRow = { memberId: string; displayName: string; currency: string; totalMinor: number };

/**
 * Every member with their total in one currency, largest first, then by name: a partner who paid
 * nothing is part of the answer to "who spent more?", so members without rows appear as zero.
 */
function memberTotals(context: IntentContext, rows: readonly MemberRow[], currency: string) {
  const totals = new Map<string, { name: string; totalMinor: number }>();
  for (const [memberId, name] of context.memberNames) totals.set(memberId, { name, totalMinor: 0 });
  for (const row of rows) {
    if (row.currency !== currency) continue;
    totals.set(row.memberId, { name: context.memberNames.get(row.memberId) ?? row.displayName, totalMinor: row.totalMinor });
  }
  return [...totals.values()].sort((a, b) => b.totalMinor - a.totalMinor || a.name.localeCompare(b.name));
}
