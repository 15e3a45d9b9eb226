import { describe, expect, it } from 'vitest';
import { listCategories } from '../../src/services/categories.ts';
import { getHousehold } from '../../src/services/households.ts';
import { getInviteCode } from '../../src/services/invites.ts';
import { saveModelSettings } from '../../src/services/model-settings.ts';
import { listRecurringRules } from '../../src/services/recurring.ts';
import { createKeyring } from '../../src/crypto/keyring.ts';
import { TEST_ENCRYPTION_KEY } from '../support/engine.ts';
import { createTestHousehold } from '../support/households.ts';
import { follow } from '../support/web-pages.ts';
import { formPost } from '../support/web.ts';

import { categoryId, HOUSEHOLD_KEY, post, settingsPage, useSettingsKit } from './settings-support.ts';

/**
 * The settings page through the real app on the real database: admins change each section,
 * members who are not admins only look, and nothing is written by a form that is refused.
 * The model section is in settings-model.test.ts.
 */
const { db, setUp, snapshot, rentRule } = useSettingsKit();

describe('the page', () => {
  it('shows an admin every section with its forms, the invite code and the installation transcriber', async () => {
    const { app, admin, arjun } = await setUp({ transcription: { provider: 'openai', model: 'whisper-1' } });
    const response = await app.request('/settings', { headers: { cookie: admin.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const body = await response.text();
    for (const action of ['/settings/household', '/settings/invite/rotate', '/settings/categories', '/settings/recurring', '/settings/model', '/settings/model/test']) {
      expect(body).toContain(`action="${action}"`);
    }
    expect(body).toContain(await getInviteCode(db(), arjun));
    expect(body).toContain('Arjun');
    expect(body).toContain('Priya');
    expect(body).toContain('whisper-1');
    expect(body).toContain('TRANSCRIBE_PROVIDER');
    expect(body).toContain(`name="_csrf" value="${admin.csrf}"`);
    expect(body).not.toMatch(/\sstyle=/);
    expect(body).not.toMatch(/<script(?![^>]*\ssrc=)/);
  });

  it('is only for signed-in members (401), and every change needs the CSRF token (403)', async () => {
    const home = await setUp();
    const { app, admin } = home;
    expect((await app.request('/settings')).status).toBe(401);
    const before = await snapshot(home);
    const signedOut = await app.request('/settings/household', formPost('', { name: 'Hijacked', currency: 'USD', timeZone: 'UTC' }));
    expect(signedOut.status).toBe(401);
    const forged = await app.request('/settings/household', formPost(admin.cookie, { name: 'Hijacked', currency: 'USD', timeZone: 'UTC' }));
    expect(forged.status).toBe(403);
    const wrongToken = await post(app, { ...admin, csrf: 'x'.repeat(admin.csrf.length) }, '/invite/rotate');
    expect(wrongToken.status).toBe(403);
    expect(await snapshot(home)).toEqual(before);
  });

  it('refuses an oversized body with 413 and writes nothing', async () => {
    const home = await setUp();
    const before = await snapshot(home);
    const response = await post(home.app, home.admin, '/categories', { label: 'x'.repeat(70 * 1024) });
    expect(response.status).toBe(413);
    expect(await snapshot(home)).toEqual(before);
  });

  it('answers a body that is not a form with the page saying what is missing (400)', async () => {
    const home = await setUp();
    const before = await snapshot(home);
    const response = await home.app.request('/settings/household', {
      method: 'POST',
      headers: { cookie: home.admin.cookie, 'x-csrf-token': home.admin.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Via JSON' }),
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('Nothing was saved. Fix what is marked below and try again.');
    expect(body).toMatch(/<p class="field-error" id="household-[a-z-]+-error">/);
    expect(await snapshot(home)).toEqual(before);
  });
});

describe('household', () => {
  it('lets an admin change the name, currency and time zone', async () => {
    const { app, admin, arjun } = await setUp();
    const response = await post(app, admin, '/household', { name: 'Flat 4B', currency: 'eur', timeZone: 'Europe/Berlin' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/settings#household');
    expect(await getHousehold(db(), arjun)).toMatchObject({ name: 'Flat 4B', currency: 'EUR', timeZone: 'Europe/Berlin' });
    const body = (await follow(app, response, admin.cookie)).page;
    expect(body).toContain('Household settings saved.');
    expect(body).toContain('value="Flat 4B"');
  });

  it('shows a bad time zone beside its field with what was typed, and saves none of the form (400)', async () => {
    const home = await setUp();
    const before = await snapshot(home);
    const response = await post(home.app, home.admin, '/household', { name: 'New name', currency: 'USD', timeZone: 'Mars/Olympus' });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toMatch(/id="household-time-zone"[^>]*value="Mars\/Olympus"[^>]*aria-invalid="true"/);
    expect(body).toContain('<p class="field-error" id="household-time-zone-error">&quot;Mars/Olympus&quot; is not a time zone Kitty knows.');
    expect(body).toContain('value="New name"');
    expect(await snapshot(home)).toEqual(before);
  });

  it('shows a bad currency beside its field (400)', async () => {
    const home = await setUp();
    const response = await post(home.app, home.admin, '/household', { name: 'Home', currency: 'XYZ1', timeZone: 'UTC' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('id="household-currency-error"');
    expect((await getHousehold(db(), home.arjun)).currency).toBe('INR');
  });

  it('shows no message from the URL, whatever it says', async () => {
    const { app, admin } = await setUp();
    const body = await settingsPage(app, admin, '?done=%3Cb%3Ehi%3C%2Fb%3E');
    expect(body).not.toContain('<b>hi</b>');
    expect(body).not.toContain('class="flash"');
  });
});

describe('invite code', () => {
  it('makes a new code on request and shows it', async () => {
    const { app, admin, arjun } = await setUp();
    const old = await getInviteCode(db(), arjun);
    const response = await post(app, admin, '/invite/rotate');
    expect(response.status).toBe(303);
    const fresh = await getInviteCode(db(), arjun);
    expect(fresh).not.toBe(old);
    const body = (await follow(app, response, admin.cookie)).page;
    expect(body).toContain(fresh);
    expect(body).not.toContain(old);
  });
});

describe('categories', () => {
  it('adds, renames, hides and shows', async () => {
    const { app, admin, arjun } = await setUp();
    expect((await post(app, admin, '/categories', { label: 'Plants' })).headers.get('location')).toBe('/settings#categories');
    let categories = await listCategories(db(), arjun, { includeHidden: true });
    const plants = categoryId(categories, 'plants');

    expect((await post(app, admin, `/categories/${plants}`, { action: 'rename', label: 'Garden' })).status).toBe(303);
    const hidden = await post(app, admin, `/categories/${plants}`, { action: 'hide' });
    expect(hidden.status).toBe(303);
    categories = await listCategories(db(), arjun, { includeHidden: true });
    expect(categories.find((category) => category.id === plants)).toMatchObject({ label: 'Garden', slug: 'plants', hidden: true });
    const page = (await follow(app, hidden, admin.cookie)).page;
    expect(page).toContain('Category hidden.');
    expect(page).toMatch(new RegExp(`action="/settings/categories/${plants}"[^]*?name="action" value="show"`));

    expect((await post(app, admin, `/categories/${plants}`, { action: 'show' })).status).toBe(303);
    expect((await listCategories(db(), arjun)).map((category) => category.id)).toContain(plants);
  });

  it('refuses a duplicate name beside the field (400) and writes nothing', async () => {
    const home = await setUp();
    const before = await snapshot(home);
    const added = await post(home.app, home.admin, '/categories', { label: 'groceries' });
    expect(added.status).toBe(400);
    const body = await added.text();
    expect(body).toContain('id="category-new-label-error">There is already a category called &quot;Groceries&quot;');
    expect(body).toContain('value="groceries"');
    const dining = categoryId(before.categories, 'dining');
    const renamed = await post(home.app, home.admin, `/categories/${dining}`, { action: 'rename', label: 'Groceries' });
    expect(renamed.status).toBe(400);
    expect(await renamed.text()).toContain(`id="category-${dining}-label-error"`);
    const malformed = await post(home.app, home.admin, `/categories/${dining}`, { action: 'delete' });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain('Choose to rename, hide or show the category.');
    expect(await snapshot(home)).toEqual(before);
  });

  it("treats another household's category as not found (404) and changes nothing", async () => {
    const home = await setUp();
    const other = await createTestHousehold(db());
    const theirs = await listCategories(db(), other.arjun, { includeHidden: true });
    const target = categoryId(theirs, 'groceries');
    for (const fields of [{ action: 'rename', label: 'Mine' }, { action: 'hide' }] as Record<string, string>[]) {
      const response = await post(home.app, home.admin, `/categories/${target}`, fields);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('That category does not exist in this household.');
    }
    expect((await post(home.app, home.admin, '/categories/not-an-id', { action: 'hide' })).status).toBe(404);
    expect(await listCategories(db(), other.arjun, { includeHidden: true })).toEqual(theirs);
  });
});

describe('recurring expenses', () => {
  it('adds a rule from the form and lists it', async () => {
    const { app, admin, arjun, priya } = await setUp();
    const response = await post(app, admin, '/recurring', {
      description: 'Netflix',
      amount: '649',
      currency: '',
      category: 'subscriptions',
      paidBy: priya.memberId,
      cadenceEvery: '1',
      cadenceUnit: 'month',
      startOn: '2026-04-05',
    });
    expect(response.status).toBe(303);
    const [rule] = await listRecurringRules(db(), arjun);
    expect(rule).toMatchObject({ description: 'Netflix', amountMinor: 64_900, currency: 'INR', paidBy: priya.memberId, cadenceUnit: 'month', cadenceEvery: 1, nextOn: '2026-04-05', paused: false });
    const body = (await follow(app, response, admin.cookie)).page;
    expect(body).toContain('Recurring expense added.');
    expect(body).toContain('Netflix');
    expect(body).toContain('₹649.00');
    expect(body).toContain('every month');
  });

  it('shows each mistake beside its field and writes nothing (400)', async () => {
    const home = await setUp();
    const before = await snapshot(home);
    const base = { description: 'Gym', amount: '1500', currency: 'INR', category: 'health', paidBy: home.arjun.memberId, cadenceEvery: '1', cadenceUnit: 'month', startOn: '2026-04-01' };
    const cases: [Record<string, string>, string][] = [
      [{ amount: 'lots' }, 'rule-amount-error'],
      [{ cadenceEvery: 'two' }, 'rule-every-error'],
      [{ cadenceUnit: 'fortnight' }, 'rule-every-error'],
      [{ startOn: '2026-02-30' }, 'rule-start-error'],
      [{ category: categoryId((await listCategories(db(), (await createTestHousehold(db())).arjun)), 'health') }, 'rule-category-error'],
      [{ paidBy: (await createTestHousehold(db())).arjun.memberId }, 'rule-paid-by-error'],
      [{ description: ' ' }, 'rule-description-error'],
    ];
    for (const [change, errorId] of cases) {
      const response = await post(home.app, home.admin, '/recurring', { ...base, ...change });
      expect(response.status, JSON.stringify(change)).toBe(400);
      expect(await response.text(), JSON.stringify(change)).toContain(`id="${errorId}"`);
    }
    expect(await snapshot(home)).toEqual(before);
  });

  it('pauses and resumes a rule', async () => {
    const { app, admin, arjun } = await setUp();
    const rule = await rentRule(arjun);
    expect((await post(app, admin, `/recurring/${rule.id}/pause`, { paused: 'true' })).headers.get('location')).toBe('/settings#recurring');
    expect((await listRecurringRules(db(), arjun))[0]?.paused).toBe(true);
    expect(await settingsPage(app, admin)).toMatch(/name="paused" value="false"/);
    expect((await post(app, admin, `/recurring/${rule.id}/pause`, { paused: 'false' })).status).toBe(303);
    expect((await listRecurringRules(db(), arjun))[0]?.paused).toBe(false);
    expect((await post(app, admin, `/recurring/${rule.id}/pause`, { paused: 'maybe' })).status).toBe(400);
  });

  it("treats another household's rule as not found (404) and leaves it alone", async () => {
    const { app, admin } = await setUp();
    const other = await createTestHousehold(db());
    const theirs = await rentRule(other.arjun);
    const response = await post(app, admin, `/recurring/${theirs.id}/pause`, { paused: 'true' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('That recurring expense does not exist in this household.');
    expect((await post(app, admin, '/recurring/nope/pause', { paused: 'true' })).status).toBe(404);
    expect(await listRecurringRules(db(), other.arjun)).toEqual([theirs]);
  });
});

describe('a member who is not an admin', () => {
  it('sees every section read-only, without the invite code', async () => {
    const { app, member, arjun } = await setUp({ transcription: { provider: 'none' } });
    await saveModelSettings(db(), arjun, { provider: 'openai', apiKey: HOUSEHOLD_KEY }, createKeyring(TEST_ENCRYPTION_KEY));
    await rentRule(arjun);
    const body = await settingsPage(app, member);
    expect(body).not.toContain('action="/settings');
    expect(body).not.toContain(await getInviteCode(db(), arjun));
    expect(body).toContain('Only an admin can change these settings (Arjun).');
    for (const text of ['Test home', 'Asia/Kolkata', 'Groceries', 'Rent', 'OpenAI or a compatible server', 'Stored', 'voice notes are not transcribed']) {
      expect(body).toContain(text);
    }
    expect(body).not.toContain('wxyz');
    expect(body).not.toContain(HOUSEHOLD_KEY);
  });

  it('is refused every change (403) and nothing is written', async () => {
    const home = await setUp();
    const rule = await rentRule(home.arjun);
    const before = await snapshot(home);
    const groceries = categoryId(before.categories, 'groceries');
    const attempts: [string, Record<string, string>][] = [
      ['/household', { name: 'Priya’s', currency: 'USD', timeZone: 'UTC' }],
      ['/invite/rotate', {}],
      ['/categories', { label: 'Shoes' }],
      [`/categories/${groceries}`, { action: 'rename', label: 'Food' }],
      [`/categories/${groceries}`, { action: 'hide' }],
      ['/recurring', { description: 'Gym', amount: '100', category: 'health', cadenceEvery: '1', cadenceUnit: 'month', startOn: '2026-04-01' }],
      [`/recurring/${rule.id}/pause`, { paused: 'true' }],
      ['/model', { provider: 'openai', apiKey: HOUSEHOLD_KEY }],
      ['/model/test', {}],
    ];
    for (const [path, fields] of attempts) {
      const response = await post(home.app, home.member, path, fields);
      expect(response.status, path).toBe(403);
      expect(await response.text(), path).toContain('Only admins can change settings');
    }
    expect(await snapshot(home)).toEqual(before);
  });
});
