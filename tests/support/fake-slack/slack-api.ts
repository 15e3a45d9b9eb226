/**
 * What passes over the fake's wire. Slack answers every Web API call with HTTP 200 and an
 * envelope, `{ ok: true, ... }` or `{ ok: false, error: '<code>' }`; clients read only the body.
 */
export type SlackResponse = { readonly ok: true; readonly [field: string]: unknown } | SlackError;

export interface SlackError {
  readonly ok: false;
  readonly error: string;
  readonly [field: string]: unknown;
}

export interface SlackApiCall {
  /** As it appeared in the path, e.g. `chat.postMessage`. */
  readonly method: string;
  /** The bearer token, or the form's `token` field; undefined when the call carried none. */
  readonly token: string | undefined;
  /**
   * Form or JSON fields. Form values stay strings, as Slack receives them (`'true'`, `'42'`),
   * except the fields that carry JSON (see `JSON_FIELDS`), which are parsed back to objects.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Slack's argument shapes differ per method and tests read them freely; `unknown` would make every assertion a cast.
  readonly args: Record<string, any>;
  /** `Date.now()` once the body had been read. */
  readonly at: number;
  /** How the body came: the WebClient sends `urlencoded`, or `multipart` when an argument is a Buffer. */
  readonly encoding: 'urlencoded' | 'json' | 'multipart' | 'none';
  /** What the fake answered. */
  readonly response: SlackResponse;
}

/** A post to a response_url the fake handed out. */
export interface ResponseUrlPost {
  /** The `<id>` of `${url}/response/<id>`. */
  readonly id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a message payload (text, blocks, replace_original, response_type...), read freely by tests.
  readonly body: Record<string, any>;
  readonly at: number;
}

/** The part of Slack's file object a bot reads to fetch the bytes. */
export interface SlackFile {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly mimetype: string;
  readonly filetype: string;
  readonly size: number;
  readonly url_private: string;
  readonly url_private_download: string;
  readonly created: number;
  readonly timestamp: number;
}

export interface FileDownload {
  readonly fileId: string;
  /** Whether the request bore a token the fake accepts; refused downloads are recorded too. */
  readonly authorized: boolean;
  readonly at: number;
}

/** A file sent through `files.uploadV2` (getUploadURLExternal, the upload, completeUploadExternal). */
export interface SlackUpload {
  readonly id: string;
  readonly filename: string;
  /** The length the client declared in `files.getUploadURLExternal`. */
  readonly declaredLength: number;
  /** The bytes posted to the upload URL; undefined until they arrive. */
  readonly bytes: Buffer | undefined;
  /** Set by `files.completeUploadExternal`: where the file was shared (`channel_id`, `initial_comment`, `thread_ts`). */
  readonly completed: Record<string, unknown> | undefined;
}

export function slackOk(fields: Record<string, unknown> = {}): SlackResponse {
  return { ok: true, ...fields };
}

export function slackError(error: string, fields: Record<string, unknown> = {}): SlackError {
  return { ok: false, error, ...fields };
}

/** Slack's answer to a call missing a required argument. */
export function missingArgument(field: string): SlackError {
  return slackError('invalid_arguments', { response_metadata: { messages: [`[ERROR] missing required field: ${field}`] } });
}
