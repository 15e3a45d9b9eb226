import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelError } from '../../src/llm/types.ts';
import { recordingSleep, type FakeModelServer } from '../support/fake-model-servers/index.ts';
import { API_KEY, EXPENSE_ARGS, logExpenseRequest } from './fixtures.ts';
import { HARNESSES, providerOn } from './provider-harnesses.ts';
import { rejectionOf } from '../support/kitty-errors.ts';

/** Behaviour every provider shares through the one retry policy, each against its own fake wire. */
describe.each(HARNESSES)('$name provider', (harness) => {
  let server: FakeModelServer;
  beforeEach(async () => {
    server = await harness.start();
  });
  afterEach(async () => {
    await server.close();
  });

  const failure = (promise: Promise<unknown>) => rejectionOf(promise, ModelError);

  it('parses a tool call and sends the key in its header', async () => {
    server.respondWith(harness.toolCallReply());
    const result = await providerOn(harness, server).complete(logExpenseRequest);
    expect(result.toolCalls).toHaveLength(1);
    expect(result.toolCalls[0]).toMatchObject({ name: 'propose_expenses', arguments: EXPENSE_ARGS });
    expect(JSON.parse(result.toolCalls[0]!.rawArguments)).toEqual(EXPENSE_ARGS);
    expect(result.attempts).toBe(1);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(result.raw)).toBeTypeOf('object');
    expect(server.requests).toHaveLength(1);
    expect(harness.sentKey(server.requests[0]!.headers)).toBe(API_KEY);
  });

  it('waits what retry-after asks after a 429, then succeeds', async () => {
    server.respondWith(harness.error(429, 'Slow down', { 'retry-after': '2' }), harness.toolCallReply());
    const { sleep, delays } = recordingSleep();
    const result = await providerOn(harness, server, { sleep }).complete(logExpenseRequest);
    expect(server.requests).toHaveLength(2);
    expect(delays).toEqual([2000]);
    expect(result.attempts).toBe(2);
    expect(result.toolCalls[0]?.name).toBe('propose_expenses');
  });

  it('honours retry-after-ms', async () => {
    server.respondWith(harness.error(429, 'Slow down', { 'retry-after-ms': '750' }), harness.toolCallReply());
    const { sleep, delays } = recordingSleep();
    await providerOn(harness, server, { sleep }).complete(logExpenseRequest);
    expect(delays).toEqual([750]);
  });

  it('retries 500s with jittered backoff and succeeds on the third attempt', async () => {
    server.respondWith(harness.error(500, 'boom'), harness.error(503, 'busy'), harness.toolCallReply());
    const { sleep, delays } = recordingSleep();
    const result = await providerOn(harness, server, { sleep }).complete(logExpenseRequest);
    expect(server.requests).toHaveLength(3);
    expect(result.attempts).toBe(3);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(0);
    expect(delays[0]).toBeLessThan(500);
    expect(delays[1]).toBeLessThan(1000);
  });

  it('gives up after three 500s with a server error', async () => {
    server.respondWith(harness.error(500, 'boom'), harness.error(500, 'boom'), harness.error(500, 'boom'));
    const { sleep } = recordingSleep();
    const error = await failure(providerOn(harness, server, { sleep }).complete(logExpenseRequest));
    expect(server.requests).toHaveLength(3);
    expect(error).toMatchObject({ kind: 'server', status: 500, attempts: 3 });
    expect(error.message).toBe(`${harness.label}${harness.name === 'openai' ? `:${new URL(server.url).port}` : ''} had a server error (500).`);
  });

  it('does not retry a rejected key and never repeats the key', async () => {
    server.respondWith(harness.error(401, `invalid api key ${API_KEY}`));
    const { sleep, delays } = recordingSleep();
    const error = await failure(providerOn(harness, server, { sleep }).complete(logExpenseRequest));
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
    expect(error).toMatchObject({ kind: 'auth', status: 401, attempts: 1 });
    expect(error.message).toMatch(/rejected the API key \(401\)\.$/);
    expect(error.message).not.toContain(API_KEY);
    expect(error.stack ?? '').not.toContain(API_KEY);
  });

  it('does not retry a bad request, and scrubs the key from the detail it shows', async () => {
    server.respondWith(harness.error(400, `tools.0 is invalid (key ${API_KEY})`));
    const error = await failure(providerOn(harness, server, { sleep: recordingSleep().sleep }).complete(logExpenseRequest));
    expect(server.requests).toHaveLength(1);
    expect(error.kind).toBe('bad_request');
    expect(error.message).toContain('rejected the request (400): tools.0 is invalid (key [redacted])');
    expect(error.message).not.toContain(API_KEY);
  });

  it('times out each attempt, retries, then reports a timeout', async () => {
    const slow = { ...harness.toolCallReply(), delayMs: 2_000 };
    server.respondWith(slow, slow, slow);
    const { sleep } = recordingSleep();
    const error = await failure(providerOn(harness, server, { sleep, timeoutMs: 100 }).complete(logExpenseRequest));
    expect(server.requests).toHaveLength(3);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 3 });
    expect(error.message).toMatch(/did not answer within 0\.1 s\.$/);
  });

  it('recovers when a slow attempt is followed by a quick one', async () => {
    server.respondWith({ ...harness.toolCallReply(), delayMs: 2_000 }, harness.toolCallReply());
    const result = await providerOn(harness, server, { sleep: recordingSleep().sleep, timeoutMs: 100 }).complete(logExpenseRequest);
    expect(result.attempts).toBe(2);
  });

  it('reports a network error when nothing listens', async () => {
    const url = server.url;
    await server.close();
    server = await harness.start(); // afterEach closes this one
    const error = await failure(
      providerOn(harness, { ...server, url }, { sleep: recordingSleep().sleep, maxRetries: 1 }).complete(logExpenseRequest),
    );
    expect(error).toMatchObject({ kind: 'network', attempts: 2 });
  });

  it('testConnection: ok with the model, or the safe message', async () => {
    const provider = providerOn(harness, server, { sleep: recordingSleep().sleep });
    expect(await provider.testConnection()).toEqual({ ok: true, model: provider.model });
    const probe = server.requests[0]!.body as Record<string, unknown>;
    expect(JSON.stringify(probe)).not.toContain('propose_expenses');

    server.respondWith(harness.error(401, 'bad key'));
    const check = await provider.testConnection();
    expect(check).toEqual({ ok: false, error: expect.stringMatching(/rejected the API key \(401\)\.$/) });
    expect(server.requests).toHaveLength(2);
  });
});
