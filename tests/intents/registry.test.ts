import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { INTENT_IDS } from '../../src/engine/interpretation.ts';
import type { IntentContext } from '../../intents/definition.ts';
import { INTENT_LIST, INTENTS, runIntent } from '../../intents/registry.ts';
import { openTestDatabase } from '../support/database.ts';
import { expectRejection } from '../support/kitty-errors.ts';
import { MARCH, intentContext, seedHousehold } from './fixture.ts';

let handle: DatabaseHandle;
let context: IntentContext;

beforeAll(async () => {
  handle = await openTestDatabase();
  context = await intentContext(handle.db, await seedHousehold(handle.db));
});

afterAll(() => handle.close());

describe('the registry', () => {
  it('holds every intent of the contract once, under its own id, in the contract order', () => {
    expect(Object.keys(INTENTS).sort()).toEqual([...INTENT_IDS].sort());
    for (const [key, intent] of Object.entries(INTENTS)) expect(intent.id).toBe(key);
    expect(INTENT_LIST.map((intent) => intent.id)).toEqual([...INTENT_IDS]);
    for (const intent of INTENT_LIST) expect(intent.description).toMatch(/^[A-Z].+\.$/);
  });

  it('describes every parameter, so the schemas can become tool definitions', () => {
    for (const intent of INTENT_LIST) {
      const schema = z.toJSONSchema(intent.params, { io: 'input' }) as { properties: Record<string, { description?: string }> };
      for (const [name, property] of Object.entries(schema.properties)) {
        expect(property.description, `${intent.id}.${name}`).toBeTruthy();
      }
    }
  });

  it('fills the spec defaults for limit: 3 top categories, 5 largest, 5 recent', () => {
    expect(INTENTS.top_expense_categories.params.parse({ period: MARCH }).limit).toBe(3);
    expect(INTENTS.largest_expenses.params.parse({ period: MARCH }).limit).toBe(5);
    expect(INTENTS.recent_expenses.params.parse({}).limit).toBe(5);
  });
});

describe('runIntent rejects bad parameters with invalid_input', () => {
  it('refuses an intent that does not exist', async () => {
    const error = await expectRejection(runIntent(context, 'net_worth', { period: MARCH }), 'invalid_input', 'intent');
    expect(error.message).toContain('Kitty has no question called "net_worth"');
  });

  it('refuses dates that are not real or not ISO', async () => {
    const impossible = await expectRejection(
      runIntent(context, 'total_by_period', { period: { start: '2026-02-30', end: '2026-03-31' } }),
      'invalid_input',
      'period.start',
    );
    expect(impossible.message).toBe('2026-02-30 is not a real calendar date. Check the day and month.');
    const slashes = await expectRejection(
      runIntent(context, 'daily_average', { period: { start: '2026-03-01', end: '31/03/2026' } }),
      'invalid_input',
      'period.end',
    );
    expect(slashes.message).toBe('"31/03/2026" is not a date. Write it as YYYY-MM-DD, for example 2026-03-14.');
    await expectRejection(runIntent(context, 'member_split', { period: { start: ' 2026-03-01', end: '2026-03-31' } }), 'invalid_input', 'period.start');
  });

  it('refuses a period that starts after it ends, and a missing one', async () => {
    const backwards = await expectRejection(
      runIntent(context, 'top_expense_categories', { period: { start: '2026-03-31', end: '2026-03-01' } }),
      'invalid_input',
      'period',
    );
    expect(backwards.message).toBe('The period starts on 2026-03-31, after it ends on 2026-03-01.');
    const missing = await expectRejection(runIntent(context, 'total_by_period', {}), 'invalid_input', 'period');
    expect(missing.message).toBe('A period is required: { start, end } as YYYY-MM-DD dates.');
  });

  it('refuses limits outside 1..50 and fractions', async () => {
    const zero = await expectRejection(runIntent(context, 'largest_expenses', { period: MARCH, limit: 0 }), 'invalid_input', 'limit');
    expect(zero.message).toBe('The limit must be at least 1.');
    await expectRejection(runIntent(context, 'recent_expenses', { limit: 51 }), 'invalid_input', 'limit');
    await expectRejection(runIntent(context, 'top_expense_categories', { period: MARCH, limit: 2.5 }), 'invalid_input', 'limit');
    await expectRejection(runIntent(context, 'recent_expenses', { limit: '5' }), 'invalid_input', 'limit');
  });

  it('refuses a category that is not a slug and a member that is not an id', async () => {
    await expectRejection(runIntent(context, 'category_spend_by_period', { period: MARCH, category: 'Dining Out' }), 'invalid_input', 'category');
    await expectRejection(runIntent(context, 'category_spend_by_period', { period: MARCH }), 'invalid_input', 'category');
    await expectRejection(runIntent(context, 'total_by_period', { period: MARCH, memberId: 'Priya' }), 'invalid_input', 'memberId');
  });

  it('refuses a parameter the intent does not take instead of quietly answering a broader question', async () => {
    const error = await expectRejection(
      runIntent(context, 'member_split', { period: MARCH, memberId: context.scope.memberId }),
      'invalid_input',
    );
    expect(error.message).toBe('This question cannot be narrowed to a member.');
    const two = await expectRejection(runIntent(context, 'top_expense_categories', { period: MARCH, category: 'dining', member: 'x' }), 'invalid_input');
    expect(two.message).toBe('This question cannot be narrowed to a category or "member".');
  });
});
