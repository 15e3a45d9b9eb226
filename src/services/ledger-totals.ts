import { gte, ilike, lte } from 'drizzle-orm';
import { parseIsoDate } from '../domain/dates.ts';
import { KittyError } from '../domain/errors.ts';
import type { Database } from '../db/database.ts';
import { expenses } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { requireCategory } from './categories.ts';
import { requireMember } from './members.ts';
import { confirmedSpend, totalsByCurrency, type CurrencyTotal } from './reports.ts';

/** The ledger's filters (as listExpenses takes them), for confirmed expenses. */
export interface LedgerTotalsFilter {
  readonly from?: string;
  readonly to?: string;
  /** Category slug or id. */
  readonly category?: string;
  /** Member id: expenses this member paid. */
  readonly paidBy?: string;
  /** Case-insensitive words in the description. */
  readonly text?: string;
}

/**
 * Totals per currency of every confirmed expense a ledger filter matches, not only the page on
 * screen. Built on the reports' `confirmedSpend`, so a month's ledger total is the dashboard's.
 */
export async function ledgerTotals(db: Database, scope: HouseholdScope, filter: LedgerTotalsFilter): Promise<CurrencyTotal[]> {
  return inHousehold(db, scope, async (tx) => {
    const start = filter.from ? parseIsoDate(filter.from) : undefined;
    const end = filter.to ? parseIsoDate(filter.to) : undefined;
    if (start && end && start > end) throw new KittyError('invalid_period', 'The start date is after the end date.', 'from');
    const conditions = confirmedSpend(scope, {
      ...(filter.category && { categoryId: (await requireCategory(tx, scope, filter.category)).id }),
      ...(filter.paidBy && { paidBy: (await requireMember(tx, scope, filter.paidBy, 'paidBy')).id }),
    });
    // One side of a period may be open, which confirmedSpend's closed period does not express.
    if (start) conditions.push(gte(expenses.spentOn, start));
    if (end) conditions.push(lte(expenses.spentOn, end));
    const text = filter.text?.trim();
    if (text) conditions.push(ilike(expenses.description, `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`));
    return totalsByCurrency(tx, conditions);
  });
}
