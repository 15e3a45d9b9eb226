import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { listInbound } from '../../src/services/inbox.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { createTranscriber } from '../../src/transcribe/index.ts';
import { ACTION } from '../../src/channels/slack/action-ids.ts';
import { openTestDatabase } from '../support/database.ts';
import { DEFAULT_BOT_ID, DEFAULT_BOT_USER_ID } from '../support/fake-slack/index.ts';
import { startFakeTranscriptionServer, transcriptionText, type FakeTranscriptionServer } from '../support/fake-transcription-server.ts';
import { eventCallback, eventRequest, messageEvent } from '../support/slack-requests.ts';
import { describeWithVoice, makeVoiceNote } from '../support/voice-note.ts';
import { blockTexts, buttonValue, inboxRows, newChannel, newDirectChannel, newSlackUser, slackHousehold, startSlackKitty, type SlackKitty, type SlackKittyOptions } from './support.ts';

/** Talking to Kitty without the slash command: direct messages, mentions, and audio clips. */
let database: DatabaseHandle;
let kitty: SlackKitty;
const servers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await kitty?.close();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(() => database.close());

async function start(options: SlackKittyOptions = {}) {
  kitty = await startSlackKitty(database.db, options);
  return slackHousehold(database.db, kitty.fake);
}

function mention(fields: { userId: string; channelId: string; text: string; threadTs?: string; files?: unknown[] }) {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  return eventCallback({
    type: 'app_mention',
    user: fields.userId,
    text: fields.text,
    channel: fields.channelId,
    ts,
    event_ts: ts,
    ...(fields.threadTs && { thread_ts: fields.threadTs }),
    ...(fields.files && { files: fields.files }),
  });
}

async function draftsOf(scope: Parameters<typeof listExpenses>[1]) {
  return (await listExpenses(database.db, scope, { status: ['draft'] })).items.map((expense) => [expense.description, expense.amountMinor]);
}

describe('direct messages', () => {
  it('drafts every expense of a DM and posts the cards in the DM, with Confirm all', async () => {
    const home = await start();
    const dm = newDirectChannel();
    const event = eventCallback(messageEvent({ userId: home.priyaSlack, channelId: dm, text: 'uber 250 and lunch 400' }));

    expect((await kitty.post(eventRequest(event))).status).toBe(200);

    expect((await draftsOf(home.priya)).sort()).toEqual([['lunch', 40000], ['uber', 25000]]);
    const [posted] = kitty.fake.callsTo('chat.postMessage');
    expect(posted?.args.channel).toBe(dm);
    expect(blockTexts(posted?.args.blocks)).toContain('Here are 2 drafts');
    expect(buttonValue(posted?.args.blocks, ACTION.confirmAll)).toMatch(/^[0-9a-f-]{36}$/);
    expect(await inboxRows(database.db, `event:${event.event_id as string}`)).toEqual([expect.objectContaining({ state: 'processed', kind: 'message' })]);
  });

  it('tells a Slack user who belongs to no household how to start, and keeps their message', async () => {
    await start();
    const stranger = newSlackUser();
    const event = eventCallback(messageEvent({ userId: stranger, channelId: newDirectChannel(), text: 'coffee 180' }));

    await kitty.post(eventRequest(event));

    expect(kitty.fake.callsTo('chat.postMessage').map((call) => call.args.text)).toEqual([expect.stringContaining('/kitty start')]);
    expect(await inboxRows(database.db, `event:${event.event_id as string}`)).toEqual([expect.objectContaining({ householdId: null, state: 'received' })]);
  });

  it('says sorry, privately, when a reply cannot be delivered, and keeps the message', async () => {
    const home = await start();
    const dm = newDirectChannel();
    kitty.fake.failNext('chat.postMessage', 'channel_not_found');
    const event = eventCallback(messageEvent({ userId: home.arjunSlack, channelId: dm, text: 'coffee 180' }));

    expect((await kitty.post(eventRequest(event))).status).toBe(200);

    expect(kitty.fake.callsTo('chat.postEphemeral').map((call) => [call.args.channel, call.args.user, call.args.text])).toEqual([
      [dm, home.arjunSlack, expect.stringContaining('Something went wrong on my side')],
    ]);
    expect(await inboxRows(database.db, `event:${event.event_id as string}`)).toEqual([expect.objectContaining({ state: 'failed' })]);
    expect(kitty.logs.some((line) => line.includes('slack listener failed'))).toBe(true);
  });

  it('asks someone who floods it to slow down, once, and keeps the rest unanswered in the inbox', async () => {
    const home = await start({ messagesPerMinute: 2 });
    const dm = newDirectChannel();
    const events = ['tea 20', 'tea 21', 'tea 22', 'tea 23'].map((text) => eventCallback(messageEvent({ userId: home.arjunSlack, channelId: dm, text })));

    for (const event of events) expect((await kitty.post(eventRequest(event))).status).toBe(200);

    expect((await draftsOf(home.arjun)).map(([, amount]) => amount).sort()).toEqual([2000, 2100]);
    expect(kitty.fake.callsTo('chat.postEphemeral').map((call) => call.args.text)).toEqual(['That is a lot at once! Give me a minute, then carry on.']);
    for (const event of events.slice(2)) {
      expect(await inboxRows(database.db, `event:${event.event_id as string}`)).toEqual([expect.objectContaining({ state: 'received' })]);
    }
  });

  it('ignores its own messages, edits and channel chatter that does not mention it', async () => {
    const home = await start();
    const dm = newDirectChannel();
    const own = eventCallback({ ...messageEvent({ userId: DEFAULT_BOT_USER_ID, channelId: dm, text: 'Here is the draft' }), bot_id: DEFAULT_BOT_ID });
    const edited = eventCallback({ type: 'message', subtype: 'message_changed', channel: dm, channel_type: 'im', ts: '1.2', message: { user: home.arjunSlack, text: 'coffee 999' } });
    const chatter = eventCallback(messageEvent({ userId: home.arjunSlack, channelId: home.channel, text: 'lunch 400 was nice' }));

    for (const event of [own, edited, chatter]) expect((await kitty.post(eventRequest(event))).status).toBe(200);

    expect(kitty.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(await draftsOf(home.arjun)).toEqual([]);
    expect(await inboxRows(database.db, `event:${chatter.event_id as string}`)).toEqual([]);
  });
});

describe('mentions', () => {
  it('answers a mention in the household channel for everyone, in its thread', async () => {
    const home = await start();
    await kitty.post(eventRequest(mention({ userId: home.arjunSlack, channelId: home.channel, text: `<@${DEFAULT_BOT_USER_ID}> sabzi 320`, threadTs: '1700000000.000100' })));

    expect(await draftsOf(home.arjun)).toEqual([['sabzi', 32000]]);
    const [posted] = kitty.fake.callsTo('chat.postMessage');
    expect(posted?.args).toMatchObject({ channel: home.channel, thread_ts: '1700000000.000100' });
    expect(buttonValue(posted?.args.blocks, ACTION.confirm)).toMatch(/^[0-9a-f-]{36}$/);
    expect(kitty.fake.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('answers a mention anywhere else to the sender alone, saying why', async () => {
    const home = await start();
    const elsewhere = newChannel();
    await kitty.post(eventRequest(mention({ userId: home.priyaSlack, channelId: elsewhere, text: `<@${DEFAULT_BOT_USER_ID}> how much did we spend this month?` })));

    expect(kitty.fake.callsTo('chat.postMessage')).toEqual([]);
    const [ephemeral] = kitty.fake.callsTo('chat.postEphemeral');
    expect(ephemeral?.args).toMatchObject({ channel: elsewhere, user: home.priyaSlack });
    expect(blockTexts(ephemeral?.args.blocks)).toContain('not your household’s channel');
  });

  it('a stranger mentioning Kitty is told privately how to join', async () => {
    const home = await start();
    const stranger = newSlackUser();
    await kitty.post(eventRequest(mention({ userId: stranger, channelId: home.channel, text: `<@${DEFAULT_BOT_USER_ID}> coffee 180` })));

    expect(kitty.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(kitty.fake.callsTo('chat.postEphemeral').map((call) => [call.args.user, call.args.text])).toEqual([[stranger, expect.stringContaining('/kitty link CODE')]]);
    expect(await draftsOf(home.arjun)).toEqual([]);
  });
});

describe('audio clips, unheard', () => {
  it('keeps a clip deferred in the inbox when no transcriber is set up, and says so', async () => {
    const home = await start();
    const dm = newDirectChannel();
    const clip = kitty.fake.hostFile(new Uint8Array(64).fill(1), { name: 'audio_message.webm', mimetype: 'audio/webm' });
    await kitty.post(eventRequest(eventCallback(messageEvent({ userId: home.arjunSlack, channelId: dm, text: '', files: [{ ...clip, subtype: 'slack_audio' }] }))));

    expect(kitty.fake.callsTo('chat.postMessage').map((call) => call.args.text)).toEqual([expect.stringContaining('no transcriber is set up')]);
    expect(kitty.fake.downloads).toEqual([]);
    expect(await listInbound(database.db, home.arjun, 'deferred')).toEqual([expect.objectContaining({ error: expect.stringContaining('no transcriber') })]);
  });
});

describeWithVoice('audio clips, heard', () => {
  async function transcriber(text: string) {
    const server: FakeTranscriptionServer = await startFakeTranscriptionServer();
    servers.push(server);
    server.respondWith(transcriptionText(text));
    const made = createTranscriber({ provider: 'openai', baseUrl: server.url, timeoutMs: 5_000 }, { sleep: async () => undefined });
    if (!made) throw new Error('expected a transcriber');
    return { server, transcriber: made };
  }

  it('downloads a clip with the bot token, transcribes it, shows the transcript and drafts the expense in the household channel', async () => {
    const { server, transcriber: heard } = await transcriber('milk 60 and bread 45');
    const home = await start({ transcriber: heard });
    const audio = await makeVoiceNote('milk sixty and bread forty five');
    const clip = kitty.fake.hostFile(audio, { name: 'audio_message.ogg', mimetype: 'audio/ogg' });

    await kitty.post(eventRequest(eventCallback(messageEvent({ userId: home.priyaSlack, channelId: home.channel, text: '', files: [clip] }))));

    expect(kitty.fake.downloads).toEqual([expect.objectContaining({ fileId: clip.id, authorized: true })]);
    expect(server.uploads[0]!.file).toMatchObject({ isOgg: true, byteLength: audio.length });
    const [posted] = kitty.fake.callsTo('chat.postMessage');
    expect(posted?.args.channel).toBe(home.channel);
    expect(blockTexts(posted?.args.blocks)).toContain('“milk 60 and bread 45”');
    expect((await draftsOf(home.priya)).sort()).toEqual([['bread', 4500], ['milk', 6000]]);
  });

  it('does not listen to clips in channels that are not the household’s', async () => {
    const { server, transcriber: heard } = await transcriber('coffee 180');
    const home = await start({ transcriber: heard });
    const clip = kitty.fake.hostFile(await makeVoiceNote('coffee'), { name: 'clip.ogg', mimetype: 'audio/ogg' });

    await kitty.post(eventRequest(eventCallback(messageEvent({ userId: home.priyaSlack, channelId: newChannel(), text: '', files: [clip] }))));

    expect(server.uploads).toEqual([]);
    expect(kitty.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(await draftsOf(home.priya)).toEqual([]);
  });
});
