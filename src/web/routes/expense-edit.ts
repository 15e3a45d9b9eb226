/**
 * `GET /:id/edit` and `POST /:id/edit` for one kind of expense: drafts on the drafts page,
 * confirmed expenses in the ledger. The expense is looked up in the session's household only,
 * so another household's id is a 404 like an id that never existed, and nothing is written
 * unless every field passes.
 */
import type { Context, Hono } from 'hono';
import { KittyError } from '../../domain/errors.ts';
import { listCategories } from '../../services/categories.ts';
import { getExpense, type Expense } from '../../services/expenses.ts';
import { listMembers } from '../../services/members.ts';
import {
  changesSinceShown,
  expenseEditPage,
  expensePatch,
  formFieldOf,
  formValuesOf,
  readExpenseForm,
  readShownValues,
  type ExpenseFormValues,
  type FormChoices,
  type FormErrors,
} from '../views/expense-form.ts';
import type { NavSection } from '../views/layout.ts';
import type { WebDeps, WebEnv } from '../web-deps.ts';
import { attempt, badForm, errorPage, readForm, redirectWithFlash, textValues } from './web-forms.ts';

export interface EditOptions {
  readonly section: Extract<NavSection, 'drafts' | 'expenses'>;
  readonly status: 'draft' | 'confirmed';
  readonly title: string;
  /** Where the member lands after saving, given the expense's date. */
  readonly after: (spentOn: string) => string;
}

const SECTION_BY_STATUS = { draft: '/drafts', confirmed: '/expenses' } as const;

export function mountExpenseEdit(app: Hono<WebEnv>, deps: WebDeps, options: EditOptions): void {
  const base = SECTION_BY_STATUS[options.status];
  const back = { href: base, label: options.section === 'drafts' ? 'Back to the drafts' : 'Back to the ledger' };

  /** The expense, if it is in this household and of this kind; otherwise the response to send. */
  async function load(c: Context<WebEnv>): Promise<{ expense: Expense; choices: FormChoices } | { response: Response }> {
    const { scope } = c.var.session;
    const found = await attempt(() => getExpense(deps.db, scope, c.req.param('id') ?? ''));
    if (!found.ok) return { response: await errorPage(c, found.error, options.section, back) };
    const expense = found.value;
    if (expense.status !== options.status) {
      if (c.req.method === 'GET' && expense.status !== 'discarded') {
        // A draft confirmed meanwhile is edited in the ledger (and the other way round).
        return { response: c.redirect(`${SECTION_BY_STATUS[expense.status]}/${expense.id}/edit`, 303) };
      }
      const message =
        expense.status === 'discarded'
          ? 'This expense was discarded or deleted, so there is nothing to edit.'
          : expense.status === 'confirmed'
            ? 'This draft was confirmed meanwhile; edit it in the ledger.'
            : 'This expense is still a draft; edit it on the drafts page.';
      return { response: await errorPage(c, new KittyError('conflict', message), options.section, back) };
    }
    const [categories, members] = await Promise.all([listCategories(deps.db, scope, { includeHidden: true }), listMembers(deps.db, scope)]);
    return { expense, choices: { categories, members } };
  }

  const render = (c: Context<WebEnv>, expense: Expense, choices: FormChoices, values: ExpenseFormValues, errors: FormErrors, shown = values) =>
    c.html(
      expenseEditPage({
        title: options.title,
        active: options.section,
        session: c.var.session,
        action: `${base}/${expense.id}/edit`,
        values,
        shown,
        errors,
        choices,
        cancelHref: base,
      }),
      Object.keys(errors).length > 0 ? 400 : 200,
    );

  app.get('/:id/edit', async (c) => {
    const loaded = await load(c);
    if ('response' in loaded) return loaded.response;
    return render(c, loaded.expense, loaded.choices, formValuesOf(loaded.expense), {});
  });

  app.post('/:id/edit', async (c) => {
    const loaded = await load(c);
    if ('response' in loaded) return loaded.response;
    const { expense, choices } = loaded;
    const body = await readForm(c);
    if (!body) return badForm(c, options.section, back);
    const values = readExpenseForm(body, choices.members);
    // What the form first showed: a change someone else made meanwhile is not undone by it.
    const shown = readShownValues(textValues(body, 'shown')[0]);
    const checked = expensePatch(values, expense, choices);
    if (!checked.ok) return render(c, expense, choices, values, checked.errors, shown ?? formValuesOf(expense));
    const patch = changesSinceShown(checked.patch, shown, values);
    if (Object.keys(patch).length === 0) return redirectWithFlash(c, deps, options.after(expense.spentOn), { text: 'Nothing changed.' });

    const edited = await attempt(() => deps.engine.edit(c.var.session.scope, expense.id, patch));
    if (!edited.ok) {
      const field = formFieldOf(edited.error.field);
      return field ? render(c, expense, choices, values, { [field]: edited.error.message }, shown ?? formValuesOf(expense)) : errorPage(c, edited.error, options.section, back);
    }
    return redirectWithFlash(c, deps, options.after(edited.value.drafts[0]?.date ?? expense.spentOn), { text: edited.value.text, undo: true });
  });
}
