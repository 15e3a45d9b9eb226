import { html } from 'hono/html';
import { addMonths, endOfMonth } from '../../../domain/dates.ts';
import { periodLabel, type Period } from '../../../domain/periods.ts';
import type { Fragment } from '../layout.ts';

/** A month as the picker and the `?month=` parameter write it: "2026-03". */
export type MonthKey = string;

export function monthPeriod(month: MonthKey): Period {
  const start = `${month}-01`;
  return { start, end: endOfMonth(start) };
}

export function shiftMonth(month: MonthKey, by: number): MonthKey {
  return addMonths(`${month}-01`, by).slice(0, 7);
}

export function monthName(month: MonthKey): string {
  return periodLabel(monthPeriod(month));
}

/**
 * Previous and next as plain links, and a GET form with a month input (a text box where the
 * browser has no month picker: "2026-03" typed in works the same). No script needed.
 */
export function monthPicker(month: MonthKey, current: MonthKey): Fragment {
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return html`<nav class="month-picker" aria-label="Month">
  <a class="button secondary" href="/?month=${previous}" rel="prev">← ${monthName(previous)}</a>
  <form method="get" action="/" class="month-form">
    <label for="month" class="visually-hidden">Month</label>
    <input type="month" id="month" name="month" value="${month}" pattern="[0-9]{4}-[0-9]{2}" required>
    <button class="secondary">Show</button>
  </form>
  ${month < current ? html`<a class="button secondary" href="/?month=${next}" rel="next">${monthName(next)} →</a>` : ''}
</nav>`;
}
