/**
 * Speech to text for voice notes. The engine sees only these types; each implementation file
 * speaks one wire format (an OpenAI-compatible `/audio/transcriptions` endpoint, or Gemini).
 */

export interface AudioInput {
  readonly data: Uint8Array;
  /** As the chat platform reported it, e.g. `audio/ogg` for a Telegram voice note. */
  readonly mimeType: string;
  /** Telegram voice notes have none; one is made up from the mime type when missing. */
  readonly fileName?: string;
}

export interface TranscribeOptions {
  /** ISO-639-1 hint (`en`, `hi`); the provider detects the language when absent. */
  readonly language?: string;
}

export interface Transcript {
  /** Trimmed; never empty (an empty transcript is a `TranscriptionError` of kind `empty`). */
  readonly text: string;
  /** Wall time including retries. */
  readonly latencyMs: number;
}

export interface Transcriber {
  transcribe(audio: AudioInput, options?: TranscribeOptions): Promise<Transcript>;
}

export const TRANSCRIBE_PROVIDERS = ['none', 'openai', 'gemini'] as const;
export type TranscribeProvider = (typeof TRANSCRIBE_PROVIDERS)[number];

export interface TranscribeConfig {
  readonly provider: TranscribeProvider;
  /** OpenAI-compatible: e.g. `http://localhost:8000/v1`; default OpenAI's. Gemini: a proxy or a test fake. */
  readonly baseUrl?: string;
  readonly apiKey?: string;
  /** Default per provider: `DEFAULT_TRANSCRIBE_MODELS`. */
  readonly model?: string;
  /** Per attempt. */
  readonly timeoutMs: number;
}

export type TranscriptionErrorKind =
  | 'unsupported_format'
  | 'too_large'
  | 'timeout'
  | 'auth'
  | 'rate_limited'
  /** Also any other refusal (a wrong model name, a wrong path): nothing the person can fix. */
  | 'server'
  | 'network'
  /** No speech in the note (or no audio at all). */
  | 'empty';

/** A failed transcription. The message is safe to log and show: it never contains the API key. */
export class TranscriptionError extends Error {
  override readonly name = 'TranscriptionError';
  constructor(
    readonly kind: TranscriptionErrorKind,
    message: string,
    readonly status?: number,
    readonly attempts = 1,
  ) {
    super(message);
  }
}
