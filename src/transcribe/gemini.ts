import { createProvider } from '../llm/index.ts';
import { ModelError, type ProviderOptions } from '../llm/types.ts';
import { checkSize, requireText, transcriptionErrorFrom } from './errors.ts';
import type { AudioInput, TranscribeOptions, Transcriber, Transcript } from './types.ts';

/**
 * Flash-Lite rather than the chat default (Flash): it takes audio inline, does not think unless
 * asked (thinking only adds latency to a transcript), and costs less per second of audio.
 */
export const GEMINI_TRANSCRIBE_DEFAULT_MODEL = 'gemini-2.5-flash-lite';
/**
 * Gemini takes at most 20 MB per request with inline data, which travels as base64 (4/3 the
 * size); the rest is room for the instruction and the JSON around it.
 */
export const GEMINI_MAX_AUDIO_BYTES = 14 * 1024 * 1024;
const LABEL = 'Gemini';

/** The chat provider's own options: the transcriber is that provider with one job. */
export type GeminiTranscriberOptions = ProviderOptions;

/** The chat provider doing one job: the note as an inline media part, no tools, text back. */
export function createGeminiTranscriber(options: GeminiTranscriberOptions): Transcriber {
  const provider = createProvider('gemini', { ...options, model: options.model ?? GEMINI_TRANSCRIBE_DEFAULT_MODEL });
  return {
    async transcribe(audio: AudioInput, transcribeOptions: TranscribeOptions = {}): Promise<Transcript> {
      checkSize(audio, GEMINI_MAX_AUDIO_BYTES, LABEL);
      try {
        const result = await provider.complete({
          system: transcriptionInstruction(transcribeOptions.language),
          messages: [{ role: 'user', parts: [{ type: 'media', mimeType: geminiMimeType(audio.mimeType), data: audio.data }] }],
          // No tools: the Gemini provider then sends neither `tools` nor `toolConfig`.
          tools: [],
        });
        return { text: requireText(result.text, LABEL, result.attempts), latencyMs: result.latencyMs };
      } catch (error) {
        throw error instanceof ModelError ? transcriptionErrorFrom(error) : error;
      }
    },
  };
}

/** Gemini lists bare types (`audio/ogg`); chat platforms add `; codecs=opus` or say `audio/opus`. */
export function geminiMimeType(mimeType: string): string {
  const essence = mimeType.split(';')[0]?.trim().toLowerCase() ?? mimeType;
  return essence === 'audio/opus' || essence === 'audio/oga' ? 'audio/ogg' : essence;
}

export function transcriptionInstruction(language?: string): string {
  const lines = [
    'Transcribe this voice note verbatim, in the language it was spoken in; do not translate it.',
    'Reply with the transcript only: no quotes, labels, timestamps or commentary.',
    'Write amounts as digits, as a person would type them.',
    'If there is no speech, reply with nothing.',
  ];
  if (language) lines.push(`The speaker most likely speaks the language with code "${language}".`);
  return lines.join('\n');
}
