/**
 * The console stands in for a chat app on this machine: one local member, whose household is
 * created the first time they write.
 */
import { userInfo } from 'node:os';
import type { Database } from '../../db/database.ts';
import type { HouseholdScope } from '../../db/scope.ts';
import { createHousehold } from '../../services/households.ts';
import { resolveIdentity, type IdentityRef } from '../../services/identities.ts';
import { currencyForTimeZone, localTimeZone } from './local-defaults.ts';

const CONSOLE_IDENTITY: IdentityRef = { provider: 'console', externalId: 'local' };

export async function consoleMember(db: Database): Promise<{ scope: HouseholdScope; created: boolean }> {
  const existing = await resolveIdentity(db, CONSOLE_IDENTITY);
  if (existing) return { scope: existing, created: false };
  const timeZone = localTimeZone();
  const { scope } = await createHousehold(
    db,
    { name: 'Home', currency: currencyForTimeZone(timeZone), timeZone, owner: { displayName: localName() } },
    CONSOLE_IDENTITY,
  );
  return { scope, created: true };
}

function localName(): string {
  let name = 'Me';
  try {
    name = userInfo().username || name;
  } catch {
    // No passwd entry (some containers): keep the default.
  }
  return name === 'root' ? 'Me' : name.charAt(0).toUpperCase() + name.slice(1, 40);
}
