import type { Database } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { createHousehold, type Household } from '../../src/services/households.ts';
import { getInviteCode, joinHousehold } from '../../src/services/invites.ts';

export type TestHousehold = {
  household: Household;
  /** Arjun, the admin who created the household. */
  arjun: HouseholdScope;
  /** Priya, who joined with the invite code. */
  priya: HouseholdScope;
};

/** A two-member household made the way real ones are: created by one partner, joined by the other. */
export async function createTestHousehold(
  db: Database,
  options: { currency?: string; timeZone?: string; name?: string } = {},
): Promise<TestHousehold> {
  const { household, scope: arjun } = await createHousehold(db, {
    name: options.name ?? 'Test home',
    currency: options.currency ?? 'INR',
    timeZone: options.timeZone ?? 'Asia/Kolkata',
    owner: { displayName: 'Arjun' },
  });
  const code = await getInviteCode(db, arjun);
  const { scope: priya } = await joinHousehold(db, { code, displayName: 'Priya' });
  return { household, arjun, priya };
}
