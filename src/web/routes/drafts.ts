/**
 * The drafts page: what the household logged and has not yet decided on, with Confirm, Edit and
 * Discard per draft and Confirm all. Every action goes through the engine with the session's
 * scope, exactly like a chat button, so the undo history and the learned categories are the same.
 */
import { Hono } from 'hono';
import type { HouseholdScope } from '../../db/scope.ts';
import type { Reply } from '../../engine/reply.ts';
import { getExpense } from '../../services/expenses.ts';
import { takeFlash } from '../flash.ts';
import { draftsPage } from '../views/drafts/drafts-page.ts';
import type { WebDeps, WebEnv } from '../web-deps.ts';
import { mountExpenseEdit } from './expense-edit.ts';
import { attempt, badForm, errorPage, readForm, redirectWithFlash, textValues } from './web-forms.ts';

const BACK = { href: '/drafts', label: 'Back to the drafts' };

export function draftRoutes(deps: WebDeps) {
  const app = new Hono<WebEnv>();

  app.get('/', async (c) => {
    const [pending, flash] = await Promise.all([deps.engine.pendingDrafts(c.var.session.scope), takeFlash(c, deps.sessionSecret)]);
    return c.html(draftsPage({ session: c.var.session, pending, flash }));
  });

  /** The drafts the page showed, not whatever is pending now: a member confirms what they saw. */
  app.post('/confirm-all', async (c) => {
    const { scope } = c.var.session;
    const body = await readForm(c);
    if (!body) return badForm(c, 'drafts', BACK);
    const ids = [...new Set(textValues(body, 'ids'))];
    if (ids.length === 0) return redirectWithFlash(c, deps, '/drafts', { text: 'There was nothing to confirm.' });
    // Every id is checked before anything is confirmed, so one foreign id writes nothing at all.
    const toConfirm: string[] = [];
    for (const id of ids) {
      const found = await attempt(() => getExpense(deps.db, scope, id));
      if (!found.ok) return errorPage(c, found.error, 'drafts', BACK);
      // Discarded meanwhile (by the partner, from the chat): skipped rather than failing the rest.
      if (found.value.status !== 'discarded') toConfirm.push(found.value.id);
    }
    const reply = await attempt(() => deps.engine.confirmAll(scope, toConfirm));
    if (!reply.ok) return errorPage(c, reply.error, 'drafts', BACK);
    return redirectWithFlash(c, deps, '/drafts', { text: reply.value.text });
  });

  app.post('/undo', async (c) => {
    const reply = await deps.engine.undo(c.var.session.scope);
    return redirectWithFlash(c, deps, '/drafts', { text: reply.text });
  });

  for (const action of ['confirm', 'discard'] as const) {
    app.post(`/:id/${action}`, async (c) => {
      const { scope } = c.var.session;
      const found = await attempt(() => getExpense(deps.db, scope, c.req.param('id')));
      if (!found.ok) return errorPage(c, found.error, 'drafts', BACK);
      const reply = await attempt(() => deps.engine[action](scope, found.value.id));
      if (!reply.ok) return errorPage(c, reply.error, 'drafts', BACK);
      // Undo is offered only when this press changed something; a double tap has nothing of its own to take back.
      return redirectWithFlash(c, deps, '/drafts', { text: reply.value.text, undo: found.value.status === 'draft' });
    });
  }

  // The answers to a card's questions; the form field names the choice, the engine checks it is the household's.
  for (const [path, field, answer] of [
    ['category', 'category', (scope, id, value) => deps.engine.chooseCategory(scope, id, value)],
    ['paid-by', 'paidBy', (scope, id, value) => deps.engine.choosePayer(scope, id, value)],
  ] as const satisfies readonly (readonly [string, string, (scope: HouseholdScope, id: string, value: string) => Promise<Reply>])[]) {
    app.post(`/:id/${path}`, async (c) => {
      const { scope } = c.var.session;
      const body = await readForm(c);
      if (!body) return badForm(c, 'drafts', BACK);
      const [value = ''] = textValues(body, field);
      const found = await attempt(() => getExpense(deps.db, scope, c.req.param('id')));
      if (!found.ok) return errorPage(c, found.error, 'drafts', BACK);
      const reply = await attempt(() => answer(scope, found.value.id, value));
      if (!reply.ok) return errorPage(c, reply.error, 'drafts', BACK);
      // Undo only when this press changed something (a second press of the same answer did not).
      const after = await getExpense(deps.db, scope, found.value.id);
      return redirectWithFlash(c, deps, '/drafts', { text: reply.value.text, undo: after.updatedAt.getTime() !== found.value.updatedAt.getTime() });
    });
  }

  mountExpenseEdit(app, deps, { section: 'drafts', status: 'draft', title: 'Edit draft', after: () => '/drafts' });
  return app;
}
