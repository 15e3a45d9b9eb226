import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { interpretContext, loadHouseholdContext } from '../../src/engine/household-context.ts';
import { updateHousehold } from '../../src/services/households.ts';
import { openTestDatabase } from '../support/database.ts';
import { TEST_NOW } from '../support/engine.ts';
import { createTestHousehold } from '../support/households.ts';

/** What an interpreter is told about the household, read from the real database. */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe('interpretContext', () => {
  it('passes on the locale the household chose, and none while it is automatic', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db, { currency: 'EUR', timeZone: 'Europe/Berlin' });
    const automatic = interpretContext(await loadHouseholdContext(handle.db, priya), TEST_NOW);
    expect(automatic).toMatchObject({ currency: 'EUR', timeZone: 'Europe/Berlin', members: ['Priya', 'Arjun'] });
    expect('locale' in automatic).toBe(false);

    await updateHousehold(handle.db, arjun, { locale: 'en-IE' });
    expect(interpretContext(await loadHouseholdContext(handle.db, priya), TEST_NOW).locale).toBe('en-IE');
  });
});
