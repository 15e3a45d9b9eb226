import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import defaultTaxonomy from '../../src/domain/default-categories.json' with { type: 'json' };
import { listCategories } from '../../src/services/categories.ts';
import { createHousehold, getHousehold, updateHousehold } from '../../src/services/households.ts';
import { linkIdentity, resolveIdentity } from '../../src/services/identities.ts';
import { getInviteCode, joinHousehold, rotateInviteCode } from '../../src/services/invites.ts';
import { listMembers } from '../../src/services/members.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe('creating a household', () => {
  it('makes the founder an admin and seeds the default categories in order', async () => {
    const { household, scope } = await createHousehold(handle.db, {
      name: '  Sharma home ',
      currency: 'inr',
      timeZone: 'Asia/Kolkata',
      owner: { displayName: 'Arjun' },
    });
    expect(household).toMatchObject({ name: 'Sharma home', currency: 'INR', timeZone: 'Asia/Kolkata', inviteCode: null });
    const members = await listMembers(handle.db, scope);
    expect(members.map((m) => [m.displayName, m.role])).toEqual([['Arjun', 'admin']]);
    const categories = await listCategories(handle.db, scope);
    expect(categories.map((c) => c.slug)).toEqual(defaultTaxonomy.categories.map((c) => c.id));
    expect(categories.find((c) => c.slug === 'dining')?.label).toBe('Dining out');
  });

  it.each([
    [{ currency: 'XYZ' }, 'invalid_currency'],
    [{ currency: 'rupees' }, 'invalid_currency'],
    [{ timeZone: 'Mars/Olympus' }, 'invalid_time_zone'],
    [{ name: '   ' }, 'invalid_input'],
  ])('rejects %o with %s and writes nothing', async (override, code) => {
    const identity = { provider: 'telegram' as const, externalId: unique() };
    await expect(
      createHousehold(
        handle.db,
        { name: 'Home', currency: 'INR', timeZone: 'Asia/Kolkata', owner: { displayName: 'A' }, ...override },
        identity,
      ),
    ).rejects.toMatchObject({ name: 'KittyError', code });
    expect(await resolveIdentity(handle.db, identity)).toBeUndefined();
  });

  it('links the founding chat account, and that account cannot found a second household', async () => {
    const identity = { provider: 'slack' as const, externalScope: 'T123', externalId: unique() };
    const { scope } = await createHousehold(
      handle.db,
      { name: 'Home', currency: 'USD', timeZone: 'America/New_York', owner: { displayName: 'Sam' } },
      identity,
    );
    expect(await resolveIdentity(handle.db, identity)).toEqual(scope);
    // The same user id in another Slack workspace is a different account.
    expect(await resolveIdentity(handle.db, { ...identity, externalScope: 'T999' })).toBeUndefined();
    await expect(
      createHousehold(handle.db, { name: 'Again', currency: 'USD', timeZone: 'UTC', owner: { displayName: 'Sam' } }, identity),
    ).rejects.toMatchObject({ code: 'already_member' });
  });
});

describe('updating a household', () => {
  it('lets an admin change name, currency and time zone', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const updated = await updateHousehold(handle.db, arjun, { name: 'New name', currency: 'eur', timeZone: 'Europe/Berlin' });
    expect(updated).toMatchObject({ name: 'New name', currency: 'EUR', timeZone: 'Europe/Berlin' });
    expect(await getHousehold(handle.db, arjun)).toMatchObject({ currency: 'EUR' });
  });

  it('refuses members who are not admins', async () => {
    const { priya, arjun } = await createTestHousehold(handle.db);
    await expect(updateHousehold(handle.db, priya, { name: 'Mine now' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getHousehold(handle.db, arjun)).name).toBe('Test home');
  });
});

describe('the household locale', () => {
  it('starts automatic (null), and an admin sets it in canonical form, or back to automatic', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    expect((await getHousehold(handle.db, arjun)).locale).toBeNull();

    expect(await updateHousehold(handle.db, arjun, { locale: 'de_de' })).toMatchObject({ locale: 'de-DE', currency: 'INR' });
    expect((await getHousehold(handle.db, priya)).locale).toBe('de-DE');
    // Changing something else leaves it alone.
    expect((await updateHousehold(handle.db, arjun, { name: 'Renamed' })).locale).toBe('de-DE');

    expect((await updateHousehold(handle.db, arjun, { locale: '  ' })).locale).toBeNull();
    await updateHousehold(handle.db, arjun, { locale: 'en-IN' });
    expect((await updateHousehold(handle.db, arjun, { locale: null })).locale).toBeNull();
  });

  it('refuses a locale Kitty does not know, naming the field, and writes none of the change', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await expect(updateHousehold(handle.db, arjun, { name: 'Half saved', locale: 'klingon-ish' })).rejects.toMatchObject({
      name: 'KittyError',
      code: 'invalid_locale',
      field: 'locale',
    });
    expect(await getHousehold(handle.db, arjun)).toMatchObject({ name: 'Test home', locale: null });
  });

  it('is an admin\'s to change, and only in their own household', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await expect(updateHousehold(handle.db, priya, { locale: 'en-US' })).rejects.toMatchObject({ code: 'forbidden' });
    await updateHousehold(handle.db, other.arjun, { locale: 'fr-FR' });
    expect((await getHousehold(handle.db, arjun)).locale).toBeNull();
    expect((await getHousehold(handle.db, other.priya)).locale).toBe('fr-FR');
  });

  it('can be given when a household is made', async () => {
    const { household } = await createHousehold(handle.db, {
      name: 'Home', currency: 'EUR', timeZone: 'Europe/Dublin', locale: 'EN-ie', owner: { displayName: 'Aoife' },
    });
    expect(household.locale).toBe('en-IE');
  });
});

describe('invite codes', () => {
  it('are given to admins only, stable until rotated', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const code = await getInviteCode(handle.db, arjun);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(await getInviteCode(handle.db, arjun)).toBe(code);
    await expect(getInviteCode(handle.db, priya)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(rotateInviteCode(handle.db, priya)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('join in any case and spacing; a rotated code stops working', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const code = await getInviteCode(handle.db, arjun);
    const typed = ` ${code.toLowerCase().replace('-', ' ')} `;
    const joined = await joinHousehold(handle.db, { code: typed, displayName: 'Meera' });
    expect(joined.scope.householdId).toBe(arjun.householdId);
    const members = await listMembers(handle.db, arjun);
    expect(members.find((m) => m.displayName === 'Meera')?.role).toBe('member');

    const rotated = await rotateInviteCode(handle.db, arjun);
    expect(rotated).not.toBe(code);
    await expect(joinHousehold(handle.db, { code, displayName: 'Late' })).rejects.toMatchObject({
      code: 'invalid_invite_code',
    });
    await joinHousehold(handle.db, { code: rotated, displayName: 'Late' });
  });

  it('refuses unknown codes, taken names and accounts that already belong somewhere', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const code = await getInviteCode(handle.db, arjun);
    await expect(joinHousehold(handle.db, { code: 'ABCD-EFGH', displayName: 'X' })).rejects.toMatchObject({
      code: 'invalid_invite_code',
    });
    await expect(joinHousehold(handle.db, { code: '', displayName: 'X' })).rejects.toMatchObject({ code: 'invalid_invite_code' });
    await expect(joinHousehold(handle.db, { code, displayName: 'priya' })).rejects.toMatchObject({
      code: 'conflict',
      field: 'displayName',
    });

    const identity = { provider: 'telegram' as const, externalId: unique() };
    const other = await createTestHousehold(handle.db);
    await linkIdentity(handle.db, other.priya, identity);
    await expect(joinHousehold(handle.db, { code, displayName: 'Nina' }, identity)).rejects.toMatchObject({
      code: 'already_member',
    });
    expect((await listMembers(handle.db, arjun)).map((m) => m.displayName)).toEqual(['Arjun', 'Priya']);
  });
});
