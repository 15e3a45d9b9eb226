/**
 * /settings: the household, its members and invite code, categories, recurring expenses, and the
 * model. Everyone sees every section; only admins get forms, and every POST here is an admin's
 * (the services check the role again inside their own transactions). Whatever is changed is the
 * session's household: ids in the path only pick among its own categories and rules.
 *
 * A bad form comes back as the page with the error beside the field (400) and nothing written;
 * a change that worked redirects (303) to the page with a one-line note.
 */
import { setFlash, takeFlash } from '../flash.ts';
import { Hono, type Context } from 'hono';
import { isKittyError, KittyError } from '../../domain/errors.ts';
import { addCategory, updateCategory, type CategoryPatch } from '../../services/category-admin.ts';
import { listCategories } from '../../services/categories.ts';
import { updateHousehold } from '../../services/households.ts';
import { getInviteCode, rotateInviteCode } from '../../services/invites.ts';
import { listMembers } from '../../services/members.ts';
import { getModelSettings, saveModelSettings, type ModelSettingsInput } from '../../services/model-settings.ts';
import { createRecurringRule, listRecurringRules, setRecurringRulePaused } from '../../services/recurring.ts';
import { settingsPage, settingsRefusal } from '../views/settings/settings-page.ts';
import type { ConnectionResult, FormState, SettingsFormId, SettingsView } from '../views/settings/settings-view.ts';
import type { WebDeps, WebEnv, WebSession } from '../web-deps.ts';

/** The note after a change, chosen by key so nothing from the address is ever shown. */
const FLASHES = {
  household: 'Household settings saved.',
  invite: 'New invite code made; the old one no longer works.',
  'category-added': 'Category added.',
  'category-renamed': 'Category renamed.',
  'category-hidden': 'Category hidden. Past expenses keep it.',
  'category-shown': 'Category shown again.',
  'rule-added': 'Recurring expense added.',
  'rule-paused': 'Recurring expense paused.',
  'rule-resumed': 'Recurring expense resumed; it continues from its next date after today.',
  model: 'Model settings saved.',
  'model-key-removed': 'Model settings saved; the API key was removed.',
} as const;
type Done = keyof typeof FLASHES;

/** Where each note's section is, so the browser lands beside what just changed. */
const ANCHORS: Record<Done, string> = {
  household: 'household',
  invite: 'members',
  'category-added': 'categories',
  'category-renamed': 'categories',
  'category-hidden': 'categories',
  'category-shown': 'categories',
  'rule-added': 'recurring',
  'rule-paused': 'recurring',
  'rule-resumed': 'recurring',
  model: 'model',
  'model-key-removed': 'model',
};

/** Time zone errors name the field as the chat knows it; the form calls it timeZone. */
const FIELD_ALIASES: Readonly<Record<string, string>> = { timezone: 'timeZone' };

type Form = Record<string, string | File | (string | File)[]>;

/** The failed form: which one, what was typed (re-shown), and which fields it has. */
interface Attempt {
  readonly form: SettingsFormId;
  readonly values: Record<string, string>;
  readonly fields: readonly string[];
}

export function settingsRoutes(deps: WebDeps) {
  const app = new Hono<WebEnv>();
  const now = () => deps.now?.() ?? new Date();

  // Members who are not admins see no forms; a POST from one is refused before anything is read.
  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST' || c.var.session.member.role === 'admin') return next();
    return c.html(settingsRefusal(c.var.session, 'Only admins can change settings', 'Ask an admin of your household to make this change.'), 403);
  });

  app.get('/', async (c) => {
    const flash = await takeFlash(c, deps.sessionSecret);
    return c.html(settingsPage(await loadView(deps, c.var.session), flash?.text));
  });

  app.post('/household', async (c) => {
    const form = await readForm(c);
    // The locale only when the form sent one: a form without the field must not reset it to automatic.
    const values = { ...pick(form, ['name', 'currency', 'timeZone']), ...('locale' in form && pick(form, ['locale'])) };
    return attempt(deps, c, { form: 'household', values, fields: Object.keys(values) }, async (scope) => {
      await updateHousehold(deps.db, scope, values);
      return 'household';
    });
  });

  app.post('/invite/rotate', async (c) => {
    await rotateInviteCode(deps.db, c.var.session.scope);
    return done(deps, c, 'invite');
  });

  app.post('/categories', async (c) => {
    const values = pick(await readForm(c), ['label']);
    return attempt(deps, c, { form: 'category-add', values, fields: ['label'] }, async (scope) => {
      await addCategory(deps.db, scope, values);
      return 'category-added';
    });
  });

  app.post('/categories/:id', async (c) => {
    const id = c.req.param('id');
    const values = pick(await readForm(c), ['action', 'label']);
    return attempt(deps, c, { form: `category:${id}`, values, fields: ['label', 'hidden'] }, async (scope) => {
      const [patch, note] = categoryChange(values);
      await updateCategory(deps.db, scope, id, patch);
      return note;
    });
  });

  app.post('/recurring', async (c) => {
    const fields = ['description', 'amount', 'currency', 'category', 'paidBy', 'cadenceEvery', 'cadenceUnit', 'startOn'] as const;
    const values = pick(await readForm(c), fields);
    const every = values.cadenceEvery.trim();
    return attempt(deps, c, { form: 'recurring', values, fields: [...fields, 'cadence'] }, async (scope) => {
      await createRecurringRule(deps.db, scope, {
        description: values.description,
        amount: values.amount,
        ...(values.currency.trim() && { currency: values.currency }),
        category: values.category,
        ...(values.paidBy && { paidBy: values.paidBy }),
        // Anything but plain digits is left as NaN for the cadence check to explain.
        cadence: { unit: values.cadenceUnit, every: /^\d{1,4}$/.test(every) ? Number(every) : Number.NaN },
        startOn: values.startOn,
      });
      return 'rule-added';
    });
  });

  app.post('/recurring/:id/pause', async (c) => {
    const id = c.req.param('id');
    const { paused } = pick(await readForm(c), ['paused']);
    return attempt(deps, c, { form: `rule:${id}`, values: {}, fields: [] }, async (scope) => {
      if (paused !== 'true' && paused !== 'false') throw new KittyError('invalid_input', 'Choose to pause or to resume.');
      await setRecurringRulePaused(deps.db, scope, id, paused === 'true', { now: now() });
      return paused === 'true' ? 'rule-paused' : 'rule-resumed';
    });
  });

  app.post('/model', async (c) => {
    const form = await readForm(c);
    // The key is read once and never put in `values`: a page shown back must not contain it.
    const apiKey = text(form, 'apiKey').trim();
    const values = pick(form, ['provider', 'model', 'interpreterMode', 'removeKey']);
    const removeKey = values.removeKey === 'yes';
    return attempt(deps, c, { form: 'model', values, fields: ['provider', 'model', 'interpreterMode', 'apiKey', 'removeKey'] }, async (scope) => {
      if (apiKey && removeKey) {
        throw new KittyError('invalid_input', 'Type a new key or tick "Remove the stored key", not both.', 'apiKey');
      }
      const input = {
        provider: values.provider,
        model: values.model.trim() || null,
        interpreterMode: values.interpreterMode || null,
        ...(removeKey ? { apiKey: null } : apiKey ? { apiKey } : {}),
      };
      // The form's text goes to the service as typed; its schema is what checks the choices.
      await saveModelSettings(deps.db, scope, input as ModelSettingsInput, deps.keyring);
      return removeKey ? 'model-key-removed' : 'model';
    });
  });

  app.post('/model/test', async (c) => {
    const session = c.var.session;
    let connection: ConnectionResult;
    try {
      connection = await deps.engine.testConnection(session.scope);
    } catch (error) {
      // A key that cannot be decrypted (no APP_ENCRYPTION_KEY) is a failed connection, said plainly.
      if (!isKittyError(error)) throw error;
      connection = { ok: false, error: error.message };
    }
    return c.html(settingsPage(await loadView(deps, session, { connection })));
  });

  return app;
}

/** Runs one change; a typed error becomes the page with the message beside its field. */
async function attempt(
  deps: WebDeps,
  c: Context<WebEnv>,
  failed: Attempt,
  work: (scope: WebSession['scope']) => Promise<Done>,
): Promise<Response> {
  const session = c.var.session;
  try {
    return await done(deps, c, await work(session.scope));
  } catch (error) {
    if (!isKittyError(error)) throw error;
    if (error.code === 'not_found') return c.html(settingsRefusal(session, 'Not found', error.message), 404);
    if (error.code === 'forbidden') return c.html(settingsRefusal(session, 'Only admins can change settings', error.message), 403);
    const field = FIELD_ALIASES[error.field ?? ''] ?? error.field ?? '';
    const state: FormState = { form: failed.form, values: failed.values, errors: { [failed.fields.includes(field) ? field : '']: error.message } };
    return c.html(settingsPage(await loadView(deps, session, { state })), error.code === 'encryption_unavailable' ? 503 : 400);
  }
}

/** Back to the section that changed, with the same signed one-time message the other pages use. */
async function done(deps: WebDeps, c: Context<WebEnv>, key: Done): Promise<Response> {
  await setFlash(c, deps.sessionSecret, { text: FLASHES[key] }, deps.publicUrl.startsWith('https://'));
  return c.redirect(`/settings#${ANCHORS[key]}`, 303);
}

async function loadView(deps: WebDeps, session: WebSession, extra: Pick<SettingsView, 'state' | 'connection'> = {}): Promise<SettingsView> {
  const { scope } = session;
  const isAdmin = session.member.role === 'admin';
  const [members, categories, rules, model, inviteCode] = await Promise.all([
    listMembers(deps.db, scope),
    listCategories(deps.db, scope, { includeHidden: true }),
    listRecurringRules(deps.db, scope),
    getModelSettings(deps.db, scope),
    isAdmin ? getInviteCode(deps.db, scope) : undefined,
  ]);
  return {
    session,
    isAdmin,
    household: session.household,
    members,
    categories,
    rules,
    ...(inviteCode && { inviteCode }),
    ...(model && { model }),
    ...(deps.transcription && { transcription: deps.transcription }),
    ...extra,
  };
}

function categoryChange(values: { action: string; label: string }): [CategoryPatch, Done] {
  switch (values.action) {
    case 'rename':
      return [{ label: values.label }, 'category-renamed'];
    case 'hide':
      return [{ hidden: true }, 'category-hidden'];
    case 'show':
      return [{ hidden: false }, 'category-shown'];
    default:
      throw new KittyError('invalid_input', 'Choose to rename, hide or show the category.');
  }
}

/** The posted form (parsed once, by the CSRF check, and cached); a body that is not a form reads as empty. */
async function readForm(c: Context<WebEnv>): Promise<Form> {
  try {
    return await c.req.parseBody();
  } catch {
    return {};
  }
}

/** A form field as text: missing, a file, or repeated fields count as empty, never as a crash. */
function text(form: Form, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value : '';
}

/** The named fields as text; a missing one is empty, so the service says what it needs. */
function pick<const Name extends string>(form: Form, names: readonly Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, text(form, name)])) as Record<Name, string>;
}
