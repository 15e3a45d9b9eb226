import { html } from 'hono/html';
import { spendLine } from '../../../../intents/charts.ts';
import type { IsoDate } from '../../../domain/dates.ts';
import type { Period } from '../../../domain/periods.ts';
import type { DayTotal } from '../../../services/dashboard.ts';
import type { Fragment } from '../layout.ts';
import { chartFigure } from './chart.ts';

/**
 * Spending per day across the month, the quiet days as zeros; a month still running stops at
 * today. The same line the chat draws for "how much this month?".
 */
export function dailyTrend(options: { period: Period; today: IsoDate; currency: string; days: readonly DayTotal[]; monthName: string }): Fragment {
  const chart = spendLine({ subject: 'Spending', period: options.period, today: options.today, currency: options.currency, days: options.days });
  return html`<section class="card" aria-labelledby="trend-heading" data-section="trend">
  <h2 id="trend-heading">Day by day</h2>
  ${chart && chart.points.some((point) => point.valueMinor > 0)
    ? chartFigure(chart)
    : html`<p class="muted">${emptyLine(chart !== undefined, options)}</p>`}
</section>`;
}

function emptyLine(drawn: boolean, options: { period: Period; today: IsoDate; currency: string; monthName: string }): string {
  if (drawn) return `Nothing spent in ${options.currency} in ${options.monthName}.`;
  return options.period.start > options.today ? `${options.monthName} has not started yet.` : 'A trend needs more than one day: check back tomorrow.';
}
