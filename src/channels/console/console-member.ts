/**
 * The console stands in for a chat app on this machine. Its own member (identity `local`) is
 * created with the household the first time they write, as "Me" until they give a name; partners
 * they invite get a console identity of their own (`member:<id>`), so switching to them in the
 * console resolves an identity like any chat message does instead of trusting a typed name.
 */
import type { Database } from '../../db/database.ts';
import type { HouseholdScope } from '../../db/scope.ts';
import { createHousehold } from '../../services/households.ts';
import { resolveIdentity, type IdentityRef } from '../../services/identities.ts';
import { currencyForTimeZone, localTimeZone } from './local-defaults.ts';

export const CONSOLE_IDENTITY: IdentityRef = { provider: 'console', externalId: 'local' };

/** The console account of a partner invited from the console. */
export function partnerIdentity(memberId: string): IdentityRef {
  return { provider: 'console', externalId: `member:${memberId}` };
}

/** What a fresh household calls the person at the keyboard, until `name …` says otherwise. */
export const FIRST_NAME = 'Me';

/** `identity` is for tests, which share one database and so cannot all be `local`. */
export async function consoleMember(db: Database, identity: IdentityRef = CONSOLE_IDENTITY): Promise<{ scope: HouseholdScope; created: boolean }> {
  const existing = await resolveIdentity(db, identity);
  if (existing) return { scope: existing, created: false };
  const timeZone = localTimeZone();
  const { scope } = await createHousehold(
    db,
    { name: 'Home', currency: currencyForTimeZone(timeZone), timeZone, owner: { displayName: FIRST_NAME } },
    identity,
  );
  return { scope, created: true };
}
