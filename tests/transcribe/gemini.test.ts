import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGeminiTranscriber, GEMINI_MAX_AUDIO_BYTES, TranscriptionError } from '../../src/transcribe/index.ts';
import { geminiError, geminiText, recordingSleep, startFakeGemini, type FakeModelServer } from '../support/fake-model-servers/index.ts';
import { describeWithVoice, makeVoiceNote } from '../support/voice-note.ts';
import { rejectionOf } from '../support/kitty-errors.ts';

const API_KEY = 'AIzaFakeTranscribeKey0123456789abcdefgh';
const SPOKEN = 'forty two euros at the bakery';

describeWithVoice('Gemini transcriber (the chat provider with the note as inline audio)', () => {
  let server: FakeModelServer;
  let note: Uint8Array;
  beforeEach(async () => {
    server = await startFakeGemini();
    note = await makeVoiceNote(SPOKEN);
  });
  afterEach(async () => {
    await server.close();
  });
  const sleeper = recordingSleep();
  beforeEach(() => void sleeper.delays.splice(0));
  const transcriber = () => createGeminiTranscriber({ apiKey: API_KEY, baseUrl: server.url, sleep: sleeper.sleep });

  const failure = (promise: Promise<unknown>) => rejectionOf(promise, TranscriptionError);

  it('sends the OGG note as inlineData with its mime type, an instruction and no tools, and returns the text', async () => {
    server.respondWith(geminiText(`${SPOKEN}\n`));

    const transcript = await transcriber().transcribe({ data: note, mimeType: 'audio/ogg' }, { language: 'en' });

    expect(transcript.text).toBe(SPOKEN);
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.path).toBe('/v1beta/models/gemini-2.5-flash-lite:generateContent');
    expect(request.headers['x-goog-api-key']).toBe(API_KEY);
    const body = request.body as {
      contents: { role: string; parts: { inlineData?: { mimeType: string; data: string } }[] }[];
      systemInstruction: { parts: { text: string }[] };
      tools?: unknown;
      toolConfig?: unknown;
    };
    expect(body.contents).toEqual([{ role: 'user', parts: [{ inlineData: { mimeType: 'audio/ogg', data: Buffer.from(note).toString('base64') } }] }]);
    expect(Buffer.from(body.contents[0]!.parts[0]!.inlineData!.data, 'base64').subarray(0, 4).toString('latin1')).toBe('OggS');
    expect(body.systemInstruction.parts[0]!.text).toMatch(/^Transcribe this voice note verbatim/);
    expect(body.systemInstruction.parts[0]!.text).toContain('"en"');
    expect(body.tools).toBeUndefined();
    expect(body.toolConfig).toBeUndefined();
  });

  it('sends the bare mime type Gemini lists when the platform adds codec parameters', async () => {
    server.respondWith(geminiText(SPOKEN));

    await transcriber().transcribe({ data: note, mimeType: 'audio/ogg; codecs=opus' });

    const body = server.requests[0]!.body as { contents: { parts: { inlineData?: { mimeType: string } }[] }[] };
    expect(body.contents[0]!.parts[0]!.inlineData!.mimeType).toBe('audio/ogg');
  });

  it('retries a 429 under the shared policy', async () => {
    server.respondWith(geminiError(429, 'Resource has been exhausted', 'RESOURCE_EXHAUSTED', { headers: { 'retry-after': '2' } }), geminiText(SPOKEN));

    const transcript = await transcriber().transcribe({ data: note, mimeType: 'audio/ogg' });

    expect(transcript.text).toBe(SPOKEN);
    expect(server.requests).toHaveLength(2);
    expect(sleeper.delays).toEqual([2000]);
  });

  it("calls a refused mime type 'unsupported_format'", async () => {
    server.respondWith(geminiError(400, 'Unsupported MIME type: audio/x-unknown', 'INVALID_ARGUMENT'));

    const error = await failure(transcriber().transcribe({ data: note, mimeType: 'audio/x-unknown' }));

    expect(error).toMatchObject({ kind: 'unsupported_format', status: 400, attempts: 1 });
  });

  it("calls a rejected key 'auth', without the key in the message", async () => {
    server.respondWith(geminiError(400, `API key not valid. Please pass a valid API key. ${API_KEY}`, 'INVALID_ARGUMENT'));

    const error = await failure(transcriber().transcribe({ data: note, mimeType: 'audio/ogg' }));

    expect(error).toMatchObject({ kind: 'auth', attempts: 1 });
    expect(error.message).not.toContain(API_KEY);
  });

  it("fails as 'empty' when Gemini hears no speech", async () => {
    server.respondWith(geminiText(''));

    const error = await failure(transcriber().transcribe({ data: note, mimeType: 'audio/ogg' }));

    expect(error.kind).toBe('empty');
  });

  it("refuses a note too big for an inline request as 'too_large' without sending anything", async () => {
    const error = await failure(transcriber().transcribe({ data: new Uint8Array(GEMINI_MAX_AUDIO_BYTES + 1), mimeType: 'audio/ogg' }));

    expect(error.kind).toBe('too_large');
    expect(server.requests).toHaveLength(0);
  });
});
