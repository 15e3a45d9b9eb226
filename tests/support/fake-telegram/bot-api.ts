import type { ApiMethods, InputFile, Opts } from 'grammy/types';

/** The envelope every Bot API answer comes in, success or failure. */
export type BotApiResponse =
  | { readonly ok: true; readonly result: unknown; readonly description?: string }
  | {
      readonly ok: false;
      readonly error_code: number;
      readonly description: string;
      readonly parameters?: { readonly retry_after?: number; readonly migrate_to_chat_id?: number };
    };

/** A file grammY uploaded as a multipart part. */
export interface UploadedFile {
  /** The parameter that referenced the part through `attach://<id>`, e.g. `photo` (or `media` inside a media group). */
  readonly field: string;
  /** The part's name, i.e. the `<id>` of `attach://<id>`. grammY makes these up at random. */
  readonly partName: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  /** The first 16 bytes, enough to check a magic number (`\xFF\xD8` for JPEG, `\x89PNG` for PNG). */
  readonly head: Buffer;
  readonly bytes: Buffer;
}

/**
 * A method's parameters as the fake records them. For a method grammY knows these are its typed
 * options, except that top-level uploads are strings (`attach://<id>`; the bytes are in `files`).
 */
export type CallParams<M extends string> = M extends keyof ApiMethods ? UploadsAsStrings<Opts<M>> : Record<string, unknown>;

type UploadsAsStrings<P> = { [K in keyof P]: InputFile extends P[K] ? Exclude<P[K], InputFile> | string : P[K] };

export interface TelegramCall<M extends string = string> {
  /** As it appeared in the path (the Bot API treats method names case-insensitively). */
  readonly method: M;
  readonly params: CallParams<M>;
  readonly files: readonly UploadedFile[];
  /** How the parameters arrived: grammY sends `multipart` only when a payload holds an InputFile. */
  readonly encoding: 'json' | 'multipart' | 'urlencoded' | 'none';
  /** `Date.now()` when the request body had been read. */
  readonly at: number;
  /** What the fake answered; `undefined` while a long poll is held or a delayed answer is pending. */
  readonly response: BotApiResponse | undefined;
}

export function botApiOk(result: unknown, description?: string): BotApiResponse {
  return description === undefined ? { ok: true, result } : { ok: true, result, description };
}

export function botApiError(errorCode: number, description: string, parameters?: { retry_after?: number; migrate_to_chat_id?: number }): BotApiResponse {
  return parameters === undefined
    ? { ok: false, error_code: errorCode, description }
    : { ok: false, error_code: errorCode, description, parameters };
}

/** Telegram's flood-control answer, exactly as the Bot API words it. */
export function tooManyRequests(retryAfterSeconds: number): BotApiResponse {
  return botApiError(429, `Too Many Requests: retry after ${retryAfterSeconds}`, { retry_after: retryAfterSeconds });
}

export function badRequest(reason: string): BotApiResponse {
  return botApiError(400, `Bad Request: ${reason}`);
}

export const METHOD_NOT_FOUND: BotApiResponse = botApiError(404, 'Not Found: method not found');
