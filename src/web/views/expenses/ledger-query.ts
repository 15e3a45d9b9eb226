/**
 * The ledger's filters as they arrive in the URL (`?month=2026-03&category=dining&member=<id>&text=swiggy`),
 * read into the service's filter. Only the month is checked here; the category and member are
 * looked up in the household by the services, whose typed errors name the field.
 */
import { endOfMonth, parseIsoDate } from '../../../domain/dates.ts';
import { isKittyError } from '../../../domain/errors.ts';

export interface LedgerQuery {
  /** `YYYY-MM`, or empty for every month. */
  readonly month: string;
  /** Category slug, or empty. */
  readonly category: string;
  /** Member id (who paid), or empty. */
  readonly member: string;
  readonly text: string;
  readonly cursor: string;
}

export type LedgerFilterField = 'month' | 'category' | 'member' | 'text' | 'cursor';

export interface LedgerFilter {
  readonly from?: string;
  readonly to?: string;
  readonly category?: string;
  readonly paidBy?: string;
  readonly text?: string;
}

const MAX_TEXT = 100;

export function readLedgerQuery(query: (name: string) => string | undefined): LedgerQuery {
  const value = (name: string) => (query(name) ?? '').trim();
  return { month: value('month'), category: value('category'), member: value('member'), text: value('text'), cursor: value('cursor') };
}

/** The service filter for a query, or the field that is wrong and what to do about it. */
export function ledgerFilter(query: LedgerQuery): { ok: true; filter: LedgerFilter } | { ok: false; field: LedgerFilterField; message: string } {
  let period: { from: string; to: string } | undefined;
  if (query.month) {
    const start = /^\d{4}-(0[1-9]|1[0-2])$/.test(query.month) ? monthStart(query.month) : undefined;
    if (!start) return { ok: false, field: 'month', message: `"${query.month}" is not a month. Write it as YYYY-MM, for example 2026-03.` };
    period = { from: start, to: endOfMonth(start) };
  }
  if (query.text.length > MAX_TEXT) return { ok: false, field: 'text', message: `Search for at most ${MAX_TEXT} characters.` };
  return {
    ok: true,
    filter: {
      ...period,
      ...(query.category && { category: query.category }),
      ...(query.member && { paidBy: query.member }),
      ...(query.text && { text: query.text }),
    },
  };
}

function monthStart(month: string): string | undefined {
  try {
    return parseIsoDate(`${month}-01`);
  } catch (error) {
    if (isKittyError(error)) return undefined;
    throw error;
  }
}

/** The service's name for a field, as the filter form names it. */
export function filterFieldOf(field: string | undefined): LedgerFilterField {
  if (field === 'paidBy') return 'member';
  if (field === 'category' || field === 'text' || field === 'cursor') return field;
  return 'month';
}

/** A ledger URL with these filters (empty ones left out). */
export function ledgerHref(path: string, query: Partial<LedgerQuery>): string {
  const params = new URLSearchParams();
  for (const name of ['month', 'category', 'member', 'text', 'cursor'] as const) {
    const value = query[name];
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
