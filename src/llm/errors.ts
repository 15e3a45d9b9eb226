import type { ModelErrorKind } from './types.ts';

/**
 * What went wrong with one attempt, in provider-neutral terms. The three SDKs throw differently
 * shaped errors (Anthropic and OpenAI: `APIError` with `status` and `headers`; Gemini: `ApiError`
 * with `status` and the JSON body as its message; all: aborts and fetch failures), so this reads
 * them by shape rather than by class.
 */
export interface AttemptFailure {
  readonly kind: ModelErrorKind;
  readonly retryable: boolean;
  /** Safe to log and show: names the provider, never contains the key. */
  readonly message: string;
  readonly status?: number;
  /** What the server asked us to wait (`retry-after-ms`, `retry-after`, Google's RetryInfo). */
  readonly retryAfterMs?: number;
}

export interface FailureContext {
  /** "Anthropic", "Gemini", "OpenAI", "The OpenAI-compatible server at localhost:11434". */
  readonly label: string;
  readonly apiKey: string;
  readonly timeoutMs: number;
  /** Our per-attempt timer fired (whatever error the SDK turned the abort into). */
  readonly timedOut: boolean;
  /** Response headers when the SDK's error does not carry them (Gemini). */
  readonly headers?: HeaderSource;
  readonly now?: () => number;
}

export interface HeaderSource {
  get(name: string): string | null;
}

const MAX_DETAIL = 200;
const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|UND_ERR_\w+)$/;

export function describeFailure(error: unknown, ctx: FailureContext): AttemptFailure {
  const { label } = ctx;
  const fields = asRecord(error);
  const name = errorName(error);
  const status = typeof fields?.['status'] === 'number' ? fields['status'] : undefined;

  const timeoutMessage = `${label} did not answer within ${seconds(ctx.timeoutMs)} s.`;
  if (ctx.timedOut || name === 'APIConnectionTimeoutError' || name === 'TimeoutError' || status === 408) {
    return { kind: 'timeout', retryable: true, message: timeoutMessage, ...(status ? { status } : {}) };
  }
  if (status !== undefined) {
    const detail = apiDetail(error);
    const headers = headerSource(fields?.['headers']) ?? ctx.headers;
    const retryAfterMs = retryAfterFromHeaders(headers, ctx.now?.() ?? Date.now()) ?? retryAfterFromBody(error);
    const extra = { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    // Gemini answers a wrong key with 400 INVALID_ARGUMENT, not 401.
    if (status === 401 || status === 403 || (status === 400 && /API[ _]KEY[ _](NOT[ _]VALID|INVALID)/i.test(detail))) {
      const what = status === 403 ? `refused access with this API key (${status})` : `rejected the API key (${status})`;
      return { kind: 'auth', retryable: false, message: `${label} ${what}.`, ...extra };
    }
    if (status === 429) return { kind: 'rate_limited', retryable: true, message: `${label} is rate limiting requests (429).`, ...extra };
    if (status >= 500) return { kind: 'server', retryable: true, message: `${label} had a server error (${status}).`, ...extra };
    const safe = scrubSecrets(detail, ctx.apiKey).slice(0, MAX_DETAIL);
    const message = `${label} rejected the request (${status})${safe ? `: ${safe}` : '.'}`;
    return { kind: 'bad_request', retryable: false, message, ...extra };
  }
  if (name === 'AbortError' || name === 'APIUserAbortError') {
    // Only our own timer aborts these calls, but an SDK may report it before our flag is read.
    return { kind: 'timeout', retryable: true, message: timeoutMessage };
  }
  const code = networkCode(error);
  if (code || name === 'APIConnectionError' || (error instanceof TypeError && /fetch failed/i.test(error.message))) {
    return { kind: 'network', retryable: true, message: `Could not reach ${label}${code ? ` (${code})` : ''}.` };
  }
  // Not an HTTP failure we recognise (a malformed answer, an SDK bug): not worth repeating.
  const detail = scrubSecrets(error instanceof Error ? error.message : String(error), ctx.apiKey).slice(0, MAX_DETAIL);
  return { kind: 'server', retryable: false, message: `${label} request failed: ${detail}` };
}

/** `retry-after-ms` (OpenAI, Anthropic), then `retry-after` as seconds or an HTTP date. */
export function retryAfterFromHeaders(headers: HeaderSource | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Removes the key (and anything shaped like a provider key) from text we surface. Keys shorter
 * than 8 characters are placeholders for local servers ("ollama"), not secrets, and replacing
 * them would mangle ordinary words.
 */
export function scrubSecrets(text: string, apiKey: string): string {
  let safe = apiKey.length >= 8 ? text.split(apiKey).join('[redacted]') : text;
  safe = safe.replace(/\b(sk-[A-Za-z0-9_-]{8,}|AIza[0-9A-Za-z_-]{20,})/g, '[redacted]');
  return safe;
}

function apiDetail(error: unknown): string {
  const fields = asRecord(error);
  if (typeof fields?.['apiMessage'] === 'string') return fields['apiMessage'];
  const body = asRecord(fields?.['error']);
  const nested = asRecord(body?.['error']) ?? body;
  if (typeof nested?.['message'] === 'string') return nested['message'];
  const message = error instanceof Error ? error.message : '';
  const parsed = asRecord(parseJson(message))?.['error'];
  const parsedMessage = asRecord(parsed)?.['message'];
  return typeof parsedMessage === 'string' ? parsedMessage : message;
}

/** Google puts `{ "@type": ".../google.rpc.RetryInfo", "retryDelay": "2s" }` in the error details. */
function retryAfterFromBody(error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const details = asRecord(asRecord(parseJson(message))?.['error'])?.['details'];
  if (!Array.isArray(details)) return undefined;
  for (const detail of details) {
    const delay = asRecord(detail)?.['retryDelay'];
    const match = typeof delay === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(delay) : null;
    if (match?.[1]) return Number.parseFloat(match[1]) * 1000;
  }
  return undefined;
}

function networkCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; current = asRecord(current)?.['cause'], depth++) {
    const code = asRecord(current)?.['code'];
    if (typeof code === 'string' && NETWORK_CODES.test(code)) return code;
  }
  return undefined;
}

/** OpenAI's error classes leave `name` as "Error"; their constructor names are the useful part. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return '';
  return error.name !== 'Error' ? error.name : error.constructor.name;
}

function headerSource(value: unknown): HeaderSource | undefined {
  const record = asRecord(value);
  return record && typeof record['get'] === 'function' ? (value as HeaderSource) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
