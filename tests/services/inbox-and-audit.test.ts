import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import * as schema from '../../src/db/schema.ts';
import { listInbound, recordInbound, settleInbound } from '../../src/services/inbox.ts';
import { listModelCalls, recordModelCall, type ModelCallRecord } from '../../src/services/model-calls.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

/** Delivery ids are unique per provider across the whole (possibly shared) database. */
function deliveryId(): string {
  return `update-${crypto.randomUUID()}`;
}

describe('recordInbound', () => {
  it('stores a message the first time and recognises the same delivery again', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const externalId = deliveryId();
    const first = await recordInbound(handle.db, {
      provider: 'telegram',
      externalId,
      kind: 'text',
      payload: { text: 'milk 60', chat: { id: 42 } },
      scope: arjun,
    });
    expect(first.duplicate).toBe(false);
    expect(first.message).toMatchObject({
      provider: 'telegram',
      externalId,
      kind: 'text',
      payload: { text: 'milk 60', chat: { id: 42 } },
      householdId: arjun.householdId,
      memberId: arjun.memberId,
      state: 'received',
      error: null,
      processedAt: null,
    });

    // A platform retry, even with a different body, is the same delivery.
    const again = await recordInbound(handle.db, {
      provider: 'telegram',
      externalId,
      kind: 'text',
      payload: { text: 'milk 60 (retry)' },
      scope: arjun,
    });
    expect(again.duplicate).toBe(true);
    expect(again.message.id).toBe(first.message.id);
    expect(again.message.payload).toEqual({ text: 'milk 60', chat: { id: 42 } });
  });

  it('treats the same external id from another provider as a different message', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const externalId = deliveryId();
    const telegram = await recordInbound(handle.db, { provider: 'telegram', externalId, kind: 'text', payload: {}, scope: arjun });
    const slack = await recordInbound(handle.db, { provider: 'slack', externalId, kind: 'text', payload: {}, scope: arjun });
    expect(telegram.duplicate).toBe(false);
    expect(slack.duplicate).toBe(false);
    expect(slack.message.id).not.toBe(telegram.message.id);
    expect(slack.message.provider).toBe('slack');
  });

  it("stores a stranger's message with no household, and dedupes it too", async () => {
    const externalId = deliveryId();
    const first = await recordInbound(handle.db, { provider: 'telegram', externalId, kind: 'text', payload: { text: 'hi?' } });
    expect(first.duplicate).toBe(false);
    expect(first.message).toMatchObject({ householdId: null, memberId: null, state: 'received', payload: { text: 'hi?' } });

    const [stored] = await handle.db.select().from(schema.inboundMessages).where(eq(schema.inboundMessages.id, first.message.id));
    expect(stored?.externalId).toBe(externalId);

    const again = await recordInbound(handle.db, { provider: 'telegram', externalId, kind: 'text', payload: { text: 'hi?' } });
    expect(again).toMatchObject({ duplicate: true, message: { id: first.message.id } });
  });

  it('two deliveries of the same update at once store one message', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const externalId = deliveryId();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => recordInbound(handle.db, { provider: 'slack', externalId, kind: 'text', payload: {}, scope: arjun })),
    );
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(new Set(results.map((result) => result.message.id)).size).toBe(1);
  });
});

describe('settleInbound and listInbound', () => {
  it('records processed, failed and deferred outcomes and lists messages by state', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const record = async (kind: string, scope = arjun) =>
      (await recordInbound(handle.db, { provider: 'telegram', externalId: deliveryId(), kind, payload: { kind }, scope })).message;
    const processed = await record('text');
    const failed = await record('text', priya);
    const deferred = await record('voice');
    const deferredWithReason = await record('voice', priya);
    const waiting = await record('photo');

    await settleInbound(handle.db, arjun, processed.id, { state: 'processed' });
    await settleInbound(handle.db, priya, failed.id, { state: 'failed', error: 'Model timed out' });
    await settleInbound(handle.db, arjun, deferred.id, { state: 'deferred' });
    await settleInbound(handle.db, priya, deferredWithReason.id, { state: 'deferred', error: 'No transcriber configured' });

    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
    expect(ids(await listInbound(handle.db, arjun, 'received'))).toEqual([waiting.id]);
    expect(ids(await listInbound(handle.db, arjun, 'processed'))).toEqual([processed.id]);
    expect(ids(await listInbound(handle.db, priya, 'deferred'))).toEqual([deferred.id, deferredWithReason.id]);

    const [failedRow] = await listInbound(handle.db, arjun, 'failed');
    expect(failedRow).toMatchObject({ id: failed.id, state: 'failed', error: 'Model timed out' });
    expect(failedRow?.processedAt).toBeInstanceOf(Date);

    const deferredRows = await listInbound(handle.db, arjun, 'deferred');
    expect(deferredRows.map((row) => row.error)).toEqual([null, 'No transcriber configured']);

    const [processedRow] = await listInbound(handle.db, arjun, 'processed');
    expect(processedRow?.error).toBeNull();
    expect(processedRow?.processedAt).toBeInstanceOf(Date);
  });

  it('a retry that succeeds clears the earlier error', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const { message } = await recordInbound(handle.db, { provider: 'web', externalId: deliveryId(), kind: 'text', payload: {}, scope: arjun });
    await settleInbound(handle.db, arjun, message.id, { state: 'failed', error: 'boom' });
    await settleInbound(handle.db, arjun, message.id, { state: 'processed' });
    expect(await listInbound(handle.db, arjun, 'failed')).toEqual([]);
    const [row] = await listInbound(handle.db, arjun, 'processed');
    expect(row).toMatchObject({ id: message.id, error: null });
  });

  it("a household cannot list or settle another household's messages", async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    const { message } = await recordInbound(handle.db, {
      provider: 'telegram',
      externalId: deliveryId(),
      kind: 'text',
      payload: { text: 'private' },
      scope: home.priya,
    });
    expect(await listInbound(handle.db, other.arjun, 'received')).toEqual([]);

    await settleInbound(handle.db, other.arjun, message.id, { state: 'failed', error: 'tampered' });
    const [row] = await handle.db.select().from(schema.inboundMessages).where(eq(schema.inboundMessages.id, message.id));
    expect(row).toMatchObject({ state: 'received', error: null, processedAt: null });
    expect((await listInbound(handle.db, home.arjun, 'received')).map((m) => m.id)).toEqual([message.id]);
  });

  it("a stranger's message appears in no household's inbox", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await recordInbound(handle.db, { provider: 'telegram', externalId: deliveryId(), kind: 'text', payload: {} });
    expect(await listInbound(handle.db, arjun, 'received')).toEqual([]);
  });
});

describe('model call audit', () => {
  const call: ModelCallRecord = {
    provider: 'anthropic',
    model: 'claude-test',
    purpose: 'interpret',
    inputSummary: 'user said: milk 60',
    rawOutput: '{"intent":"log_expense","amount":60}',
    validationErrors: null,
    error: null,
    inputTokens: 120,
    outputTokens: 30,
    latencyMs: 850,
  };

  it('lists a recorded call to its own household only', async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    const { message } = await recordInbound(handle.db, {
      provider: 'telegram',
      externalId: deliveryId(),
      kind: 'text',
      payload: { text: 'milk 60' },
      scope: home.arjun,
    });
    await recordModelCall(handle.db, home.arjun, { ...call, inboundMessageId: message.id });

    const calls = await listModelCalls(handle.db, home.priya);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ ...call, householdId: home.household.id, inboundMessageId: message.id });
    expect(calls[0]?.createdAt).toBeInstanceOf(Date);

    expect(await listModelCalls(handle.db, other.arjun)).toEqual([]);
    await recordModelCall(handle.db, other.arjun, { ...call, purpose: 'answer' });
    expect((await listModelCalls(handle.db, other.priya)).map((c) => c.purpose)).toEqual(['answer']);
    expect((await listModelCalls(handle.db, home.arjun)).map((c) => c.purpose)).toEqual(['interpret']);
  });

  it('keeps validation errors and failures', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await recordModelCall(handle.db, arjun, {
      ...call,
      rawOutput: null,
      validationErrors: [{ path: 'amount', message: 'Expected number' }],
      error: 'provider returned 529',
      inputTokens: null,
      outputTokens: null,
    });
    const [row] = await listModelCalls(handle.db, arjun);
    expect(row).toMatchObject({
      rawOutput: null,
      validationErrors: [{ path: 'amount', message: 'Expected number' }],
      error: 'provider returned 529',
      inputTokens: null,
      outputTokens: null,
    });
  });

  it('truncates very long raw output and input summaries to 20,000 characters', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const rawOutput = 'x'.repeat(19_990) + '0123456789' + 'OVERFLOW'.repeat(10_000);
    const inputSummary = 'i'.repeat(25_000);
    await recordModelCall(handle.db, arjun, { ...call, rawOutput, inputSummary });
    const [row] = await listModelCalls(handle.db, arjun);
    expect(row?.rawOutput).toHaveLength(20_000);
    expect(row?.rawOutput?.endsWith('0123456789')).toBe(true);
    expect(row?.rawOutput).not.toContain('OVERFLOW');
    expect(row?.inputSummary).toBe('i'.repeat(20_000));

    // Exactly at the limit: kept whole.
    await recordModelCall(handle.db, arjun, { ...call, purpose: 'exact', rawOutput: 'y'.repeat(20_000) });
    const exact = (await listModelCalls(handle.db, arjun)).find((c) => c.purpose === 'exact');
    expect(exact?.rawOutput).toBe('y'.repeat(20_000));
  });

  it('lists newest first and honours the limit', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    for (const purpose of ['first', 'second', 'third']) {
      await recordModelCall(handle.db, arjun, { ...call, purpose });
    }
    expect((await listModelCalls(handle.db, arjun)).map((c) => c.purpose)).toEqual(['third', 'second', 'first']);
    expect((await listModelCalls(handle.db, arjun, 2)).map((c) => c.purpose)).toEqual(['third', 'second']);
  });
});
