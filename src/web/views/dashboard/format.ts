/** Money and change figures as the dashboard prints them, in the household's locale-free 'en' style. */
import { formatMoney } from '../../../domain/money.ts';

export function money(minor: number, currency: string): string {
  return formatMoney(minor, currency, 'en');
}

/** Made once: building an Intl formatter per call cost more than the rest of a row's HTML. */
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Tue 3 Mar" for a row in a month's list. */
export function shortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return SHORT_DATE.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}
