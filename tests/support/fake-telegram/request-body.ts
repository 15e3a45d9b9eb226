import type { UploadedFile } from './bot-api.ts';

export interface ParsedBody {
  readonly params: Record<string, unknown>;
  readonly files: UploadedFile[];
  readonly encoding: 'json' | 'multipart' | 'urlencoded' | 'none';
}

/**
 * Reads a Bot API request the ways Telegram accepts one: query string, JSON,
 * `application/x-www-form-urlencoded` or `multipart/form-data`. Throws on a body it cannot read,
 * which the server turns into a 400.
 */
export function parseRequestBody(contentType: string | undefined, body: Buffer, query: URLSearchParams): ParsedBody {
  const queryParams = decodeFields([...query.entries()]);
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (body.length === 0) return { params: queryParams, files: [], encoding: query.size > 0 ? 'urlencoded' : 'none' };
  if (type === 'application/json') {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('the JSON body is not an object');
    return { params: { ...queryParams, ...(parsed as Record<string, unknown>) }, files: [], encoding: 'json' };
  }
  if (type === 'application/x-www-form-urlencoded') {
    const fields = decodeFields([...new URLSearchParams(body.toString('utf8')).entries()]);
    return { params: { ...queryParams, ...fields }, files: [], encoding: 'urlencoded' };
  }
  if (type === 'multipart/form-data') {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
    const boundaryText = boundary?.[1] ?? boundary?.[2];
    if (!boundaryText) throw new Error('multipart body without a boundary');
    return parseMultipart(body, boundaryText, queryParams);
  }
  throw new Error(`unsupported content-type ${contentType ?? '(none)'}`);
}

interface Part {
  readonly name: string;
  readonly filename: string | undefined;
  readonly contentType: string;
  readonly data: Buffer;
}

function parseMultipart(body: Buffer, boundary: string, queryParams: Record<string, unknown>): ParsedBody {
  const parts = splitParts(body, boundary);
  const fieldParts = parts.filter((part) => part.filename === undefined);
  const params = { ...queryParams, ...decodeFields(fieldParts.map((part) => [part.name, part.data.toString('utf8')])) };
  const files = parts
    .filter((part) => part.filename !== undefined)
    .map(
      (part): UploadedFile => ({
        field: referencingField(params, `attach://${part.name}`) ?? part.name,
        partName: part.name,
        filename: part.filename ?? '',
        contentType: part.contentType,
        size: part.data.length,
        head: Buffer.from(part.data.subarray(0, 16)),
        bytes: part.data,
      }),
    );
  return { params, files, encoding: 'multipart' };
}

/**
 * RFC 7578 framing: `--boundary CRLF headers CRLF CRLF data CRLF --boundary ... --boundary--`.
 * grammY writes headers in lower case without a space after the colon and leaves `filename`
 * unquoted, so the header parsing below is lenient about all three.
 */
function splitParts(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let start = body.indexOf(delimiter);
  if (start === -1) throw new Error('multipart body without its boundary');
  for (;;) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, afterDelimiter);
    if (next === -1) throw new Error('multipart body is not terminated');
    const raw = body.subarray(skipCrlf(body, afterDelimiter), next - 2); // the CRLF before the next delimiter belongs to it
    const headerEnd = raw.indexOf('\r\n\r\n');
    if (headerEnd === -1) throw new Error('multipart part without a header block');
    parts.push(readPart(raw.subarray(0, headerEnd).toString('utf8'), raw.subarray(headerEnd + 4)));
    start = next;
  }
  return parts;
}

function skipCrlf(body: Buffer, at: number): number {
  return body[at] === 0x0d && body[at + 1] === 0x0a ? at + 2 : at;
}

function readPart(headerBlock: string, data: Buffer): Part {
  const headers = new Map<string, string>();
  for (const line of headerBlock.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition') ?? '';
  const name = dispositionParam(disposition, 'name');
  if (name === undefined) throw new Error(`multipart part without a name: ${disposition}`);
  return {
    name,
    filename: dispositionParam(disposition, 'filename'),
    contentType: headers.get('content-type') ?? 'text/plain',
    data: Buffer.from(data),
  };
}

function dispositionParam(disposition: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${key}=(?:"([^"]*)"|([^;]*))`, 'i').exec(disposition);
  if (!match) return undefined;
  return match[1] ?? match[2]?.trim();
}

/** The top-level parameter whose value is, or contains, `attach://<id>`. */
function referencingField(params: Record<string, unknown>, reference: string): string | undefined {
  return Object.keys(params).find((key) => contains(params[key], reference));
}

function contains(value: unknown, reference: string): boolean {
  if (value === reference) return true;
  if (Array.isArray(value)) return value.some((item) => contains(item, reference));
  if (typeof value === 'object' && value !== null) return Object.values(value).some((item) => contains(item, reference));
  return false;
}

/**
 * Form fields arrive as strings; Telegram converts them by each parameter's declared type. The
 * fake has no per-method schema, so it decodes by shape: grammY JSON-encodes objects and arrays,
 * integers and booleans are turned back into numbers and booleans, and parameters that are
 * free text (or opaque ids that happen to be digits) stay strings whatever they look like.
 */
const ALWAYS_TEXT = new Set([
  'text',
  'caption',
  'title',
  'description',
  'short_description',
  'name',
  'query',
  'data',
  'question',
  'explanation',
  'url',
  'emoji',
  'payload',
  'parse_mode',
  'callback_query_id',
  'inline_query_id',
  'inline_message_id',
  'business_connection_id',
  'message_effect_id',
  'file_id',
  'secret_token',
  'language_code',
]);

function decodeFields(entries: readonly (readonly [string, string])[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of entries) params[key] = decodeField(key, value);
  return params;
}

function decodeField(key: string, value: string): unknown {
  if (ALWAYS_TEXT.has(key)) return value;
  if (/^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  if (/^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}
