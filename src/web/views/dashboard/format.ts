/** Money and change figures as the dashboard prints them, in the household's locale-free 'en' style. */
import { formatMoney } from '../../../domain/money.ts';

export function money(minor: number, currency: string): string {
  return formatMoney(minor, currency, 'en');
}

/**
 * The change from `before` to `now` in percent, to one decimal, rounded half away from zero on
 * integers ("+23.5%", "−4.0%"); undefined when there was nothing before to compare against.
 */
export function percentChange(now: number, before: number): string | undefined {
  if (before <= 0) return undefined;
  const difference = BigInt(now - before);
  const magnitude = difference < 0n ? -difference : difference;
  const tenths = (magnitude * 2000n + BigInt(before)) / (BigInt(before) * 2n);
  const text = `${tenths / 10n}.${tenths % 10n}%`;
  return difference < 0n ? `−${text}` : `+${text}`;
}

/** Made once: building an Intl formatter per call cost more than the rest of a row's HTML. */
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Tue 3 Mar" for a row in a month's list. */
export function shortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return SHORT_DATE.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}
