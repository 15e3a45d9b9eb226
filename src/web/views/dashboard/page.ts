import { html } from 'hono/html';
import type { IsoDate } from '../../../domain/dates.ts';
import type { MonthDashboard } from '../../../services/dashboard.ts';
import type { WebSession } from '../../web-deps.ts';
import { page, type Fragment } from '../layout.ts';
import { balancesSection } from './balances.ts';
import { largestExpenses } from './largest.ts';
import { monthName, monthPicker, type MonthKey } from './month-picker.ts';
import { monthTotal } from './month-total.ts';
import { categorySplit, memberSplit } from './splits.ts';
import { dailyTrend } from './trend.ts';

/** The month at a glance, in the household currency; one column on a phone, two on a wide screen. */
export function dashboardPage(options: {
  session: WebSession;
  data: MonthDashboard;
  month: MonthKey;
  currentMonth: MonthKey;
  today: IsoDate;
  flash?: string;
}): Fragment {
  const { session, data, month } = options;
  const currency = session.household.currency;
  const name = monthName(month);
  const names = new Map(data.members.map((member) => [member.id, member.displayName]));
  return page({
    title: name,
    session,
    active: 'dashboard',
    ...(options.flash !== undefined && { flash: options.flash }),
    body: html`<h1>${name}</h1>
${monthPicker(month, options.currentMonth)}
<div class="grid two">
${monthTotal({ currency, totals: data.totals, comparison: data.comparison, ongoing: month === options.currentMonth })}
${balancesSection({ balances: data.balances, currency, names, session, month })}
${categorySplit({ rows: data.byCategory, currency, monthName: name })}
${memberSplit({ rows: data.byMember, members: data.members, currency, monthName: name })}
${dailyTrend({ period: data.period, today: options.today, currency, days: data.days, monthName: name })}
${largestExpenses({ rows: data.largest, currency, names })}
</div>`,
  });
}

/** A `?month=` Kitty cannot read: say what to type, and offer the picker (400). */
export function invalidMonthPage(options: { session: WebSession; given: string; currentMonth: MonthKey }): Fragment {
  return page({
    title: 'Which month?',
    session: options.session,
    active: 'dashboard',
    body: html`<section class="card">
  <h1>Which month?</h1>
  <p class="error" role="alert">“${options.given.slice(0, 40)}” is not a month Kitty can show. Write the month as YYYY-MM, for example ${options.currentMonth}.</p>
</section>
${monthPicker(options.currentMonth, options.currentMonth)}`,
  });
}
