import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileNameFor } from '../../src/transcribe/openai-compatible.ts';
import { createOpenAICompatibleTranscriber, OPENAI_MAX_AUDIO_BYTES, TranscriptionError, type OpenAICompatibleTranscriberOptions } from '../../src/transcribe/index.ts';
import {
  startFakeTranscriptionServer,
  transcriptionError,
  transcriptionPlainText,
  transcriptionText,
  type FakeTranscriptionServer,
} from '../support/fake-transcription-server.ts';
import { recordingSleep } from '../support/fake-model-servers/index.ts';
import { describeWithVoice, makeVoiceNote } from '../support/voice-note.ts';
import { rejectionOf } from '../support/kitty-errors.ts';

const API_KEY = 'sk-test-transcribe-0123456789abcdef';
const SPOKEN = 'forty two euros at the bakery';

describeWithVoice('OpenAI-compatible transcriber on /audio/transcriptions', () => {
  let server: FakeTranscriptionServer;
  let note: Uint8Array;
  beforeEach(async () => {
    server = await startFakeTranscriptionServer();
    note = await makeVoiceNote(SPOKEN);
  });
  afterEach(async () => {
    await server.close();
  });
  const sleeper = recordingSleep();
  beforeEach(() => void sleeper.delays.splice(0));
  const transcriber = (options: OpenAICompatibleTranscriberOptions = {}) =>
    createOpenAICompatibleTranscriber({ apiKey: API_KEY, baseUrl: server.url, sleep: sleeper.sleep, ...options });
  const voiceNote = () => ({ data: note, mimeType: 'audio/ogg' });

  const failure = (promise: Promise<unknown>) => rejectionOf(promise, TranscriptionError);

  it('uploads a real OGG/Opus voice note as multipart with the model, language and bearer key', async () => {
    expect(new TextDecoder().decode(note.subarray(0, 4))).toBe('OggS');
    server.respondWith(transcriptionText(` ${SPOKEN} `));

    const transcript = await transcriber().transcribe(voiceNote(), { language: 'en' });

    expect(transcript.text).toBe(SPOKEN);
    expect(transcript.latencyMs).toBeGreaterThanOrEqual(0);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.method).toBe('POST');
    expect(server.requests[0]!.path).toBe('/v1/audio/transcriptions');
    expect(server.requests[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.uploads[0]).toEqual({
      authorization: `Bearer ${API_KEY}`,
      fields: { model: 'whisper-1', response_format: 'json', language: 'en' },
      // Telegram voice notes have no file name; OpenAI needs the extension to know the format.
      file: { name: 'voice-note.ogg', type: 'audio/ogg', byteLength: note.byteLength, isOgg: true },
    });
  });

  it('sends no authorization to a local server without a key, and takes another model and a plain-text answer', async () => {
    server.respondWith(transcriptionPlainText(`${SPOKEN}\n`));

    const transcript = await transcriber({ apiKey: undefined, model: 'Systran/faster-whisper-small' }).transcribe({
      data: note,
      mimeType: 'audio/ogg; codecs=opus',
      fileName: 'file_17.oga',
    });

    expect(transcript.text).toBe(SPOKEN);
    const upload = server.uploads[0]!;
    expect(upload.authorization).toBeUndefined();
    expect(upload.fields).toEqual({ model: 'Systran/faster-whisper-small', response_format: 'json' });
    expect(upload.file).toMatchObject({ name: 'file_17.oga', type: 'audio/ogg; codecs=opus', byteLength: note.byteLength, isOgg: true });
  });

  it('waits what a 429 asks (retry-after) and then succeeds', async () => {
    server.respondWith(transcriptionError(429, 'Rate limit reached', { 'retry-after': '3' }), transcriptionText(SPOKEN));

    const transcript = await transcriber().transcribe(voiceNote());

    expect(transcript.text).toBe(SPOKEN);
    expect(server.requests).toHaveLength(2);
    expect(sleeper.delays).toEqual([3000]);
    expect(server.uploads[1]!.file).toMatchObject({ byteLength: note.byteLength, isOgg: true });
  });

  it("fails as 'server' once three 500s have used up the retries", async () => {
    server.respondWith(...[1, 2, 3].map(() => transcriptionError(500, 'The server had an error')));

    const error = await failure(transcriber().transcribe(voiceNote()));

    expect(error).toMatchObject({ kind: 'server', status: 500, attempts: 3 });
    expect(server.requests).toHaveLength(3);
    expect(sleeper.delays).toHaveLength(2);
  });

  it("fails as 'auth' on 401 after one request, without the key in the message", async () => {
    server.respondWith(transcriptionError(401, `Incorrect API key provided: ${API_KEY}.`));

    const error = await failure(transcriber().transcribe(voiceNote()));

    expect(error).toMatchObject({ kind: 'auth', status: 401, attempts: 1 });
    expect(error.message).not.toContain(API_KEY);
    expect(server.requests).toHaveLength(1);
    expect(sleeper.delays).toEqual([]);
  });

  it("fails as 'timeout' when every attempt outlives the per-attempt timeout", async () => {
    server.respondWith(...[1, 2].map(() => ({ ...transcriptionText(SPOKEN), delayMs: 5_000 })));

    const error = await failure(transcriber({ timeoutMs: 150, maxRetries: 1 }).transcribe(voiceNote()));

    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(error.message).toContain('did not answer within 0.2 s');
    expect(server.requests).toHaveLength(2);
  });

  it("fails as 'unsupported_format' on a 400 about the format, without retrying", async () => {
    server.respondWith(transcriptionError(400, "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']"));

    const error = await failure(transcriber().transcribe({ data: note, mimeType: 'audio/x-unknown', fileName: 'note.xyz' }));

    expect(error).toMatchObject({ kind: 'unsupported_format', status: 400, attempts: 1 });
    expect(error.message).toContain('Invalid file format');
    expect(server.requests).toHaveLength(1);
  });

  it("calls another 400 'server', with the server's words but never the key", async () => {
    server.respondWith(transcriptionError(400, `Model nonexistent does not exist (key ${API_KEY})`));

    const error = await failure(transcriber({ model: 'nonexistent' }).transcribe(voiceNote()));

    expect(error).toMatchObject({ kind: 'server', status: 400, attempts: 1 });
    expect(error.message).toContain('Model nonexistent does not exist');
    expect(error.message).not.toContain(API_KEY);
  });

  it("refuses a note over 25 MB as 'too_large' without sending anything", async () => {
    const error = await failure(transcriber().transcribe({ data: new Uint8Array(OPENAI_MAX_AUDIO_BYTES + 1), mimeType: 'audio/ogg' }));

    expect(error.kind).toBe('too_large');
    expect(server.requests).toHaveLength(0);
  });

  it("fails as 'empty' when the transcript is blank", async () => {
    server.respondWith(transcriptionText('  \n'));

    const error = await failure(transcriber().transcribe(voiceNote()));

    expect(error).toMatchObject({ kind: 'empty', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it("fails as 'network' when nothing listens, after the retries", async () => {
    const url = server.url;
    await server.close();
    server = await startFakeTranscriptionServer(); // for afterEach

    const error = await failure(transcriber({ baseUrl: url }).transcribe(voiceNote()));

    expect(error).toMatchObject({ kind: 'network', attempts: 3 });
    expect(error.message).toContain('127.0.0.1');
  });
});

describe('fileNameFor (OpenAI reads the format from the extension)', () => {
  it.each([
    [{ mimeType: 'audio/ogg' }, 'voice-note.ogg'],
    [{ mimeType: 'audio/ogg; codecs=opus' }, 'voice-note.ogg'],
    [{ mimeType: 'audio/mpeg', fileName: 'memo' }, 'memo.mp3'],
    [{ mimeType: 'audio/x-m4a' }, 'voice-note.m4a'],
    [{ mimeType: 'audio/ogg', fileName: 'file_17.oga' }, 'file_17.oga'],
    [{ mimeType: 'audio/amr' }, 'voice-note.amr'],
  ])('%o → %s', (audio, expected) => {
    expect(fileNameFor(audio)).toBe(expected);
  });
});
