/**
 * What "this month against last month" compares. A whole month against the whole month before,
 * once it is over; while it is still running, the days so far against the same days of the month
 * before — on the 4th, four days of spending against a whole month would read "down 92%" when
 * nothing changed. Shared by the month_over_month_compare intent and the dashboard, so the chat
 * and the page say the same thing.
 */
import { addDays, compareDates, endOfMonth, startOfMonth, type IsoDate } from './dates.ts';
import { periodLabel, previousMonth, type Period } from './periods.ts';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export interface MonthComparison {
  /** The later month, or its days up to today while it runs. */
  readonly later: Period;
  /** The month before, or its same days (1st..the same day of the month, clamped to its length). */
  readonly earlier: Period;
  /** True while the later month runs and only its days so far are compared. */
  readonly sameDays: boolean;
}

/**
 * `month` is the later month (its start decides which month it is). A month that has not begun
 * yet is compared whole, like a past one: there are no "days so far" to line up.
 */
export function monthComparison(month: Period, today: IsoDate): MonthComparison {
  const earlierMonth = previousMonth(month);
  const running = compareDates(month.start, today) <= 0 && compareDates(today, month.end) <= 0;
  if (!running) return { later: month, earlier: earlierMonth, sameDays: false };
  return {
    later: { start: month.start, end: today },
    earlier: { start: sameDayIn(earlierMonth, month.start), end: sameDayIn(earlierMonth, today) },
    sameDays: true,
  };
}

/** The date in `month` with the day-of-month of `date`, clamped to the month's last day (31 March → 28 February). */
function sameDayIn(month: Period, date: IsoDate): IsoDate {
  const last = endOfMonth(month.start);
  const candidate = addDays(startOfMonth(month.start), Number(date.slice(8, 10)) - 1);
  return compareDates(candidate, last) > 0 ? last : candidate;
}

/** "1–4 Nov" ("1–4 Nov 2026" with the year), "1 Nov" for one day; a stretch within one month, as the comparison's are. */
export function dayRangeLabel(period: Period, options: { withYear?: boolean } = {}): string {
  const month = `${SHORT_MONTHS[Number(period.start.slice(5, 7)) - 1] ?? ''}${options.withYear ? ` ${period.start.slice(0, 4)}` : ''}`;
  const first = Number(period.start.slice(8, 10));
  const last = Number(period.end.slice(8, 10));
  if (period.start.slice(0, 7) !== period.end.slice(0, 7)) return periodLabel(period);
  return first === last ? `${first} ${month}` : `${first}–${last} ${month}`;
}
