import { describeFailure } from '../llm/errors.ts';
import { ModelError } from '../llm/types.ts';
import { retryPolicyFrom, withRetries } from '../llm/retry.ts';
import { checkSize, requireText, transcriptionErrorFrom } from './errors.ts';
import { TranscriptionError, type AudioInput, type TranscribeOptions, type Transcriber, type Transcript } from './types.ts';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const OPENAI_TRANSCRIBE_DEFAULT_MODEL = 'whisper-1';
/** OpenAI's upload limit; local whisper servers take as much, and a voice note is far smaller. */
export const OPENAI_MAX_AUDIO_BYTES = 25 * 1024 * 1024;

export interface OpenAICompatibleTranscriberOptions {
  /** Empty or absent for a local server (whisper.cpp, faster-whisper) that checks no key. */
  readonly apiKey?: string;
  /** Default OpenAI's; e.g. `http://localhost:8000/v1`. `/audio/transcriptions` is appended. */
  readonly baseUrl?: string;
  readonly model?: string;
  /** Per attempt; default 20 000. */
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  /** Injected so tests need not wait real seconds between retries. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * POSTs the note as multipart/form-data to `{baseUrl}/audio/transcriptions`, the endpoint
 * OpenAI, whisper.cpp's server and faster-whisper-server share. Plain fetch rather than the
 * OpenAI SDK, so a local server needs no key and the request is exactly what is written here.
 */
export function createOpenAICompatibleTranscriber(options: OpenAICompatibleTranscriberOptions = {}): Transcriber {
  const baseUrl = (options.baseUrl ?? OPENAI_BASE_URL).replace(/\/+$/, '');
  const endpoint = `${baseUrl}/audio/transcriptions`;
  const apiKey = options.apiKey?.trim() ?? '';
  const model = options.model ?? OPENAI_TRANSCRIBE_DEFAULT_MODEL;
  const label = serverLabel(baseUrl);
  const policy = retryPolicyFrom({ ...options, apiKey });

  return {
    async transcribe(audio: AudioInput, transcribeOptions: TranscribeOptions = {}): Promise<Transcript> {
      checkSize(audio, OPENAI_MAX_AUDIO_BYTES, label);
      const started = performance.now();
      // fetch serialises a FormData afresh for every request, so retries can send the same one.
      const form = transcriptionForm(audio, model, transcribeOptions.language);
      const send = async (signal: AbortSignal): Promise<ServerAnswer> => {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
          body: form,
          signal,
        });
        const body = await response.text();
        if (!response.ok) throw new HttpStatusError(response.status, response.headers, errorDetail(body));
        return { body, contentType: response.headers.get('content-type') ?? '' };
      };
      const describe = (error: unknown, timedOut: boolean) => describeFailure(error, { label, apiKey, timeoutMs: policy.timeoutMs, timedOut });
      let answer: ServerAnswer;
      let attempts: number;
      try {
        ({ value: answer, attempts } = await withRetries(policy, send, describe));
      } catch (error) {
        throw error instanceof ModelError ? transcriptionErrorFrom(error) : error;
      }
      const text = requireText(transcriptText(answer, label), label, attempts);
      return { text, latencyMs: Math.round(performance.now() - started) };
    },
  };
}

interface ServerAnswer {
  readonly body: string;
  readonly contentType: string;
}

/** Shaped the way `describeFailure` reads SDK errors: `status`, `headers`, `apiMessage`. */
class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly apiMessage: string,
  ) {
    super(`HTTP ${status}`);
  }
}

function transcriptionForm(audio: AudioInput, model: string, language: string | undefined): FormData {
  const form = new FormData();
  // OpenAI decides the format from the file name's extension, so the name must carry one.
  form.append('file', new Blob([audio.data], { type: audio.mimeType }), fileNameFor(audio));
  form.append('model', model);
  form.append('response_format', 'json');
  if (language) form.append('language', language);
  return form;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'audio/ogg': 'ogg',
  'audio/opus': 'ogg',
  'audio/oga': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/mp4': 'm4a',
  'audio/m4a': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'm4a',
  'audio/wav': 'wav',
  'audio/wave': 'wav',
  'audio/x-wav': 'wav',
  'audio/webm': 'webm',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
};

export function fileNameFor(audio: Pick<AudioInput, 'mimeType' | 'fileName'>): string {
  const name = audio.fileName?.trim();
  if (name && /\.[A-Za-z0-9]{2,5}$/.test(name)) return name;
  const essence = audio.mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  // An unknown type keeps its own name (`audio/amr` → `.amr`), so the server's refusal names it.
  const subtype = essence.split('/')[1]?.replace(/^x-/, '') ?? '';
  const extension = EXTENSIONS[essence] ?? (/^[a-z0-9]{2,5}$/.test(subtype) ? subtype : 'ogg');
  return `${name || 'voice-note'}.${extension}`;
}

/** `response_format=json` gives `{ "text": … }`; some local servers answer plain text anyway. */
function transcriptText(answer: ServerAnswer, label: string): string {
  const parsed = parseJson(answer.body);
  if (isRecord(parsed)) {
    if (typeof parsed['text'] === 'string') return parsed['text'];
    throw new TranscriptionError('server', `${label} answered without a transcript.`);
  }
  if (/json/i.test(answer.contentType) && typeof parsed === 'string') return parsed;
  return answer.body;
}

/** OpenAI's `{ error: { message } }`, FastAPI's `{ detail }`, or the text itself. */
function errorDetail(body: string): string {
  const parsed = parseJson(body);
  if (isRecord(parsed)) {
    const error = parsed['error'];
    if (isRecord(error) && typeof error['message'] === 'string') return error['message'];
    if (typeof error === 'string') return error;
    if (typeof parsed['detail'] === 'string') return parsed['detail'];
    if (typeof parsed['message'] === 'string') return parsed['message'];
  }
  return body.trim();
}

function serverLabel(baseUrl: string): string {
  if (isOpenAIBaseUrl(baseUrl)) return 'OpenAI';
  try {
    return `The transcription server at ${new URL(baseUrl).host}`;
  } catch {
    return 'The transcription server';
  }
}

export function isOpenAIBaseUrl(baseUrl: string | undefined): boolean {
  if (baseUrl === undefined || baseUrl.trim() === '') return true;
  try {
    return new URL(baseUrl).hostname === 'api.openai.com';
  } catch {
    return false;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
