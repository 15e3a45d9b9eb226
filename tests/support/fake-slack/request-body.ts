import type { IncomingHttpHeaders } from 'node:http';
import type { SlackApiCall } from './slack-api.ts';

/**
 * Arguments that hold JSON. The WebClient JSON-encodes every object or array argument into the
 * form; Slack decodes these by the method's schema, the fake by this list. Everything else stays
 * the string that arrived (`unfurl_links: 'false'`, `text: '[1]'`).
 */
export const JSON_FIELDS: ReadonlySet<string> = new Set(['blocks', 'attachments', 'view', 'metadata', 'files', 'user_auth_blocks', 'unfurls']);

export interface ParsedApiRequest {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see SlackApiCall.args.
  readonly args: Record<string, any>;
  readonly encoding: SlackApiCall['encoding'];
  /** `Authorization: Bearer <token>`. */
  readonly bearer: string | undefined;
  /** `Authorization: Basic <base64 id:secret>`, how OAuth clients may send their credentials. */
  readonly basic: { readonly user: string; readonly password: string } | undefined;
  /** Bytes of multipart file parts, by field. */
  readonly fileParts: ReadonlyMap<string, { readonly filename: string; readonly bytes: Buffer }>;
}

/** Reads a Web API request the ways Slack accepts one: query string, urlencoded form, multipart or JSON. Throws on a body it cannot read. */
export async function parseApiRequest(headers: IncomingHttpHeaders, body: Buffer, query: URLSearchParams): Promise<ParsedApiRequest> {
  const credentials = readAuthorization(headers.authorization);
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const queryArgs = decodeFields(query.entries());
  const fileParts = new Map<string, { filename: string; bytes: Buffer }>();
  if (body.length === 0) return { ...credentials, args: queryArgs, encoding: query.size > 0 ? 'urlencoded' : 'none', fileParts };
  if (type === 'application/json') {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('the JSON body is not an object');
    return { ...credentials, args: { ...queryArgs, ...parsed }, encoding: 'json', fileParts };
  }
  if (type === 'multipart/form-data') {
    // undici's own multipart parser, the same the WebClient's fetch wrote the body with.
    const form = await new Response(body, { headers: { 'content-type': headers['content-type'] ?? '' } }).formData();
    const textFields: [string, string][] = [];
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') textFields.push([key, value]);
      else fileParts.set(key, { filename: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
    }
    return { ...credentials, args: { ...queryArgs, ...decodeFields(textFields) }, encoding: 'multipart', fileParts };
  }
  // Slack reads any other body as a form, which is also what the WebClient always sends.
  return { ...credentials, args: { ...queryArgs, ...decodeFields(new URLSearchParams(body.toString('utf8')).entries()) }, encoding: 'urlencoded', fileParts };
}

function readAuthorization(header: string | undefined): Pick<ParsedApiRequest, 'bearer' | 'basic'> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  const basic = /^Basic\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (basic === undefined) return { bearer, basic: undefined };
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return { bearer, basic: colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) } };
}

function decodeFields(entries: Iterable<[string, string]>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [key, value] of entries) args[key] = JSON_FIELDS.has(key) ? parseJsonOrKeep(value) : value;
  return args;
}

/** Unparseable JSON stays a string, so the answer can refuse it as Slack does (`invalid_blocks_format`). */
function parseJsonOrKeep(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
