import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranscriber, type TranscribeConfig } from '../../src/transcribe/index.ts';
import { startFakeGemini, geminiText, recordingSleep, type FakeModelServer } from '../support/fake-model-servers/index.ts';
import { startFakeTranscriptionServer, transcriptionText, type FakeTranscriptionServer } from '../support/fake-transcription-server.ts';
import { describeWithVoice, makeVoiceNote } from '../support/voice-note.ts';

const base = { timeoutMs: 20_000 } as const;

describe('createTranscriber', () => {
  it.each<[string, TranscribeConfig]>([
    ['no provider', { ...base, provider: 'none', apiKey: 'sk-unused-0123456789' }],
    ['OpenAI itself without a key', { ...base, provider: 'openai' }],
    ['OpenAI itself, named explicitly, with a blank key', { ...base, provider: 'openai', baseUrl: 'https://api.openai.com/v1/', apiKey: '  ' }],
    ['Gemini without a key', { ...base, provider: 'gemini', baseUrl: 'http://127.0.0.1:1' }],
  ])('gives none for %s', (_, config) => {
    expect(createTranscriber(config)).toBeUndefined();
  });

  it.each<[string, TranscribeConfig]>([
    ['OpenAI with a key', { ...base, provider: 'openai', apiKey: 'sk-test-0123456789' }],
    ['a local whisper server without a key', { ...base, provider: 'openai', baseUrl: 'http://localhost:8000/v1' }],
    ['Gemini with a key', { ...base, provider: 'gemini', apiKey: 'AIzaFakeKey0123456789abcdefghij' }],
  ])('gives one for %s', (_, config) => {
    expect(createTranscriber(config)).toBeDefined();
  });

  describeWithVoice('end to end on the fakes, with the configured model or the default', () => {
    let whisper: FakeTranscriptionServer;
    let gemini: FakeModelServer;
    beforeEach(async () => {
      [whisper, gemini] = await Promise.all([startFakeTranscriptionServer(), startFakeGemini()]);
    });
    afterEach(async () => {
      await Promise.all([whisper.close(), gemini.close()]);
    });

    it('openai-compatible: local server, configured model', async () => {
      whisper.respondWith(transcriptionText('hello'));
      const transcriber = createTranscriber({ ...base, provider: 'openai', baseUrl: whisper.url, model: 'large-v3' }, recordingSleep());

      const transcript = await transcriber!.transcribe({ data: await makeVoiceNote('hello'), mimeType: 'audio/ogg' });

      expect(transcript.text).toBe('hello');
      expect(whisper.uploads[0]!.fields['model']).toBe('large-v3');
      expect(whisper.uploads[0]!.authorization).toBeUndefined();
    });

    it('gemini: default model', async () => {
      gemini.respondWith(geminiText('hello'));
      const transcriber = createTranscriber({ ...base, provider: 'gemini', baseUrl: gemini.url, apiKey: 'AIzaFakeKey0123456789abcdefghij' });

      const transcript = await transcriber!.transcribe({ data: await makeVoiceNote('hello'), mimeType: 'audio/ogg' });

      expect(transcript.text).toBe('hello');
      expect(gemini.requests[0]!.path).toBe('/v1beta/models/gemini-2.5-flash-lite:generateContent');
    });
  });
});
