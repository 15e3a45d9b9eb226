import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { commandRequest, eventCallback, eventRequest, messageEvent, slashCommand, slackRequest } from '../support/slack-requests.ts';
import { inboxRows, newDirectChannel, slackHousehold, slackKittyForFile, type SlackKitty } from './support.ts';

/** POST /slack/events: Slack's signature and clock are checked before anything is read, and a retried event counts once. */
let database: DatabaseHandle;
let kitty: SlackKitty;

slackKittyForFile((opened) => ({ database, kitty } = opened));

describe('POST /slack/events', () => {
  it('answers Slack’s URL check with the challenge, once signed', async () => {
    const body = { token: 'x', challenge: 'c-123', type: 'url_verification' };
    const response = await kitty.post(eventRequest(body));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'c-123' });
    expect((await kitty.post(eventRequest(body, { unsigned: true }))).status).toBe(401);
  });

  it('refuses unsigned, wrongly signed and stale requests with 401, storing and sending nothing', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const dm = newDirectChannel();
    const attempts = [
      { unsigned: true },
      { secret: 'ffffffffffffffffffffffffffffffff' },
      { signature: 'v0=0000' },
      { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 },
      { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 },
    ];
    for (const [index, options] of attempts.entries()) {
      const eventId = `EvForged${index}${Date.now()}`;
      const response = await kitty.post(eventRequest(eventCallback(messageEvent({ userId: home.arjunSlack, channelId: dm, text: 'coffee 180' }), { eventId }), options));
      expect(response.status, JSON.stringify(options)).toBe(401);
      expect(await inboxRows(database.db, `event:${eventId}`)).toEqual([]);
    }
    const command = slashCommand({ text: 'coffee 180', userId: home.arjunSlack, channelId: home.channel, responseUrl: kitty.fake.responseUrl() });
    expect((await kitty.post(commandRequest(command, { signature: 'v0=abc' }))).status).toBe(401);
    expect(kitty.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(kitty.fake.responses).toEqual([]);
    expect((await listExpenses(database.db, home.arjun, { status: ['draft'] })).items).toEqual([]);
  });

  it('a body that is not a Slack payload gets 400', async () => {
    expect((await kitty.post(slackRequest('not json', 'application/json'))).status).toBe(400);
  });

  it('processes a retried event once: the same event id is a duplicate', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const dm = newDirectChannel();
    const event = eventCallback(messageEvent({ userId: home.priyaSlack, channelId: dm, text: 'sabzi 320' }));
    expect((await kitty.post(eventRequest(event))).status).toBe(200);
    expect((await kitty.post(eventRequest(event, { retryNum: 1 }))).status).toBe(200);
    expect((await kitty.post(eventRequest(event, { retryNum: 2 }))).status).toBe(200);

    const drafts = (await listExpenses(database.db, home.priya, { status: ['draft'] })).items;
    expect(drafts.map((draft) => draft.amountMinor)).toEqual([32000]);
    expect(kitty.fake.callsTo('chat.postMessage').filter((call) => call.args.channel === dm)).toHaveLength(1);
    const [row] = await inboxRows(database.db, `event:${event.event_id as string}`);
    expect(row).toMatchObject({ state: 'processed', householdId: home.household.id, kind: 'message' });
    // Slack's verification token rides in every payload; it is a secret and is not kept.
    expect(JSON.stringify(row?.payload)).not.toContain('fakeVerificationToken');
  });
});
