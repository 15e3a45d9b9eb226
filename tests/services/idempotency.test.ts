import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Transaction } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import * as schema from '../../src/db/schema.ts';
import { once } from '../../src/services/idempotency.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

/** A side effect inside the transaction that can be counted afterwards. */
async function sideEffect(tx: Transaction, scope: HouseholdScope, purpose: string): Promise<void> {
  await tx.insert(schema.modelCalls).values({
    householdId: scope.householdId,
    provider: 'test',
    model: 'test',
    purpose,
    inputSummary: 'idempotency test',
    latencyMs: 0,
  });
}

async function sideEffects(householdId: string, purpose: string): Promise<number> {
  const [row] = await handle.db
    .select({ n: count() })
    .from(schema.modelCalls)
    .where(and(eq(schema.modelCalls.householdId, householdId), eq(schema.modelCalls.purpose, purpose)));
  return row?.n ?? -1;
}

async function storedKeys(householdId: string, key: string) {
  return handle.db
    .select()
    .from(schema.idempotencyKeys)
    .where(and(eq(schema.idempotencyKeys.householdId, householdId), eq(schema.idempotencyKeys.key, key)));
}

describe('once', () => {
  it('runs the work once for a key and replays the stored result after that', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    let runs = 0;
    const work = async (tx: Transaction) => {
      runs += 1;
      await sideEffect(tx, arjun, 'confirm');
      return { expenseId: 'e-1', changed: true, amounts: [100, 250], note: 'ok' };
    };

    const first = await once(handle.db, arjun, 'tg:callback:1', work);
    expect(first).toEqual({ result: { expenseId: 'e-1', changed: true, amounts: [100, 250], note: 'ok' }, replayed: false });

    const second = await once(handle.db, arjun, 'tg:callback:1', work);
    expect(second).toEqual({ result: { expenseId: 'e-1', changed: true, amounts: [100, 250], note: 'ok' }, replayed: true });
    // Another member of the same household pressing the same button: still the same action.
    const third = await once(handle.db, priya, 'tg:callback:1', work);
    expect(third.replayed).toBe(true);
    expect(third.result).toEqual(first.result);

    expect(runs).toBe(1);
    expect(await sideEffects(arjun.householdId, 'confirm')).toBe(1);
    const [stored] = await storedKeys(arjun.householdId, 'tg:callback:1');
    expect(stored?.result).toEqual(first.result);
  });

  it('replays what the first call returned, not what a later work function would return', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await once(handle.db, arjun, 'k', async () => 'first answer');
    const replay = await once(handle.db, arjun, 'k', async () => 'second answer');
    expect(replay).toEqual({ result: 'first answer', replayed: true });

    await once(handle.db, arjun, 'n', async () => 42);
    expect(await once(handle.db, arjun, 'n', async () => 0)).toEqual({ result: 42, replayed: true });
  });

  it('runs the work separately for different keys', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    let runs = 0;
    const work = (label: string) => async (tx: Transaction) => {
      runs += 1;
      await sideEffect(tx, arjun, 'different-keys');
      return label;
    };
    expect(await once(handle.db, arjun, 'a', work('A'))).toEqual({ result: 'A', replayed: false });
    expect(await once(handle.db, arjun, 'b', work('B'))).toEqual({ result: 'B', replayed: false });
    expect(await once(handle.db, arjun, 'A', work('upper A'))).toEqual({ result: 'upper A', replayed: false });
    expect(runs).toBe(3);
    expect(await sideEffects(arjun.householdId, 'different-keys')).toBe(3);
  });

  it('keeps the same key in two households independent', async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    const key = 'slack:action:123';
    expect(await once(handle.db, home.arjun, key, async (tx) => (await sideEffect(tx, home.arjun, 'shared-key'), 'home')))
      .toEqual({ result: 'home', replayed: false });
    expect(await once(handle.db, other.priya, key, async (tx) => (await sideEffect(tx, other.priya, 'shared-key'), 'other')))
      .toEqual({ result: 'other', replayed: false });
    expect(await once(handle.db, home.priya, key, async () => 'never')).toEqual({ result: 'home', replayed: true });
    expect(await once(handle.db, other.arjun, key, async () => 'never')).toEqual({ result: 'other', replayed: true });
    expect(await sideEffects(home.household.id, 'shared-key')).toBe(1);
    expect(await sideEffects(other.household.id, 'shared-key')).toBe(1);
  });

  it('a work function that throws leaves no key (and none of its writes) behind, so a retry runs it', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    let attempts = 0;
    const flaky = async (tx: Transaction) => {
      attempts += 1;
      await sideEffect(tx, arjun, 'flaky');
      if (attempts === 1) throw new Error('provider unavailable');
      return { attempt: attempts };
    };

    await expect(once(handle.db, arjun, 'retry-me', flaky)).rejects.toThrow('provider unavailable');
    expect(await storedKeys(arjun.householdId, 'retry-me')).toEqual([]);
    expect(await sideEffects(arjun.householdId, 'flaky')).toBe(0);

    expect(await once(handle.db, arjun, 'retry-me', flaky)).toEqual({ result: { attempt: 2 }, replayed: false });
    expect(await once(handle.db, arjun, 'retry-me', flaky)).toEqual({ result: { attempt: 2 }, replayed: true });
    expect(attempts).toBe(2);
    expect(await sideEffects(arjun.householdId, 'flaky')).toBe(1);
  });

  it('runs the work exactly once when ten calls with the same key race', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    let runs = 0;
    const work = async (tx: Transaction) => {
      runs += 1;
      await sideEffect(tx, arjun, 'race');
      // Hold the transaction open a moment so the other calls really arrive while it runs.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { winner: runs };
    };

    const results = await Promise.all(Array.from({ length: 10 }, () => once(handle.db, arjun, 'double-tap', work)));
    expect(runs).toBe(1);
    expect(await sideEffects(arjun.householdId, 'race')).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(results.filter((r) => r.replayed)).toHaveLength(9);
    for (const r of results) expect(r.result).toEqual({ winner: 1 });
  });

  it('races on different keys do not block each other into duplicates', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        once(handle.db, arjun, `key-${i % 3}`, async (tx) => {
          await sideEffect(tx, arjun, `multi-${i % 3}`);
          return i % 3;
        }),
      ),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(3);
    for (const k of [0, 1, 2]) expect(await sideEffects(arjun.householdId, `multi-${k}`)).toBe(1);
    expect(results.map((r) => r.result)).toEqual([0, 1, 2, 0, 1, 2]);
  });
});
