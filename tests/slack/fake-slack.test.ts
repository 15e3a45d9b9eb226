import { createHmac } from 'node:crypto';
import { parse as parseQueryString } from 'node:querystring';
import { App, type AuthorizeSourceData, type BlockAction, type Receiver } from '@slack/bolt';
import { ErrorCode, WebClient, type WebAPIPlatformError } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imChannelOf, oauthV2AccessResponse, startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import {
  blockAction,
  commandRequest,
  eventCallback,
  eventRequest,
  interactionRequest,
  messageEvent,
  slackRequest,
  slashCommand,
  TEST_SIGNING_SECRET,
  viewState,
  viewSubmission,
} from '../support/slack-requests.ts';

/** The self-test of the fake Slack: the real WebClient (and Bolt's App) against it, over real HTTP. */
describe('fake Slack Web API', () => {
  let slack: FakeSlack;
  let client: WebClient;

  beforeEach(async () => {
    slack = await startFakeSlack();
    client = new WebClient(slack.botToken, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
  });

  afterEach(async () => {
    await slack.close();
  });

  it('records a postMessage with its blocks parsed back from the form', async () => {
    const blocks = [
      { type: 'section', block_id: 'draft', text: { type: 'mrkdwn', text: '*₹250* groceries' } },
      { type: 'actions', elements: [{ type: 'button', action_id: 'kitty.confirm', text: { type: 'plain_text', text: 'Confirm' }, value: 'exp_41' }] },
    ];
    const sent = await client.chat.postMessage({ channel: 'D0ARJUN', text: 'Draft: ₹250 groceries', blocks, unfurl_links: false });

    const [call] = slack.callsTo('chat.postMessage');
    expect(call).toMatchObject({ token: slack.botToken, encoding: 'urlencoded', args: { channel: 'D0ARJUN', text: 'Draft: ₹250 groceries', blocks, unfurl_links: 'false' } });
    expect(sent).toMatchObject({ ok: true, channel: 'D0ARJUN', message: { text: 'Draft: ₹250 groceries', blocks, user: slack.botUserId } });
    expect(sent.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(call?.response).toMatchObject({ ok: true, ts: sent.ts });
  });

  it('gives every message a later ts, and takes a user id as their DM', async () => {
    const first = await client.chat.postMessage({ channel: 'C0FAMILY', text: 'one' });
    const second = await client.chat.postMessage({ channel: 'C0FAMILY', text: 'two' });
    const third = await client.chat.postMessage({ channel: 'U0PRIYA', text: 'three' });

    const stamps = [first.ts, second.ts, third.ts].map(Number);
    expect(stamps[0]).toBeLessThan(stamps[1] ?? 0);
    expect(stamps[1]).toBeLessThan(stamps[2] ?? 0);
    expect(third.channel).toBe(imChannelOf('U0PRIYA'));
  });

  it('refuses an unknown token with invalid_auth and still records the call', async () => {
    const stranger = new WebClient('xoxb-not-a-real-token', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });

    const error = (await stranger.chat.postMessage({ channel: 'C0FAMILY', text: 'hi' }).catch((caught: unknown) => caught)) as WebAPIPlatformError;

    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data.error).toBe('invalid_auth');
    expect(slack.calls).toMatchObject([{ method: 'chat.postMessage', token: 'xoxb-not-a-real-token', response: { ok: false, error: 'invalid_auth' } }]);
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true, team_id: slack.teamId, user_id: slack.botUserId, bot_id: slack.botId });
  });

  it('refuses a call without any token', async () => {
    const anonymous = new WebClient(undefined, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    await expect(anonymous.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    expect(slack.calls[0]?.token).toBeUndefined();
  });

  it('exchanges an OAuth code once, only for the right client, and accepts the bot token it issued', async () => {
    slack.expectClient('1111.2222', 'client-secret');
    slack.addOAuthCode('code-1', oauthV2AccessResponse({ botToken: 'xoxb-installed-team', teamId: 'T0OTHER', teamName: 'Others', botUserId: 'U0OTHERBOT', installerUserId: 'U0ADMIN' }));
    const noToken = new WebClient(undefined, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });

    await expect(noToken.oauth.v2.access({ client_id: '1111.2222', client_secret: 'wrong', code: 'code-1' })).rejects.toMatchObject({ data: { error: 'invalid_client' } });
    const granted = await noToken.oauth.v2.access({ client_id: '1111.2222', client_secret: 'client-secret', code: 'code-1' });
    await expect(noToken.oauth.v2.access({ client_id: '1111.2222', client_secret: 'client-secret', code: 'code-1' })).rejects.toMatchObject({ data: { error: 'invalid_code' } });

    expect(granted).toMatchObject({ ok: true, access_token: 'xoxb-installed-team', team: { id: 'T0OTHER' }, bot_user_id: 'U0OTHERBOT', authed_user: { id: 'U0ADMIN' } });
    const installed = new WebClient('xoxb-installed-team', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    await expect(installed.auth.test()).resolves.toMatchObject({ team_id: 'T0OTHER', user_id: 'U0OTHERBOT', team: 'Others' });
  });

  it('takes OAuth client credentials as HTTP Basic auth too', async () => {
    slack.expectClient('1111.2222', 'client-secret');
    slack.addOAuthCode('code-2', { access_token: 'xoxb-basic' });

    const post = (secret: string): Promise<Record<string, unknown>> =>
      fetch(`${slack.apiUrl}oauth.v2.access`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`1111.2222:${secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'code=code-2',
      }).then((response) => response.json() as Promise<Record<string, unknown>>);

    await expect(post('nope')).resolves.toEqual({ ok: false, error: 'invalid_client' });
    await expect(post('client-secret')).resolves.toEqual({ ok: true, access_token: 'xoxb-basic' });
  });

  it('serves a hosted file only to a request bearing an accepted token', async () => {
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const file = slack.hostFile(bytes, { name: 'receipt 1.jpg', mimetype: 'image/jpeg' });
    expect(file).toMatchObject({ name: 'receipt 1.jpg', mimetype: 'image/jpeg', filetype: 'jpg', size: 7 });

    const anonymous = await fetch(file.url_private);
    const wrongToken = await fetch(file.url_private_download, { headers: { authorization: 'Bearer xoxb-someone-else' } });
    const withToken = await fetch(file.url_private_download, { headers: { authorization: `Bearer ${slack.botToken}` } });

    expect([anonymous.status, wrongToken.status, withToken.status]).toEqual([403, 403, 200]);
    expect(withToken.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await withToken.arrayBuffer())).toEqual(bytes);
    expect(slack.downloads.map((download) => download.authorized)).toEqual([false, false, true]);
  });

  it('records JSON posted to a response_url it handed out, and 404s one it did not', async () => {
    const responseUrl = slack.responseUrl();
    const waiting = slack.waitForResponse((post) => post.body.replace_original === true);

    const posted = await fetch(responseUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Saved', replace_original: true }) });
    const forged = await fetch(`${slack.url}/response/made-up`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });

    expect([posted.status, forged.status]).toEqual([200, 404]);
    await expect(waiting).resolves.toMatchObject({ id: responseUrl.split('/').pop(), body: { text: 'Saved', replace_original: true } });
    expect(slack.responses).toHaveLength(1);
  });

  it('waits for a call yet to come, and names what it saw when none matches', async () => {
    const waiting = slack.waitForCall('chat.update', (call) => call.args.ts === '1.000001');
    await client.chat.update({ channel: 'C0FAMILY', ts: '1.000001', text: 'edited' });
    await expect(waiting).resolves.toMatchObject({ args: { channel: 'C0FAMILY', text: 'edited' } });

    await expect(slack.waitForCall('views.open', undefined, 50)).rejects.toThrow(/no views\.open call matched.*chat\.update \(ok\)/);
  });

  it('fails the next call of a method as told, then answers normally', async () => {
    slack.failNext('chat.postMessage', 'ratelimited');
    await expect(client.chat.postMessage({ channel: 'C0FAMILY', text: 'x' })).rejects.toMatchObject({ data: { error: 'ratelimited' } });
    await expect(client.chat.postMessage({ channel: 'C0FAMILY', text: 'x' })).resolves.toMatchObject({ ok: true });
  });

  it('refuses messages Slack refuses: no channel, no text, a button value over 2000 characters', async () => {
    await expect(client.apiCall('chat.postMessage', { text: 'x' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    await expect(client.apiCall('chat.postMessage', { channel: 'C0FAMILY' })).rejects.toMatchObject({ data: { error: 'no_text' } });
    const button = { type: 'button' as const, action_id: 'a', text: { type: 'plain_text' as const, text: 'Go' }, value: 'v'.repeat(2001) };
    await expect(client.chat.postMessage({ channel: 'C0FAMILY', text: 'x', blocks: [{ type: 'actions', elements: [button] }] })).rejects.toMatchObject({
      data: { error: 'invalid_blocks', errors: ['must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]'] },
    });
  });

  it('opens and updates a modal, refusing a stale hash and an over-long title', async () => {
    const view = { type: 'modal' as const, callback_id: 'kitty.edit_draft', title: { type: 'plain_text' as const, text: 'Edit expense' }, blocks: [] };
    const opened = await client.views.open({ trigger_id: '1.2.abc', view });
    expect(opened.view).toMatchObject({ id: expect.stringMatching(/^V/), callback_id: 'kitty.edit_draft', team_id: slack.teamId });
    const { id = '', hash = '' } = opened.view ?? {};

    const updated = await client.views.update({ view_id: id, hash, view });
    expect(updated.view?.id).toBe(id);
    expect(updated.view?.hash).not.toBe(hash);
    await expect(client.views.update({ view_id: id, hash, view })).rejects.toMatchObject({ data: { error: 'hash_conflict' } });
    await expect(client.views.open({ trigger_id: '1.2.abc', view: { ...view, title: { type: 'plain_text', text: 'An expense title far too long' } } })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
    await expect(client.views.publish({ user_id: 'U0ARJUN', view: { type: 'home', blocks: [] } })).resolves.toMatchObject({ view: { type: 'home' } });
  });

  it('knows the people of each workspace and the kind of a conversation', async () => {
    slack.addUser({ id: 'U0ARJUN', name: 'arjun', realName: 'Arjun Mehta', tz: 'Asia/Kolkata' });
    slack.addWorkspace({ botToken: 'xoxb-other', teamId: 'T0OTHER', botUserId: 'U0OTHERBOT', botId: 'B0OTHER' });
    const other = new WebClient('xoxb-other', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });

    await expect(client.users.info({ user: 'U0ARJUN' })).resolves.toMatchObject({ user: { id: 'U0ARJUN', team_id: slack.teamId, real_name: 'Arjun Mehta', is_bot: false } });
    await expect(other.users.info({ user: 'U0ARJUN' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });
    await expect(client.users.info({ user: 'U0NOBODY' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });
    await expect(client.conversations.info({ channel: 'D0ARJUN' })).resolves.toMatchObject({ channel: { id: 'D0ARJUN', is_im: true, is_channel: false, is_private: false } });
    await expect(client.conversations.info({ channel: 'G0SECRET' })).resolves.toMatchObject({ channel: { is_im: false, is_private: true } });
  });

  it('takes a file through files.uploadV2 and serves it afterwards', async () => {
    const png = Buffer.from('\x89PNG\r\n\x1a\nchart', 'latin1');
    await client.filesUploadV2({ channel_id: 'C0FAMILY', file: png, filename: 'spending.png', initial_comment: 'This month' });

    const [upload] = slack.uploads;
    expect(upload).toMatchObject({ filename: 'spending.png', declaredLength: png.length, completed: { channel_id: 'C0FAMILY', initial_comment: 'This month' } });
    expect(upload?.bytes).toEqual(png);
  });

  it('answers unknown methods with unknown_method', async () => {
    await expect(client.apiCall('kitty.purr')).rejects.toMatchObject({ data: { error: 'unknown_method' } });
  });
});

describe('signed Slack requests', () => {
  it('signs the raw body as v0:<timestamp>:<body> with the signing secret', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc' });
    const request = slackRequest(body, 'application/json', { timestamp: 1_700_000_000 });

    const raw = await request.text();
    const expected = `v0=${createHmac('sha256', TEST_SIGNING_SECRET).update(`v0:1700000000:${raw}`).digest('hex')}`;
    expect(raw).toBe(body);
    expect(request.url).toBe('http://kitty.test/slack/events');
    expect(request.headers.get('x-slack-request-timestamp')).toBe('1700000000');
    expect(request.headers.get('x-slack-signature')).toBe(expected);
    expect(TEST_SIGNING_SECRET).toMatch(/^[0-9a-f]{32}$/);
  });

  it('signs differently with another secret, and can leave the signature out or mark a retry', () => {
    const body = 'command=%2Fkitty';
    const ours = slackRequest(body, 'application/x-www-form-urlencoded', { timestamp: 1_700_000_000 });
    const theirs = slackRequest(body, 'application/x-www-form-urlencoded', { timestamp: 1_700_000_000, secret: 'f'.repeat(32) });
    const unsigned = slackRequest(body, 'application/x-www-form-urlencoded', { unsigned: true, retryNum: 1 });

    expect(ours.headers.get('x-slack-signature')).not.toBe(theirs.headers.get('x-slack-signature'));
    expect(unsigned.headers.get('x-slack-signature')).toBeNull();
    expect(unsigned.headers.get('x-slack-retry-num')).toBe('1');
    expect(unsigned.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
  });
});

/**
 * The builders' payloads through Bolt's own App: what Bolt derives from them to call `authorize`
 * (team, user, conversation) and which listener they reach. The body is parsed as Bolt's
 * receivers parse it (querystring, then the `payload` field as JSON).
 */
describe('request builders through Bolt', () => {
  let slack: FakeSlack;
  let app: App;
  let sources: AuthorizeSourceData<boolean>[];

  beforeEach(async () => {
    slack = await startFakeSlack();
    sources = [];
    const receiver: Receiver = { init: () => undefined, start: () => Promise.resolve(), stop: () => Promise.resolve() };
    app = new App({
      receiver,
      clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
      authorize: (source) => {
        sources.push(source);
        return Promise.resolve({ botToken: slack.botToken, botUserId: slack.botUserId, botId: slack.botId, teamId: source.teamId });
      },
    });
  });

  afterEach(async () => {
    await slack.close();
  });

  const deliver = async (request: Request): Promise<void> => {
    const raw = await request.text();
    const contentType = request.headers.get('content-type');
    const form = parseQueryString(raw);
    const body = contentType === 'application/json' ? (JSON.parse(raw) as Record<string, unknown>) : typeof form.payload === 'string' ? (JSON.parse(form.payload) as Record<string, unknown>) : form;
    await app.processEvent({ body, ack: () => Promise.resolve() });
  };

  it('routes a slash command and lets respond() reach the fake response_url', async () => {
    app.command('/kitty', async ({ ack, respond, command }) => {
      await ack();
      await respond({ text: `You said ${command.text}` });
    });

    await deliver(commandRequest(slashCommand({ text: 'spent 250 on groceries', userId: 'U0ARJUN', channelId: 'D0ARJUN', responseUrl: slack.responseUrl() })));

    expect(sources).toEqual([{ teamId: slack.teamId, userId: 'U0ARJUN', conversationId: 'D0ARJUN', isEnterpriseInstall: false, enterpriseId: undefined }]);
    await expect(slack.waitForResponse()).resolves.toMatchObject({ body: { text: 'You said spent 250 on groceries' } });
  });

  it('routes a button press in a message and in the Home tab', async () => {
    const pressed: string[] = [];
    app.action<BlockAction>('kitty.confirm', async ({ ack, body }) => {
      await ack();
      pressed.push(String(body.container.type));
    });

    await deliver(interactionRequest(blockAction({ userId: 'U0PRIYA', actionId: 'kitty.confirm', value: 'exp_41', responseUrl: slack.responseUrl(), channelId: 'C0FAMILY', messageTs: '1700000000.000100' })));
    await deliver(interactionRequest(blockAction({ userId: 'U0PRIYA', actionId: 'kitty.confirm', value: 'exp_41', responseUrl: slack.responseUrl(), viewType: 'home' })));

    expect(pressed).toEqual(['message', 'view']);
    expect(sources.map(({ teamId, userId, conversationId }) => ({ teamId, userId, conversationId }))).toEqual([
      { teamId: slack.teamId, userId: 'U0PRIYA', conversationId: 'C0FAMILY' },
      { teamId: slack.teamId, userId: 'U0PRIYA', conversationId: undefined },
    ]);
  });

  it('routes a view submission with its state and metadata', async () => {
    let seen: unknown;
    app.view('kitty.edit_draft', async ({ ack, view }) => {
      await ack();
      seen = { metadata: view.private_metadata, values: view.state.values };
    });

    const values = { amount: { amount: viewState.plainText('250') }, date: { date: viewState.datePicker('2024-05-01') } };
    await deliver(interactionRequest(viewSubmission({ userId: 'U0ARJUN', teamId: 'T0OTHER', callbackId: 'kitty.edit_draft', privateMetadata: '{"expenseId":"exp_41"}', values })));

    expect(seen).toEqual({ metadata: '{"expenseId":"exp_41"}', values });
    expect(sources[0]).toMatchObject({ teamId: 'T0OTHER', userId: 'U0ARJUN' });
  });

  it('routes a message event from a person and lets the bot answer through the fake', async () => {
    app.message(async ({ message, say }) => {
      if (message.subtype === undefined) await say(`Noted: ${message.text ?? ''}`);
    });

    await deliver(eventRequest(eventCallback(messageEvent({ userId: 'U0ARJUN', channelId: 'D0ARJUN', text: 'chai 40' }))));

    expect(sources[0]).toMatchObject({ teamId: slack.teamId, userId: 'U0ARJUN', conversationId: 'D0ARJUN', isEnterpriseInstall: false });
    await expect(slack.waitForCall('chat.postMessage')).resolves.toMatchObject({ token: slack.botToken, args: { channel: 'D0ARJUN', text: 'Noted: chai 40' } });
  });
});
