import type { Installation } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInstallationStore } from '../../src/channels/slack/installation-store.ts';
import { createKeyring } from '../../src/crypto/keyring.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { linkIdentity } from '../../src/services/identities.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { openTestDatabase } from '../support/database.ts';
import { TEST_ENCRYPTION_KEY } from '../support/engine.ts';
import { createTestHousehold } from '../support/households.ts';
import { commandRequest, eventCallback, eventRequest, messageEvent, slashCommand } from '../support/slack-requests.ts';
import { newDirectChannel, newSlackUser, slackIdentity, startSlackKitty, uniqueId, type SlackKitty } from './support.ts';

/**
 * A hosted Kitty serving workspaces installed by OAuth: each event is answered with its own
 * workspace's token from the installation store, a workspace that never installed Kitty gets
 * nothing, and uninstalling forgets the token.
 */
let database: DatabaseHandle;
let kitty: SlackKitty;
const store = () => createInstallationStore({ db: database.db, keyring: createKeyring(TEST_ENCRYPTION_KEY) });

beforeAll(async () => {
  database = await openTestDatabase();
});
afterEach(() => kitty?.close());
afterAll(() => database.close());

async function installWorkspace(): Promise<{ teamId: string; botToken: string }> {
  const teamId = uniqueId('T');
  const botToken = `xoxb-${teamId}-installed`;
  kitty.fake.addWorkspace({ botToken, teamId, teamName: `Home ${teamId}`, botUserId: `U${teamId}BOT`, botId: `B${teamId}` });
  const installation: Installation<'v2', false> = {
    team: { id: teamId, name: `Home ${teamId}` },
    enterprise: undefined,
    isEnterpriseInstall: false,
    appId: 'A0KITTY',
    authVersion: 'v2',
    tokenType: 'bot',
    bot: { token: botToken, scopes: ['commands', 'chat:write'], id: `B${teamId}`, userId: `U${teamId}BOT` },
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
  };
  await store().storeInstallation(installation);
  return { teamId, botToken };
}

describe('workspaces installed by OAuth', () => {
  it('answers each workspace with its own installation’s token', async () => {
    kitty = await startSlackKitty(database.db, { installationStore: store() });
    const first = await installWorkspace();
    const second = await installWorkspace();
    for (const workspace of [first, second]) {
      const home = await createTestHousehold(database.db);
      const user = newSlackUser();
      await linkIdentity(database.db, home.arjun, slackIdentity(user, workspace.teamId));
      const dm = newDirectChannel();

      await kitty.post(eventRequest(eventCallback(messageEvent({ userId: user, channelId: dm, text: 'coffee 180', teamId: workspace.teamId }), { teamId: workspace.teamId })));

      const posted = kitty.fake.callsTo('chat.postMessage').filter((call) => call.args.channel === dm);
      expect(posted.map((call) => call.token)).toEqual([workspace.botToken]);
      expect((await listExpenses(database.db, home.arjun, { status: ['draft'] })).items).toHaveLength(1);
    }
  });

  it('does nothing for a workspace that never installed Kitty, and forgets one that uninstalls it', async () => {
    kitty = await startSlackKitty(database.db, { installationStore: store() });
    const stranger = await kitty.post(
      commandRequest(slashCommand({ text: 'help', userId: newSlackUser(), channelId: newDirectChannel(), teamId: 'TNEVERINSTALLED', responseUrl: kitty.fake.responseUrl() })),
    );
    expect(stranger.status).toBe(200);
    expect(kitty.fake.responses.map((post) => post.body.text)).toEqual([expect.stringContaining('not installed in this workspace')]);
    expect(kitty.fake.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);

    const workspace = await installWorkspace();
    await kitty.post(eventRequest(eventCallback({ type: 'app_uninstalled', event_ts: '1700000000.000100' }, { teamId: workspace.teamId })));
    await expect(store().fetchInstallation({ teamId: workspace.teamId, enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(/not installed/);
  });
});
