import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type LlmConfig } from '../../src/config/index.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { listInbound } from '../../src/services/inbox.ts';
import { createTranscriber } from '../../src/transcribe/index.ts';
import { openTestDatabase } from '../support/database.ts';
import { photo, voiceNote } from '../support/fake-telegram/index.ts';
import { geminiFunctionCalls, startFakeGemini, type FakeModelServer } from '../support/fake-model-servers/index.ts';
import { startFakeTranscriptionServer, transcriptionError, transcriptionText, type FakeTranscriptionServer } from '../support/fake-transcription-server.ts';
import { describeWithVoice, makeVoiceNote } from '../support/voice-note.ts';
import { expensesOf, inboxRowsFor, startKitty, telegramHousehold, type Kitty, type TelegramHousehold } from './support.ts';

/** Voice notes through a transcriber and receipt photos through a vision model, both behind local fakes. */
let handle: DatabaseHandle;
let kitty: Kitty;
let home: TelegramHousehold;
const servers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterEach(async () => {
  await kitty?.close();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(() => handle.close());

async function transcriptionServer(): Promise<FakeTranscriptionServer> {
  const server = await startFakeTranscriptionServer();
  servers.push(server);
  return server;
}

/** An OpenAI-compatible transcriber (a local whisper server needs no key) on the fake; retries do not wait. */
function transcriberAt(server: FakeTranscriptionServer, timeoutMs = 5_000) {
  const transcriber = createTranscriber({ provider: 'openai', baseUrl: server.url, timeoutMs }, { sleep: async () => undefined });
  if (!transcriber) throw new Error('expected a transcriber');
  return transcriber;
}

/** Arjun's voice note with these bytes, as Telegram stores and delivers it. */
function arjunSends(audio: Uint8Array) {
  const fileId = `AwACAgIAAxkBAAIB${Math.random().toString(36).slice(2, 12)}`;
  kitty.fake.addFile(fileId, audio, `voice/${fileId}.oga`);
  return voiceNote(home.arjunUser, { fileId, duration: 2, fileSize: audio.length });
}

/** An OGG page header and padding: enough where the audio is never listened to (no transcriber, or one that fails). */
const UNHEARD_NOTE = Buffer.concat([Buffer.from('OggS\u0000\u0002'), Buffer.alloc(2_000, 7)]);

describeWithVoice('voice notes, heard', () => {
  it('transcribes a real OGG voice note, shows the transcript and drafts the expense', async () => {
    const server = await transcriptionServer();
    server.respondWith(transcriptionText('coffee 180'));
    kitty = await startKitty(handle.db, { transcriber: transcriberAt(server) });
    home = await telegramHousehold(handle.db);
    const audio = await makeVoiceNote('coffee one hundred eighty');
    const update = arjunSends(audio);

    await kitty.send(update);

    expect(kitty.fake.callsOf('sendChatAction')[0]?.params).toMatchObject({ chat_id: home.arjunUser.id, action: 'typing' });
    expect(kitty.fake.downloads).toEqual([expect.objectContaining({ found: true, filePath: expect.stringMatching(/\.oga$/) })]);
    expect(server.uploads).toHaveLength(1);
    expect(server.uploads[0]!.file).toMatchObject({ isOgg: true, byteLength: audio.length, type: 'audio/ogg' });
    expect(kitty.fake.callsOf('sendMessage').map((call) => call.params.text)).toEqual([
      '🎙 <i>“coffee 180”</i>',
      'Here is the draft. Confirm it?\n\n📝 <b>₹180.00</b> · Dining out\ncoffee · Wed, Mar 18\npaid by Arjun',
    ]);
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => [expense.description, expense.amountMinor, expense.status])).toEqual([['coffee', 18000, 'draft']]);
    expect(await inboxRowsFor(handle.db, update.update_id)).toEqual([expect.objectContaining({ kind: 'message', state: 'processed' })]);
  });
});

describe('voice notes, unheard', () => {
  it('keeps the note deferred in the inbox when no transcriber is set up, and says so', async () => {
    kitty = await startKitty(handle.db);
    home = await telegramHousehold(handle.db);
    const update = arjunSends(UNHEARD_NOTE);

    await kitty.send(update);

    expect(kitty.sentTexts()).toEqual([
      "I can't listen to voice notes yet: no transcriber is set up (TRANSCRIBE_PROVIDER). I kept your note and will read it once one is. Meanwhile, type it?",
    ]);
    expect(kitty.fake.downloads).toEqual([]);
    const deferred = await listInbound(handle.db, home.arjun, 'deferred');
    expect(deferred).toHaveLength(1);
    expect(deferred[0]).toMatchObject({ externalId: String(update.update_id), error: 'no transcriber configured', payload: update });
    expect(await expensesOf(handle.db, home.arjun)).toEqual([]);
  });

  it.each([
    [
      'answers 500 every time',
      (server: FakeTranscriptionServer) => server.respondWith(...Array.from({ length: 3 }, () => transcriptionError(500, 'The server had an error'))),
      5_000,
      /had a server error \(500\)/,
    ],
    [
      'never answers in time',
      (server: FakeTranscriptionServer) => server.respondWith(...Array.from({ length: 3 }, () => ({ ...transcriptionText('late'), delayMs: 2_000 }))),
      150,
      /did not answer within 0\.2 s/,
    ],
  ] as const)('says so kindly and keeps the note (failed) when the transcriber %s, with the details in the log only', async (_, script, timeoutMs, logged) => {
    const server = await transcriptionServer();
    script(server);
    kitty = await startKitty(handle.db, { transcriber: transcriberAt(server, timeoutMs) });
    home = await telegramHousehold(handle.db);
    const update = arjunSends(UNHEARD_NOTE);

    await kitty.send(update);

    expect(server.requests).toHaveLength(3);
    const texts = kitty.sentTexts();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toBe("I couldn't make out that voice note: the transcription service did not answer properly. It is kept; try again or type it?");
    expect(texts[0]).not.toContain('127.0.0.1');
    expect(kitty.logs.find((line) => line.includes('transcribing a voice note failed'))).toMatch(logged);
    const failed = await listInbound(handle.db, home.arjun, 'failed');
    expect(failed).toEqual([expect.objectContaining({ externalId: String(update.update_id), payload: update, error: texts[0] })]);
    expect(await expensesOf(handle.db, home.arjun)).toEqual([]);
  });
});

describe('receipt photos', () => {
  /** A JPEG's first bytes; the fake model does not look further. */
  const RECEIPT = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF receipt: DMart groceries 1250'), Buffer.from([0xff, 0xd9])]);

  function receiptUpdate(caption?: string) {
    kitty.fake.addFile('AgACAgIAAxkBAAIBreceipt-small', RECEIPT.subarray(0, 12));
    kitty.fake.addFile('AgACAgIAAxkBAAIBreceipt-large', RECEIPT);
    return photo(
      home.arjunUser,
      [
        { fileId: 'AgACAgIAAxkBAAIBreceipt-small', width: 90, height: 120, fileSize: 12 },
        { fileId: 'AgACAgIAAxkBAAIBreceipt-large', width: 960, height: 1280, fileSize: RECEIPT.length },
      ],
      caption,
    );
  }

  it('drafts what a vision model reads on the receipt, sending it the largest size', async () => {
    const gemini: FakeModelServer = await startFakeGemini();
    servers.push(gemini);
    gemini.respondWith(geminiFunctionCalls([{ name: 'propose_expenses', args: { expenses: [{ amount: '1250', category: 'groceries', description: 'DMart groceries' }] } }]));
    const base = loadConfig({}).llm;
    const llm: Partial<LlmConfig> = { provider: 'gemini', mode: 'model', model: 'test-model', endpoints: { ...base.endpoints, gemini: { apiKey: 'test-gemini-key', baseUrl: gemini.url } } };
    kitty = await startKitty(handle.db, { llm });
    home = await telegramHousehold(handle.db);

    await kitty.send(receiptUpdate('from dmart'));

    expect(kitty.fake.callsOf('getFile')[0]?.params).toMatchObject({ file_id: 'AgACAgIAAxkBAAIBreceipt-large' });
    expect(gemini.requests).toHaveLength(1);
    const sent = JSON.stringify(gemini.requests[0]!.body);
    expect(sent).toContain(JSON.stringify({ inlineData: { mimeType: 'image/jpeg', data: RECEIPT.toString('base64') } }).slice(1, -1));
    expect(sent).toContain('from dmart');
    expect(kitty.sentTexts()).toEqual(['Here is the draft. Confirm it?\n\n📝 <b>₹1,250.00</b> · Groceries\nDMart groceries · Wed, Mar 18\npaid by Arjun']);
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => [expense.description, expense.amountMinor])).toEqual([['DMart groceries', 125000]]);
  });

  it('says clearly that photos need a model when none is set up, and drafts nothing', async () => {
    kitty = await startKitty(handle.db);
    home = await telegramHousehold(handle.db);

    await kitty.send(receiptUpdate());

    // The engine's own words (its notice, possibly in italics); the adapter only has to deliver them.
    expect(kitty.sentTexts()).toEqual([expect.stringMatching(/^(<i>)?Reading photos and recordings needs a model that can see and hear \(Gemini, Claude or an OpenAI-compatible one\)/)]);
    expect(kitty.sentTexts()).toHaveLength(1);
    expect(await expensesOf(handle.db, home.arjun)).toEqual([]);
  });
});
