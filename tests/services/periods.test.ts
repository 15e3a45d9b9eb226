import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { householdPeriod } from '../../src/services/periods.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';
import { expectRejection } from '../support/kitty-errors.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

/** 06:30 UTC on 1 April 2026: 23:30 on 31 March in Los Angeles, midday on 1 April in Kolkata. */
const now = new Date('2026-04-01T06:30:00Z');

describe('householdPeriod', () => {
  it('resolves phrases in each household’s own time zone', async () => {
    const kolkata = await createTestHousehold(handle.db, { timeZone: 'Asia/Kolkata' });
    const losAngeles = await createTestHousehold(handle.db, { timeZone: 'America/Los_Angeles' });
    expect(await householdPeriod(handle.db, kolkata.arjun, 'this month', { now })).toEqual({ start: '2026-04-01', end: '2026-04-30' });
    expect(await householdPeriod(handle.db, losAngeles.arjun, 'this month', { now })).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(await householdPeriod(handle.db, losAngeles.priya, 'today', { now })).toEqual({ start: '2026-03-31', end: '2026-03-31' });
    // Tuesday 31 March: last week is Monday 23 to Sunday 29 March.
    expect(await householdPeriod(handle.db, losAngeles.arjun, 'Last Week', { now })).toEqual({ start: '2026-03-23', end: '2026-03-29' });
    expect(await householdPeriod(handle.db, kolkata.arjun, { kind: 'last_days', days: 7 }, { now })).toEqual({
      start: '2026-03-26',
      end: '2026-04-01',
    });
  });

  it('explains a phrase it does not understand', async () => {
    const home = await createTestHousehold(handle.db);
    const error = await expectRejection(householdPeriod(handle.db, home.arjun, 'the other day', { now }), 'invalid_period', 'period');
    expect(error.message).toContain('"the other day"');
  });
});
