import type { AttemptFailure } from './errors.ts';
import { ModelError, type ProviderOptions } from './types.ts';

/**
 * The one retry policy for every provider (each SDK's own retries are switched off, so a 429
 * from Gemini is handled exactly like one from Anthropic). Each attempt gets its own timeout;
 * 429, 5xx, timeouts and network errors are retried with exponential backoff and full jitter,
 * or after what the server asked for (`retry-after`), capped; 400/401/403/404 never are.
 */
export interface RetryPolicy {
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Injected by tests of the jitter; `Math.random` otherwise. */
  readonly random?: () => number;
}

export const RETRY_DEFAULTS = {
  timeoutMs: 20_000,
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  /** A longer `retry-after` is cut to this: a chat reply cannot wait minutes. */
  maxRetryAfterMs: 30_000,
} as const;

export function retryPolicyFrom(options: ProviderOptions): RetryPolicy {
  return {
    timeoutMs: options.timeoutMs ?? RETRY_DEFAULTS.timeoutMs,
    maxRetries: Math.max(0, options.maxRetries ?? RETRY_DEFAULTS.maxRetries),
    sleep: options.sleep ?? realSleep,
  };
}

export interface Attempted<T> {
  readonly value: T;
  readonly attempts: number;
}

/**
 * Runs `attempt` until it succeeds or fails for good. `describe` turns whatever the SDK threw
 * into an `AttemptFailure` (`timedOut`: our timer fired); the last one becomes the `ModelError`.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  attempt: (signal: AbortSignal) => Promise<T>,
  describe: (error: unknown, timedOut: boolean) => AttemptFailure,
): Promise<Attempted<T>> {
  for (let attempts = 1; ; attempts++) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, policy.timeoutMs);
    try {
      return { value: await attempt(controller.signal), attempts };
    } catch (error) {
      clearTimeout(timer); // before the backoff sleep, which the timer must not outlive
      const failure = describe(error, timedOut);
      if (!failure.retryable || attempts > policy.maxRetries) {
        throw new ModelError(failure.kind, failure.message, failure.status, attempts);
      }
      await policy.sleep(retryDelayMs(attempts, failure, policy.random ?? Math.random));
    } finally {
      clearTimeout(timer);
    }
  }
}

/** `retry` is 1 before the first retry. Full jitter: anywhere in [0, min(cap, base · 2^(retry-1))). */
export function retryDelayMs(retry: number, failure: Pick<AttemptFailure, 'retryAfterMs'>, random: () => number): number {
  if (failure.retryAfterMs !== undefined) return Math.min(failure.retryAfterMs, RETRY_DEFAULTS.maxRetryAfterMs);
  const ceiling = Math.min(RETRY_DEFAULTS.maxDelayMs, RETRY_DEFAULTS.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
