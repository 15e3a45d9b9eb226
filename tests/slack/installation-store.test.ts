import type { Installation } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_BOT_SCOPES } from '../../src/channels/slack/oauth-scopes.ts';
import { createInstallationStore } from '../../src/channels/slack/installation-store.ts';
import { createKeyring } from '../../src/crypto/keyring.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { slackInstallations } from '../../src/db/schema.ts';
import { openTestDatabase } from '../support/database.ts';
import { expectRejection } from '../support/kitty-errors.ts';
import { installationRow, uniqueId } from './support.ts';

/** Bolt's installation store over Kitty's database: installations sealed at rest, found by team or by org. */
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

const keyring = createKeyring(crypto.getRandomValues(new Uint8Array(32)));

function teamInstallation(teamId: string, botToken: string): Installation<'v2', false> {
  return {
    team: { id: teamId, name: 'Sharma Household' },
    enterprise: undefined,
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: { token: botToken, scopes: [...SLACK_BOT_SCOPES], id: 'B0KITTY', userId: 'U0KITTYBOT' },
    tokenType: 'bot',
    isEnterpriseInstall: false,
    appId: 'A0KITTY',
    authVersion: 'v2',
  };
}


describe('the installation store', () => {
  it('stores a workspace sealed, with no token text in the row, and fetches it back by team', async () => {
    const store = createInstallationStore({ db: handle.db, keyring });
    const teamId = uniqueId('T');
    const installation = teamInstallation(teamId, 'xoxb-1234-5678-secretbottoken');
    await store.storeInstallation(installation);

    const row = await installationRow(handle.db, `team:${teamId}`);
    expect(row).toMatchObject({ teamId, enterpriseId: null, isEnterpriseInstall: false });
    expect(row?.installationSealed).toMatch(/^v1\./);
    expect(row?.installationSealed).not.toContain('xoxb');
    expect(row?.installationSealed).not.toContain('secretbottoken');

    expect(await store.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })).toEqual(installation);
  });

  it('keys an org-wide install by its enterprise, so a query for the org finds it and one for a team does not', async () => {
    const store = createInstallationStore({ db: handle.db, keyring });
    const enterpriseId = uniqueId('E');
    const installation: Installation<'v2', true> = {
      team: undefined,
      enterprise: { id: enterpriseId, name: 'Sharma Group' },
      user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
      bot: { token: 'xoxb-org-wide-token', scopes: ['commands'], id: 'B0KITTY', userId: 'U0KITTYBOT' },
      tokenType: 'bot',
      isEnterpriseInstall: true,
      appId: 'A0KITTY',
      enterpriseUrl: 'https://sharma-group.enterprise.slack.com/',
      authVersion: 'v2',
    };
    await store.storeInstallation(installation);

    expect(await installationRow(handle.db, `enterprise:${enterpriseId}`)).toMatchObject({ teamId: null, enterpriseId, isEnterpriseInstall: true });
    const fetched = await store.fetchInstallation({ teamId: undefined, enterpriseId, isEnterpriseInstall: true });
    expect(fetched.bot?.token).toBe('xoxb-org-wide-token');
    await expectRejection(store.fetchInstallation({ teamId: enterpriseId, enterpriseId, isEnterpriseInstall: false }), 'not_found');
  });

  it('replaces the installation when a workspace installs again (new token, one row)', async () => {
    const store = createInstallationStore({ db: handle.db, keyring });
    const teamId = uniqueId('T');
    await store.storeInstallation(teamInstallation(teamId, 'xoxb-first'));
    await store.storeInstallation(teamInstallation(teamId, 'xoxb-second'));

    const fetched = await store.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
    expect(fetched.bot?.token).toBe('xoxb-second');
    const rows = await handle.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, teamId));
    expect(rows).toHaveLength(1);
  });

  it('says clearly when Kitty is not installed in a workspace, and forgets one that is deleted', async () => {
    const store = createInstallationStore({ db: handle.db, keyring });
    const teamId = uniqueId('T');
    const query = { teamId, enterpriseId: undefined, isEnterpriseInstall: false } as const;
    const missing = await expectRejection(store.fetchInstallation(query), 'not_found');
    expect(missing.message).toContain(teamId);
    expect(missing.message).toContain('/slack/install');

    await store.storeInstallation(teamInstallation(teamId, 'xoxb-to-delete'));
    await store.deleteInstallation?.(query);
    expect(await installationRow(handle.db, `team:${teamId}`)).toBeUndefined();
    await expectRejection(store.fetchInstallation(query), 'not_found');
    await store.deleteInstallation?.(query); // already gone: not an error
  });

  it('cannot be opened under another APP_ENCRYPTION_KEY, nor from another workspace\'s row', async () => {
    const teamId = uniqueId('T');
    await createInstallationStore({ db: handle.db, keyring }).storeInstallation(teamInstallation(teamId, 'xoxb-sealed'));
    const query = { teamId, enterpriseId: undefined, isEnterpriseInstall: false } as const;

    const otherKeyring = createKeyring(crypto.getRandomValues(new Uint8Array(32)));
    await expect(createInstallationStore({ db: handle.db, keyring: otherKeyring }).fetchInstallation(query)).rejects.toThrow(
      /could not be decrypted/,
    );

    // The row's key is bound into the seal: a sealed installation copied under another team does not open.
    const otherTeam = uniqueId('T');
    const sealed = (await installationRow(handle.db, `team:${teamId}`))?.installationSealed ?? '';
    await handle.db.insert(slackInstallations).values({ installationKey: `team:${otherTeam}`, teamId: otherTeam, installationSealed: sealed });
    await expect(
      createInstallationStore({ db: handle.db, keyring }).fetchInstallation({ teamId: otherTeam, enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow(/could not be decrypted/);
  });
});
