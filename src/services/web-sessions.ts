import { createHash } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { members, usedSignInLinks, webSessions } from '../db/schema.ts';
import { asSystem, type HouseholdScope } from '../db/scope.ts';

/**
 * Web view sessions. A session is created only from a verified sign-in (a signed chat link used
 * once, or Telegram Mini App data), lasts 30 days, and can be revoked. The cookie carries a
 * random token; the table keeps its SHA-256.
 */
export const SESSION_DAYS = 30;

export async function startSession(db: Database, scope: HouseholdScope, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  await asSystem(db, (tx) =>
    tx.insert(webSessions).values({ tokenHash: tokenHash(token), householdId: scope.householdId, memberId: scope.memberId, expiresAt }),
  );
  return { token, expiresAt };
}

/** The member a session token signs in, while it is unexpired, unrevoked and they are still a member. */
export async function findSession(db: Database, token: string, now = new Date()): Promise<HouseholdScope | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const [row] = await asSystem(db, (tx) =>
    tx
      .select({ householdId: webSessions.householdId, memberId: webSessions.memberId })
      .from(webSessions)
      .innerJoin(members, and(eq(members.householdId, webSessions.householdId), eq(members.id, webSessions.memberId)))
      .where(and(eq(webSessions.tokenHash, tokenHash(token)), isNull(webSessions.revokedAt), gt(webSessions.expiresAt, now))),
  );
  return row;
}

export async function revokeSession(db: Database, token: string, now = new Date()): Promise<void> {
  await asSystem(db, (tx) => tx.update(webSessions).set({ revokedAt: now }).where(eq(webSessions.tokenHash, tokenHash(token))));
}

/** "Sign out everywhere": every session of this member. */
export async function revokeMemberSessions(db: Database, scope: HouseholdScope, now = new Date()): Promise<void> {
  await asSystem(db, (tx) =>
    tx
      .update(webSessions)
      .set({ revokedAt: now })
      .where(and(eq(webSessions.householdId, scope.householdId), eq(webSessions.memberId, scope.memberId), isNull(webSessions.revokedAt))),
  );
}

/** True the first time a sign-in link's token id is used, false ever after. */
export async function claimSignInLink(db: Database, tokenId: string, expiresAt: Date): Promise<boolean> {
  const inserted = await asSystem(db, (tx) =>
    tx.insert(usedSignInLinks).values({ tokenId, expiresAt }).onConflictDoNothing().returning({ tokenId: usedSignInLinks.tokenId }),
  );
  return inserted.length === 1;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
