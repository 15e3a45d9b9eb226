import type { ModelError } from '../llm/types.ts';
import { TranscriptionError, type TranscriptionErrorKind } from './types.ts';

/**
 * Both implementations run under the shared retry policy, which fails with a `ModelError`; this
 * turns it into the transcription vocabulary. A refused request says why only in its message
 * (OpenAI: "Invalid file format. Supported formats: …"; Gemini: "Unsupported MIME type: …").
 */
const FORMAT_REFUSAL = /format|unsupported|mime|codec|decod|corrupt/i;

export function transcriptionErrorFrom(error: ModelError): TranscriptionError {
  return new TranscriptionError(kindOf(error), error.message, error.status, error.attempts);
}

function kindOf(error: ModelError): TranscriptionErrorKind {
  switch (error.kind) {
    case 'auth':
    case 'rate_limited':
    case 'timeout':
    case 'server':
    case 'network':
      return error.kind;
    case 'bad_request':
      if (error.status === 413) return 'too_large';
      // `message` is "<label> rejected the request (400): <server's words>"; only the words count.
      return FORMAT_REFUSAL.test(serverWords(error.message)) ? 'unsupported_format' : 'server';
  }
}

function serverWords(message: string): string {
  const start = message.indexOf('):');
  return start === -1 ? message : message.slice(start);
}

/** Checked before sending, so an oversized note costs no request. */
export function checkSize(audio: { readonly data: Uint8Array }, maxBytes: number, label: string): void {
  if (audio.data.byteLength === 0) throw new TranscriptionError('empty', 'The voice note has no audio.');
  if (audio.data.byteLength > maxBytes) {
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    throw new TranscriptionError('too_large', `The voice note is ${mb(audio.data.byteLength)} MB; ${label} takes at most ${mb(maxBytes)} MB.`);
  }
}

export function requireText(text: string, label: string, attempts: number): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new TranscriptionError('empty', `${label} heard no speech in the voice note.`, undefined, attempts);
  return trimmed;
}
