import { describe, expect, it } from 'vitest';
import { describeFailure, retryAfterFromHeaders, scrubSecrets } from '../../src/llm/errors.ts';
import { retryDelayMs, withRetries } from '../../src/llm/retry.ts';
import { ModelError } from '../../src/llm/types.ts';
import { recordingSleep } from '../support/fake-model-servers/index.ts';

const headers = (values: Record<string, string>) => new Headers(values);
const NOW = Date.parse('2026-05-01T10:00:00Z');

describe('retry-after', () => {
  it('reads retry-after-ms first, then seconds, then an HTTP date', () => {
    expect(retryAfterFromHeaders(headers({ 'retry-after-ms': '1500', 'retry-after': '9' }), NOW)).toBe(1500);
    expect(retryAfterFromHeaders(headers({ 'retry-after': '2' }), NOW)).toBe(2000);
    expect(retryAfterFromHeaders(headers({ 'retry-after': 'Fri, 01 May 2026 10:00:05 GMT' }), NOW)).toBe(5000);
    expect(retryAfterFromHeaders(headers({ 'retry-after': 'soon' }), NOW)).toBeUndefined();
    expect(retryAfterFromHeaders(headers({}), NOW)).toBeUndefined();
  });
});

describe('backoff', () => {
  it('uses full jitter under a doubling ceiling capped at 8 s', () => {
    expect(retryDelayMs(1, {}, () => 0.999)).toBe(499);
    expect(retryDelayMs(2, {}, () => 0.5)).toBe(500);
    expect(retryDelayMs(10, {}, () => 0.999)).toBe(7992);
    expect(retryDelayMs(3, {}, () => 0)).toBe(0);
  });

  it('waits what the server asked, at most 30 s', () => {
    expect(retryDelayMs(1, { retryAfterMs: 2000 }, () => 0.5)).toBe(2000);
    expect(retryDelayMs(1, { retryAfterMs: 3_600_000 }, () => 0.5)).toBe(30_000);
  });
});

describe('withRetries', () => {
  const label = { label: 'Test', apiKey: 'secret-key-123456', timeoutMs: 50 };

  it('stops at maxRetries and reports the attempts', async () => {
    const { sleep, delays } = recordingSleep();
    let calls = 0;
    const error = await withRetries(
      { timeoutMs: 50, maxRetries: 1, sleep, random: () => 0.5 },
      async () => {
        calls++;
        throw Object.assign(new Error('busy'), { status: 503 });
      },
      (thrown, timedOut) => describeFailure(thrown, { ...label, timedOut }),
    ).catch((thrown: unknown) => thrown);
    expect(calls).toBe(2);
    expect(delays).toEqual([250]);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ kind: 'server', status: 503, attempts: 2, message: 'Test had a server error (503).' });
  });

  it('aborts a hung attempt with its own signal and calls it a timeout', async () => {
    const error = await withRetries(
      { timeoutMs: 20, maxRetries: 0, sleep: recordingSleep().sleep },
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
      (thrown, timedOut) => describeFailure(thrown, { ...label, timedOut }),
    ).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 1, message: 'Test did not answer within 0.1 s.' });
  });
});

describe('failure messages', () => {
  it('never carry the key, whatever the server echoes', () => {
    const thrown = Object.assign(new Error('x'), { status: 422, apiMessage: 'bad header secret-key-123456 and sk-proj-abcdefgh12345678' });
    const failure = describeFailure(thrown, { label: 'Test', apiKey: 'secret-key-123456', timeoutMs: 1000, timedOut: false });
    expect(failure.message).toBe('Test rejected the request (422): bad header [redacted] and [redacted]');
  });

  it('leaves short placeholder keys alone rather than mangling words', () => {
    expect(scrubSecrets('none of these', 'none')).toBe('none of these');
  });

  it('names the network failure by its code', () => {
    const thrown = new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    expect(describeFailure(thrown, { label: 'Gemini', apiKey: 'k', timeoutMs: 1000, timedOut: false })).toMatchObject({
      kind: 'network',
      retryable: true,
      message: 'Could not reach Gemini (ECONNREFUSED).',
    });
  });
});
