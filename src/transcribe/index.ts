import { createGeminiTranscriber, GEMINI_TRANSCRIBE_DEFAULT_MODEL } from './gemini.ts';
import { createOpenAICompatibleTranscriber, isOpenAIBaseUrl, OPENAI_TRANSCRIBE_DEFAULT_MODEL } from './openai-compatible.ts';
import type { TranscribeConfig, Transcriber } from './types.ts';

export const DEFAULT_TRANSCRIBE_MODELS = {
  openai: OPENAI_TRANSCRIBE_DEFAULT_MODEL,
  gemini: GEMINI_TRANSCRIBE_DEFAULT_MODEL,
} as const;

export interface TranscriberDeps {
  /** Injected by tests so retries need not wait real seconds. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * `undefined` when voice notes cannot be transcribed: no provider chosen, or a key it needs is
 * missing (Gemini always; OpenAI-compatible only at OpenAI itself, since local servers take none).
 */
export function createTranscriber(config: TranscribeConfig, deps: TranscriberDeps = {}): Transcriber | undefined {
  const apiKey = config.apiKey?.trim() ?? '';
  const model = config.model?.trim() || undefined;
  const baseUrl = config.baseUrl?.trim() || undefined;
  const common = {
    timeoutMs: config.timeoutMs,
    ...(model ? { model } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  };
  switch (config.provider) {
    case 'none':
      return undefined;
    case 'openai':
      if (apiKey === '' && isOpenAIBaseUrl(baseUrl)) return undefined;
      return createOpenAICompatibleTranscriber({ ...common, ...(apiKey ? { apiKey } : {}) });
    case 'gemini':
      return apiKey === '' ? undefined : createGeminiTranscriber({ ...common, apiKey });
  }
}

export { createGeminiTranscriber, GEMINI_MAX_AUDIO_BYTES, GEMINI_TRANSCRIBE_DEFAULT_MODEL } from './gemini.ts';
export { createOpenAICompatibleTranscriber, OPENAI_BASE_URL, OPENAI_MAX_AUDIO_BYTES, OPENAI_TRANSCRIBE_DEFAULT_MODEL } from './openai-compatible.ts';
export type { GeminiTranscriberOptions } from './gemini.ts';
export type { OpenAICompatibleTranscriberOptions } from './openai-compatible.ts';
export { TranscriptionError, TRANSCRIBE_PROVIDERS } from './types.ts';
export type * from './types.ts';
