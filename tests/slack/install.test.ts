import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SLACK_BOT_SCOPES } from '../../src/channels/slack/oauth-scopes.ts';
import { createInstallationStore } from '../../src/channels/slack/installation-store.ts';
import { createKeyring } from '../../src/crypto/keyring.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createLogger, type Logger } from '../../src/log/logger.ts';
import { slackInstallRoutes } from '../../src/web/routes/slack-install.ts';
import { openTestDatabase } from '../support/database.ts';
import { oauthV2AccessResponse, startFakeSlack } from '../support/fake-slack/index.ts';
import { expectRejection } from '../support/kitty-errors.ts';
import { installationRow, uniqueId } from './support.ts';

/** Installing Kitty into a workspace by OAuth: the signed state, the cookie, the code exchange, and what is stored. */
let handle: DatabaseHandle;
let fakeSlack: Awaited<ReturnType<typeof startFakeSlack>>;

beforeAll(async () => {
  [handle, fakeSlack] = await Promise.all([openTestDatabase(), startFakeSlack()]);
  fakeSlack.expectClient(CLIENT_ID, CLIENT_SECRET);
});

afterAll(async () => {
  await Promise.all([handle.close(), fakeSlack.close()]);
});

const keyring = createKeyring(crypto.getRandomValues(new Uint8Array(32)));
const CLIENT_ID = '1111111111.2222222222';
const CLIENT_SECRET = '0123456789abcdef0123456789abcdef';
const STATE_SECRET = 'a-session-secret-of-at-least-32-characters';
const PUBLIC_URL = 'https://kitty.example';


describe('installing through /slack/install and /slack/oauth_redirect', () => {
  let clock: Date;
  let logLines: string[];
  let app: Hono;
  const store = () => createInstallationStore({ db: handle.db, keyring });

  beforeEach(() => {
    clock = new Date('2026-05-01T09:00:00Z');
    logLines = [];
    app = installApp(STATE_SECRET, createLogger('debug', (line) => logLines.push(line)));
  });

  /** The install routes as Kitty mounts them, signing state with `stateSecret`. */
  function installApp(stateSecret: string, logger: Logger) {
    return new Hono().route(
      '/slack',
      slackInstallRoutes({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, apiUrl: fakeSlack.apiUrl, publicUrl: PUBLIC_URL, stateSecret, installationStore: store(), logger, now: () => clock }),
    );
  }

  /** Opens the install page as a browser would: the Add to Slack link's state, and the cookie to send back. */
  async function startInstall() {
    const response = await app.request('/slack/install');
    expect(response.status).toBe(200);
    const href = /<a class="button" href="([^"]+)">Add to Slack<\/a>/.exec(await response.text())?.[1];
    expect(href).toBeDefined();
    const authorize = new URL((href ?? '').replace(/&amp;/g, '&'));
    const setCookie = response.headers.get('set-cookie') ?? '';
    const nonce = /kitty_slack_install=([^;]+)/.exec(setCookie)?.[1];
    return { response, authorize, setCookie, state: authorize.searchParams.get('state') ?? '', cookie: `kitty_slack_install=${nonce}` };
  }

  function callback(query: Record<string, string>, cookie?: string) {
    return app.request(`/slack/oauth_redirect?${new URLSearchParams(query)}`, { headers: cookie ? { cookie } : {} });
  }

  /** A code the fake Slack will exchange once for a bot install in a fresh workspace. */
  function grantCode(teamName = 'Sharma Household') {
    const teamId = uniqueId('T');
    const botToken = `xoxb-${uniqueId('')}-installed`;
    const code = `code-${uniqueId('')}`;
    fakeSlack.addOAuthCode(
      code,
      oauthV2AccessResponse({ botToken, teamId, teamName, botUserId: 'U0KITTYBOT', installerUserId: 'U0PRIYA', scope: SLACK_BOT_SCOPES.join(','), appId: 'A0KITTY' }),
    );
    return { teamId, botToken, code };
  }

  const teamQuery = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false }) as const;

  function expectNoSecretsLogged(...secrets: string[]) {
    for (const secret of [CLIENT_SECRET, ...secrets]) expect(logLines.join('\n')).not.toContain(secret);
  }

  it('shows an Add to Slack link to the authorize page with Kitty\'s scopes, and binds the state to a cookie', async () => {
    const { response, authorize, setCookie, state } = await startInstall();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/text\/html/);

    expect(authorize.origin).toBe(new URL(fakeSlack.apiUrl).origin);
    expect(authorize.pathname).toBe('/oauth/v2/authorize');
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('scope')).toBe(SLACK_BOT_SCOPES.join(','));
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/slack/oauth_redirect`);
    expect(state.split('.')).toHaveLength(3);

    expect(setCookie).toMatch(/^kitty_slack_install=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/slack');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('Max-Age=600');
  });

  it('leaves out Secure on a plain-http Kitty (a laptop), where the browser would drop the cookie', async () => {
    const local = new Hono().route(
      '/slack',
      slackInstallRoutes({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        publicUrl: 'http://localhost:3000',
        stateSecret: STATE_SECRET,
        installationStore: store(),
        logger: createLogger('silent'),
      }),
    );
    const response = await local.request('/slack/install');
    expect(response.headers.get('set-cookie')).not.toContain('Secure');
    expect(await response.text()).toContain('https://slack.com/oauth/v2/authorize?client_id=');
  });

  it('exchanges the code, stores the installation with the bot token and id, clears the cookie and says what to do next', async () => {
    const { teamId, botToken, code } = grantCode('Sharma Household');
    const { state, cookie } = await startInstall();

    const response = await callback({ code, state }, cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toMatch(/kitty_slack_install=;.*Max-Age=0/);
    const page = await response.text();
    expect(page).toContain('Kitty is in Sharma Household');
    expect(page).toContain('<code>/kitty start</code>');
    expect(page).toContain('<code>/kitty link CODE</code>');
    expect(page).toContain('<code>/kitty link-channel</code>');
    expect(page).not.toContain(botToken);

    const exchange = fakeSlack.callsTo('oauth.v2.access').at(-1);
    expect(exchange?.args).toMatchObject({ client_id: CLIENT_ID, code, redirect_uri: `${PUBLIC_URL}/slack/oauth_redirect` });
    expect(fakeSlack.callsTo('auth.test').at(-1)?.token).toBe(botToken);

    const installation = await store().fetchInstallation(teamQuery(teamId));
    expect(installation).toMatchObject({
      team: { id: teamId, name: 'Sharma Household' },
      user: { id: 'U0PRIYA' },
      tokenType: 'bot',
      isEnterpriseInstall: false,
      appId: 'A0KITTY',
      authVersion: 'v2',
      bot: { token: botToken, userId: 'U0KITTYBOT', scopes: [...SLACK_BOT_SCOPES] },
    });
    expect(installation.bot?.id).toMatch(/^B/);
    expect(logLines.some((line) => line.includes('Slack workspace installed') && line.includes(teamId))).toBe(true);
    expectNoSecretsLogged(botToken, code);
  });

  it('stores an org-wide install under its enterprise', async () => {
    const enterpriseId = uniqueId('E');
    const botToken = `xoxb-${uniqueId('')}-org`;
    const code = `code-${uniqueId('')}`;
    fakeSlack.addOAuthCode(code, {
      app_id: 'A0KITTY',
      authed_user: { id: 'U0PRIYA' },
      scope: SLACK_BOT_SCOPES.join(','),
      token_type: 'bot',
      access_token: botToken,
      bot_user_id: 'U0KITTYBOT',
      team: null,
      enterprise: { id: enterpriseId, name: 'Sharma Group' },
      is_enterprise_install: true,
    });
    // An org-wide grant names no team, so auth.test has to be told about the token.
    fakeSlack.addWorkspace({ botToken, teamId: uniqueId('T'), teamName: 'Sharma Group', botUserId: 'U0KITTYBOT', botId: 'B0ORG', enterpriseId });
    const { state, cookie } = await startInstall();

    const response = await callback({ code, state }, cookie);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Kitty is in Sharma Group');
    const installation = await store().fetchInstallation({ teamId: undefined, enterpriseId, isEnterpriseInstall: true });
    expect(installation).toMatchObject({ enterprise: { id: enterpriseId }, isEnterpriseInstall: true, bot: { token: botToken, id: 'B0ORG' } });
    expect(installation.team).toBeUndefined();
    expect(installation.enterpriseUrl).toMatch(/^https:\/\//);
  });

  describe('refuses, asks to start again, and stores nothing', () => {
    async function expectStartAgain(response: Response, teamId: string, status = 400) {
      expect(response.status).toBe(status);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const page = await response.text();
      expect(page).toContain('href="/slack/install"');
      await expectRejection(store().fetchInstallation(teamQuery(teamId)), 'not_found');
      return page;
    }

    it('a state signed with another secret', async () => {
      const { teamId, code } = grantCode();
      const { cookie } = await startInstall();
      const other = installApp('another-secret-that-is-at-least-32-characters', createLogger('silent'));
      const forged = new URL(/href="([^"]+)">Add to Slack/.exec(await (await other.request('/slack/install')).text())?.[1]?.replace(/&amp;/g, '&') ?? '');
      const exchanges = fakeSlack.callsTo('oauth.v2.access').length;

      const page = await expectStartAgain(await callback({ code, state: forged.searchParams.get('state') ?? '' }, cookie), teamId);
      expect(page).toContain('expired');
      expect(fakeSlack.callsTo('oauth.v2.access')).toHaveLength(exchanges);
    });

    it('a state that is not a token at all', async () => {
      const { teamId, code } = grantCode();
      const { cookie } = await startInstall();
      await expectStartAgain(await callback({ code, state: 'not-a-jwt' }, cookie), teamId);
    });

    it('a state older than 10 minutes', async () => {
      const { teamId, code } = grantCode();
      const { state, cookie } = await startInstall();
      clock = new Date(clock.getTime() + 11 * 60 * 1000);
      await expectStartAgain(await callback({ code, state }, cookie), teamId);
    });

    it('no cookie: the callback came to a browser that did not start the install', async () => {
      const { teamId, code } = grantCode();
      const { state } = await startInstall();
      const exchanges = fakeSlack.callsTo('oauth.v2.access').length;
      await expectStartAgain(await callback({ code, state }), teamId);
      expect(fakeSlack.callsTo('oauth.v2.access')).toHaveLength(exchanges);
    });

    it("the cookie of another install's start", async () => {
      const { teamId, code } = grantCode();
      const { state } = await startInstall();
      const { cookie: otherCookie } = await startInstall();
      await expectStartAgain(await callback({ code, state }, otherCookie), teamId);
    });

    it('no code', async () => {
      const { teamId } = grantCode();
      const { state, cookie } = await startInstall();
      await expectStartAgain(await callback({ state }, cookie), teamId);
    });

    it('access_denied: the person chose Cancel on Slack\'s page', async () => {
      const { teamId } = grantCode();
      const { state, cookie } = await startInstall();
      const exchanges = fakeSlack.callsTo('oauth.v2.access').length;
      const response = await callback({ error: 'access_denied', state }, cookie);
      expect(response.headers.get('set-cookie')).toMatch(/Max-Age=0/);
      const page = await expectStartAgain(response, teamId);
      expect(page).toContain('You chose not to allow Kitty');
      expect(fakeSlack.callsTo('oauth.v2.access')).toHaveLength(exchanges);
    });

    it('a code Slack has already exchanged', async () => {
      const { teamId, code, botToken } = grantCode();
      const first = await startInstall();
      expect((await callback({ code, state: first.state }, first.cookie)).status).toBe(200);
      const stored = await installationRow(handle.db, `team:${teamId}`);

      clock = new Date(clock.getTime() + 60 * 1000);
      const second = await startInstall();
      const response = await callback({ code, state: second.state }, second.cookie);
      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain('already used or is too old');
      expect(page).toContain('href="/slack/install"');
      expect(fakeSlack.callsTo('oauth.v2.access').at(-1)?.response).toMatchObject({ ok: false });
      // The first install stands, untouched.
      expect(await installationRow(handle.db, `team:${teamId}`)).toEqual(stored);
      expect(logLines.some((line) => line.includes('Slack install failed') && line.includes('"slackError":"'))).toBe(true);
      expectNoSecretsLogged(botToken, code);
    });
  });

  it('says the app settings need checking when Slack refuses Kitty\'s client credentials (502), without logging the secret', async () => {
    const { teamId, code } = grantCode();
    const misconfigured = new Hono().route(
      '/slack',
      slackInstallRoutes({
        clientId: CLIENT_ID,
        clientSecret: 'ffffffffffffffffffffffffffffffff',
        apiUrl: fakeSlack.apiUrl,
        publicUrl: PUBLIC_URL,
        stateSecret: STATE_SECRET,
        installationStore: store(),
        logger: createLogger('debug', (line) => logLines.push(line)),
        now: () => clock,
      }),
    );
    const start = await misconfigured.request('/slack/install');
    const state = new URL(/href="([^"]+)">Add to Slack/.exec(await start.text())?.[1]?.replace(/&amp;/g, '&') ?? '').searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const response = await misconfigured.request(`/slack/oauth_redirect?${new URLSearchParams({ code, state })}`, { headers: { cookie } });
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('SLACK_CLIENT_SECRET');
    await expectRejection(store().fetchInstallation(teamQuery(teamId)), 'not_found');
    expect(logLines.join('\n')).not.toContain('ffffffffffffffffffffffffffffffff');
  });
});
