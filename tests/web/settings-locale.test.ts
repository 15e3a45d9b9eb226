import { describe, expect, it } from 'vitest';
import { writingExample } from '../../src/domain/locale-examples.ts';
import { getHousehold, updateHousehold } from '../../src/services/households.ts';
import { follow, visibleText } from '../support/web-pages.ts';
import { post, settingsPage, useSettingsKit } from './settings-support.ts';

/**
 * "Numbers and dates" in the household form, through the real app on the real database: offered
 * with examples, saved through the household settings, refused beside the field, shown read-only.
 */
const { db, setUp, snapshot } = useSettingsKit();
const household = { name: 'Test home', currency: 'INR', timeZone: 'Asia/Kolkata' };

/** The <select> for the locale, as served. */
function localeSelect(page: string): string {
  const match = /<select id="household-locale" name="locale"[^>]*>[^]*?<\/select>/.exec(page);
  if (!match) throw new Error('The page has no locale field.');
  return match[0];
}

describe('numbers and dates', () => {
  it('offers automatic (selected, with how it writes now) and the common locales, each with an example', async () => {
    const { app, admin } = await setUp();
    const page = await settingsPage(app, admin);
    const select = localeSelect(page);
    const india = writingExample('en-IN');
    expect(select).toMatch(new RegExp(`<option value="" selected>Automatic \\(from currency and time zone\\): ${india.number} · ${india.date}</option>`));
    const german = writingExample('de-DE');
    expect(select).toContain(`<option value="de-DE">German (Germany) (de-DE): ${german.number} · ${german.date}</option>`);
    for (const locale of ['en-IN', 'en-US', 'en-GB', 'fr-FR', 'es-ES', 'nl-NL', 'it-IT', 'pt-BR', 'en-PH', 'fil-PH', 'pl-PL', 'cs-CZ', 'sv-SE', 'de-CH', 'tr-TR', 'ko-KR', 'ja-JP']) {
      expect(select).toContain(`<option value="${locale}">`);
    }
    expect(select.match(/ selected>/g)).toHaveLength(1);
    expect(page).toMatch(/<label for="household-locale">Numbers and dates<\/label>/);
  });

  it('saves a locale with the rest of the household form and shows it chosen; automatic clears it', async () => {
    const { app, admin, arjun } = await setUp();
    const saved = await post(app, admin, '/household', { ...household, locale: 'de-DE' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/settings#household');
    expect(await getHousehold(db(), arjun)).toMatchObject({ ...household, locale: 'de-DE' });
    const page = (await follow(app, saved, admin.cookie)).page;
    expect(page).toContain('Household settings saved.');
    expect(localeSelect(page)).toContain('<option value="de-DE" selected>');

    expect((await post(app, admin, '/household', { ...household, locale: '' })).status).toBe(303);
    expect((await getHousehold(db(), arjun)).locale).toBeNull();
  });

  it('leaves the locale alone when a household form comes without the field', async () => {
    const { app, admin, arjun } = await setUp();
    await updateHousehold(db(), arjun, { locale: 'en-GB' });
    expect((await post(app, admin, '/household', { ...household, name: 'Renamed' })).status).toBe(303);
    expect(await getHousehold(db(), arjun)).toMatchObject({ name: 'Renamed', locale: 'en-GB' });
  });

  it('shows a locale Kitty does not know beside the field, keeps what was typed, and saves none of the form (400)', async () => {
    const home = await setUp();
    const before = await snapshot(home);
    const response = await post(home.app, home.admin, '/household', { ...household, name: 'New name', locale: 'xx-Nowhere' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('Nothing was saved. Fix what is marked below and try again.');
    expect(page).toMatch(/<select id="household-locale" name="locale" aria-invalid="true" aria-describedby="household-locale-error">/);
    expect(page).toContain('<p class="field-error" id="household-locale-error">&quot;xx-Nowhere&quot; is not a locale Kitty knows. Use a language and country like en-IN or de-DE.</p>');
    expect(page).toContain('value="New name"');
    expect(await snapshot(home)).toEqual(before);
  });

  it('offers a stored locale that is not in the list, selected', async () => {
    const { app, admin, arjun } = await setUp();
    await updateHousehold(db(), arjun, { locale: 'es-AR' });
    const select = localeSelect(await settingsPage(app, admin));
    expect(select).toContain(`<option value="es-AR" selected>Spanish (Argentina) (es-AR): ${writingExample('es-AR').number}`);
  });

  it('shows a member who is not an admin how the household writes, without a form', async () => {
    const { app, member, arjun } = await setUp();
    const automatic = visibleText(await settingsPage(app, member));
    expect(automatic).toContain(`Numbers and dates ${writingExample('en-IN').number} and ${writingExample('en-IN').date} (automatic, from the currency and time zone)`);
    await updateHousehold(db(), arjun, { locale: 'de-DE' });
    const chosen = visibleText(await settingsPage(app, member));
    expect(chosen).toContain(`Numbers and dates ${writingExample('de-DE').number} and ${writingExample('de-DE').date} (de-DE)`);
    expect(chosen).not.toContain('household-locale');
  });

  it('refuses a member who is not an admin (403) and keeps the locale', async () => {
    const home = await setUp();
    const response = await post(home.app, home.member, '/household', { ...household, locale: 'en-US' });
    expect(response.status).toBe(403);
    expect((await getHousehold(db(), home.arjun)).locale).toBeNull();
  });
});
