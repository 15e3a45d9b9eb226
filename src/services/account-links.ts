import { createHash } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { KittyError } from '../domain/errors.ts';
import type { Database } from '../db/database.ts';
import { accountLinkCodes, members } from '../db/schema.ts';
import { asSystem, inHousehold, type HouseholdScope } from '../db/scope.ts';
import { assertIdentityUnused, insertIdentity, type IdentityRef } from './identities.ts';
import { normalizeInviteCode, randomCode } from './invites.ts';
import { requireMember } from './members.ts';

/**
 * One member, several chat accounts: "/link" in Telegram gives a one-time code, and "/kitty link
 * CODE" in Slack attaches that Slack account to the same member, so both partners' numbers stay
 * one ledger whichever app they type in. Codes are ten characters (invite codes are eight, so
 * the two never look alike), last a quarter of an hour, work once, and are stored only hashed.
 */
export const LINK_CODE_LENGTH = 10;
export const LINK_CODE_MINUTES = 15;

export async function createAccountLinkCode(db: Database, scope: HouseholdScope, now = new Date()): Promise<{ code: string; expiresAt: Date }> {
  const raw = randomCode(LINK_CODE_LENGTH);
  const expiresAt = new Date(now.getTime() + LINK_CODE_MINUTES * 60_000);
  await inHousehold(db, scope, (tx) => requireMember(tx, scope, scope.memberId));
  await asSystem(db, (tx) =>
    tx.insert(accountLinkCodes).values({ codeHash: codeHash(raw), householdId: scope.householdId, memberId: scope.memberId, expiresAt }),
  );
  return { code: `${raw.slice(0, 5)}-${raw.slice(5)}`, expiresAt };
}

/** True for text shaped like a link code (as opposed to a household invite code). */
export function isAccountLinkCode(text: string): boolean {
  return normalizeInviteCode(text).length === LINK_CODE_LENGTH;
}

/** Spends a code: the account becomes one more way in for the member who asked for it. */
export async function redeemAccountLinkCode(db: Database, code: string, identity: IdentityRef, now = new Date()): Promise<HouseholdScope> {
  return asSystem(db, async (tx) => {
    // Claiming and checking in one statement: two redemptions of one code cannot both win.
    const [claimed] = await tx
      .update(accountLinkCodes)
      .set({ usedAt: now })
      .where(and(eq(accountLinkCodes.codeHash, codeHash(normalizeInviteCode(code))), isNull(accountLinkCodes.usedAt), gt(accountLinkCodes.expiresAt, now)))
      .returning({ householdId: accountLinkCodes.householdId, memberId: accountLinkCodes.memberId });
    if (!claimed) {
      throw new KittyError('invalid_invite_code', `That link code is not valid: codes work once, for ${LINK_CODE_MINUTES} minutes. Ask for a new one with /link in Telegram.`, 'code');
    }
    const [member] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.householdId, claimed.householdId), eq(members.id, claimed.memberId)));
    if (!member) throw new KittyError('invalid_invite_code', 'The member this code was made for has left the household.', 'code');
    await assertIdentityUnused(tx, identity);
    await insertIdentity(tx, claimed.householdId, claimed.memberId, identity);
    return claimed;
  });
}

function codeHash(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex');
}
