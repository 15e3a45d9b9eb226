/**
 * The ledger: confirmed expenses filtered by month, category, payer and words, a page at a time
 * (keyset cursor), with totals for everything the filter matches; edit and delete with undo; and
 * the same selection exported as CSV or as an hledger journal.
 */
import { Hono, type Context } from 'hono';
import { listCategories } from '../../services/categories.ts';
import { getExpense, type Expense } from '../../services/expenses.ts';
import { listExpenses } from '../../services/ledger.ts';
import { ledgerTotals } from '../../services/ledger-totals.ts';
import { listMembers } from '../../services/members.ts';
import { expensesCsv } from '../exports/csv.ts';
import { expensesJournal } from '../exports/hledger.ts';
import { takeFlash } from '../flash.ts';
import { ledgerPage } from '../views/expenses/ledger-page.ts';
import { filterFieldOf, ledgerFilter, ledgerHref, readLedgerQuery, type LedgerFilter, type LedgerQuery } from '../views/expenses/ledger-query.ts';
import type { WebDeps, WebEnv } from '../web-deps.ts';
import { mountExpenseEdit } from './expense-edit.ts';
import { attempt, errorPage, redirectWithFlash } from './web-forms.ts';

export const LEDGER_PAGE_SIZE = 25;
/** Pages the exports read at a time (the service's largest page). */
const EXPORT_BATCH = 200;
const BACK = { href: '/expenses', label: 'Back to the ledger' };

export function expenseRoutes(deps: WebDeps) {
  const app = new Hono<WebEnv>();

  app.get('/', async (c) => {
    const { scope } = c.var.session;
    const query = readLedgerQuery((name) => c.req.query(name));
    const [categories, members, flash] = await Promise.all([
      listCategories(deps.db, scope, { includeHidden: true }),
      listMembers(deps.db, scope),
      takeFlash(c, deps.sessionSecret),
    ]);
    const view = { session: c.var.session, query, categories, members, flash, expenses: [], totals: [], nextCursor: undefined };
    const parsed = ledgerFilter(query);
    if (!parsed.ok) return c.html(ledgerPage({ ...view, error: { field: parsed.field, message: parsed.message } }), 400);
    const found = await attempt(() =>
      Promise.all([
        listExpenses(deps.db, scope, { ...parsed.filter, limit: LEDGER_PAGE_SIZE, ...(query.cursor && { cursor: query.cursor }) }),
        ledgerTotals(deps.db, scope, parsed.filter),
      ]),
    );
    if (!found.ok) return c.html(ledgerPage({ ...view, error: { field: filterFieldOf(found.error.field), message: found.error.message } }), 400);
    const [listed, totals] = found.value;
    return c.html(ledgerPage({ ...view, expenses: listed.items, totals, nextCursor: listed.nextCursor }));
  });

  app.get('/export.csv', (c) =>
    exportFile(c, 'csv', (expenses, names) => ({ body: expensesCsv(expenses, names), type: 'text/csv; charset=utf-8' })),
  );

  app.get('/export.journal', (c) =>
    exportFile(c, 'journal', (expenses, names, query) => ({
      body: expensesJournal(expenses, names, `Kitty: ${c.var.session.household.name}${query.month ? `, ${query.month}` : ''}`),
      type: 'text/plain; charset=utf-8',
    })),
  );

  app.post('/undo', async (c) => {
    const reply = await deps.engine.undo(c.var.session.scope);
    const date = reply.drafts[0]?.date;
    return redirectWithFlash(c, deps, date ? monthHref(date) : '/expenses', { text: reply.text });
  });

  app.post('/:id/delete', async (c) => {
    const { scope } = c.var.session;
    const found = await attempt(() => getExpense(deps.db, scope, c.req.param('id')));
    if (!found.ok) return errorPage(c, found.error, 'expenses', BACK);
    const reply = await attempt(() => deps.engine.remove(scope, found.value.id));
    if (!reply.ok) return errorPage(c, reply.error, 'expenses', BACK);
    return redirectWithFlash(c, deps, monthHref(found.value.spentOn), { text: reply.value.text, undo: found.value.status === 'confirmed' });
  });

  mountExpenseEdit(app, deps, { section: 'expenses', status: 'confirmed', title: 'Edit expense', after: monthHref });

  /** Every expense the filters match (no paging), written by `format`, as a download. */
  async function exportFile(
    c: Context<WebEnv>,
    extension: 'csv' | 'journal',
    format: (expenses: Expense[], names: Parameters<typeof expensesCsv>[1], query: LedgerQuery) => { body: string; type: string },
  ): Promise<Response> {
    const { scope } = c.var.session;
    const query = readLedgerQuery((name) => c.req.query(name));
    const parsed = ledgerFilter(query);
    if (!parsed.ok) return c.text(parsed.message, 400);
    const found = await attempt(async () => {
      const [expenses, categories, members] = await Promise.all([
        allExpenses(parsed.filter),
        listCategories(deps.db, scope, { includeHidden: true }),
        listMembers(deps.db, scope),
      ]);
      return { expenses, names: { categories, members } };
    });
    if (!found.ok) return c.text(found.error.message, 400);
    const { body, type } = format(found.value.expenses, found.value.names, query);
    const filename = `kitty-${query.month || 'expenses'}.${extension}`;
    return c.body(body, 200, { 'content-type': type, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' });

    async function allExpenses(filter: LedgerFilter): Promise<Expense[]> {
      const all: Expense[] = [];
      let cursor: string | undefined;
      do {
        const listed = await listExpenses(deps.db, scope, { ...filter, limit: EXPORT_BATCH, ...(cursor && { cursor }) });
        all.push(...listed.items);
        cursor = listed.nextCursor;
      } while (cursor);
      return all;
    }
  }

  return app;
}

function monthHref(date: string): string {
  return ledgerHref('/expenses', { month: date.slice(0, 7) });
}
