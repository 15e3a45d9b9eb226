import { startFakeModelServer, type FakeModelServer, type RecordedRequest, type ScriptedResponse } from './fake-model-servers/index.ts';

/**
 * A fake OpenAI-compatible transcription server: `POST /v1/audio/transcriptions`, multipart.
 * `url` ends in `/v1`; pass it as `baseUrl`. `uploads` reads each recorded request's form.
 */
export interface FakeTranscriptionServer extends FakeModelServer {
  readonly uploads: readonly RecordedUpload[];
}

export interface RecordedUpload {
  readonly authorization: string | undefined;
  /** The text fields: `model`, `response_format`, `language`. */
  readonly fields: Readonly<Record<string, string>>;
  readonly file: UploadedFile | undefined;
}

export interface UploadedFile {
  readonly name: string;
  readonly type: string;
  readonly byteLength: number;
  /** Starts with the OGG page magic `OggS`, as a Telegram voice note does. */
  readonly isOgg: boolean;
}

export async function startFakeTranscriptionServer(): Promise<FakeTranscriptionServer> {
  const server = await startFakeModelServer({
    serves: (method, path) => method === 'POST' && path === '/v1/audio/transcriptions',
    fallback: () => transcriptionText('OK'),
    basePath: '/v1',
  });
  // A getter added in place: spreading `server` into a new object would freeze its `pending` getter.
  return Object.defineProperty(server, 'uploads', {
    get: () => server.requests.map(readUpload),
  }) as FakeTranscriptionServer;
}

/** What `response_format=json` answers. */
export function transcriptionText(text: string): ScriptedResponse {
  return { body: { text } };
}

/** What some local servers answer whatever the format asked for. */
export function transcriptionPlainText(text: string): ScriptedResponse {
  return { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text };
}

/** An error in OpenAI's shape, e.g. `transcriptionError(429, 'Slow down', { 'retry-after': '3' })`. */
export function transcriptionError(status: number, message: string, headers: Record<string, string> = {}): ScriptedResponse {
  return { status, headers, body: { error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'invalid_request_error', param: null, code: null } } };
}

/**
 * The shared fake keeps bodies as UTF-8 text, which mangles the audio's bytes; the text parts of
 * the form survive, though (undecodable bytes become U+FFFD without swallowing the ASCII after
 * them), so the file's byte length is the request's `content-length` minus everything else.
 */
export function readUpload(request: RecordedRequest): RecordedUpload {
  const authorization = header(request, 'authorization');
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(header(request, 'content-type') ?? '');
  const delimiter = `--${boundary?.[1] ?? boundary?.[2] ?? ''}`;
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  if (!boundary) return { authorization, fields, file };

  for (const part of request.rawBody.split(delimiter).slice(1, -1)) {
    // Each part is "\r\n<headers>\r\n\r\n<content>\r\n".
    const headerEnd = part.indexOf('\r\n\r\n');
    const partHeaders = part.slice(0, headerEnd);
    const content = part.slice(headerEnd + 4, -2);
    const name = /\bname="([^"]*)"/.exec(partHeaders)?.[1] ?? '';
    const fileName = /\bfilename="([^"]*)"/.exec(partHeaders)?.[1];
    if (fileName === undefined) {
      fields[name] = content;
      continue;
    }
    const total = Number(header(request, 'content-length') ?? Number.NaN);
    const textBytes = Buffer.byteLength(request.rawBody) - Buffer.byteLength(content);
    file = {
      name: fileName,
      type: /^content-type:\s*(.+)$/im.exec(partHeaders)?.[1]?.trim() ?? '',
      byteLength: total - textBytes,
      isOgg: content.startsWith('OggS'),
    };
  }
  return { authorization, fields, file };
}

function header(request: RecordedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
