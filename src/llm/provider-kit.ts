import { describeFailure, scrubSecrets, type AttemptFailure } from './errors.ts';
import { withRetries, type RetryPolicy } from './retry.ts';
import { ModelError, type CompletionRequest, type ConnectionCheck, type ModelProvider } from './types.ts';

/** What every provider file shares: the timed, retried call, and the connection check. */

/** Anthropic requires a limit; the others get one only when the engine asks for it. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 1024;

export interface TimedCall<T> {
  readonly value: T;
  readonly attempts: number;
  readonly latencyMs: number;
}

export interface CallSettings {
  readonly policy: RetryPolicy;
  readonly label: string;
  readonly apiKey: string;
}

/**
 * One model call under the retry policy. `headersOf` lets a provider whose SDK errors carry no
 * response headers (Gemini) supply the ones it captured for `retry-after`.
 */
export async function timedCall<T>(
  settings: CallSettings,
  attempt: (signal: AbortSignal) => Promise<T>,
  headersOf?: () => { get(name: string): string | null } | undefined,
): Promise<TimedCall<T>> {
  const started = performance.now();
  const describe = (error: unknown, timedOut: boolean): AttemptFailure => {
    const headers = headersOf?.();
    return describeFailure(error, {
      label: settings.label,
      apiKey: settings.apiKey,
      timeoutMs: settings.policy.timeoutMs,
      timedOut,
      ...(headers ? { headers } : {}),
    });
  };
  const { value, attempts } = await withRetries(settings.policy, attempt, describe);
  return { value, attempts, latencyMs: Math.round(performance.now() - started) };
}

/** The smallest real request: no tools, a few output tokens. */
export const CONNECTION_CHECK_REQUEST: CompletionRequest = {
  system: 'You are a connection check. Reply with the single word OK.',
  messages: [{ role: 'user', parts: [{ type: 'text', text: 'ping' }] }],
  tools: [],
  maxOutputTokens: 16,
};

export async function checkConnection(provider: Pick<ModelProvider, 'complete' | 'model'>, apiKey: string): Promise<ConnectionCheck> {
  try {
    await provider.complete(CONNECTION_CHECK_REQUEST);
    return { ok: true, model: provider.model };
  } catch (error) {
    if (error instanceof ModelError) return { ok: false, error: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Connection check failed: ${scrubSecrets(detail, apiKey).slice(0, 200)}` };
  }
}

/** Tool arguments as the model sent them; `undefined` when they are not JSON (the engine asks for a repair). */
export function parseArguments(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The provider's answer for the audit log, with the key scrubbed should a proxy echo it. */
export function rawJson(answer: unknown, apiKey: string): string {
  return scrubSecrets(JSON.stringify(answer), apiKey);
}

export function toBase64(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
}

export function requireApiKey(label: string, apiKey: string): void {
  if (apiKey.trim() === '') throw new ModelError('auth', `${label} needs an API key (any non-empty placeholder for a local server).`);
}
