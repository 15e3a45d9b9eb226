import { and, eq } from 'drizzle-orm';
import { KittyError } from '../domain/errors.ts';
import type { Database, Transaction } from '../db/database.ts';
import { identities } from '../db/schema.ts';
import { asSystem, inHousehold, type HouseholdScope } from '../db/scope.ts';

/** A chat or web account, as its platform names it. */
export type IdentityRef = {
  provider: 'telegram' | 'slack' | 'web' | 'console';
  /** The namespace of the id where ids are not global (a Slack team id); omit otherwise. */
  externalScope?: string;
  externalId: string;
};

/**
 * Who this account acts as: the first step of every inbound message, after the channel has
 * verified the platform's signature. Undefined for an account that belongs to no household.
 */
export async function resolveIdentity(db: Database, identity: IdentityRef): Promise<HouseholdScope | undefined> {
  // System scope: the household is exactly what this lookup is finding out.
  return asSystem(db, (tx) => findIdentity(tx, identity));
}

/** resolveIdentity inside a caller's system transaction (the engine stores the delivery in the same one). */
export async function findIdentity(tx: Transaction, identity: IdentityRef): Promise<HouseholdScope | undefined> {
  const [row] = await tx
    .select({ householdId: identities.householdId, memberId: identities.memberId })
    .from(identities)
    .where(identityMatches(identity));
  return row;
}

/** Lets an existing member act from one more account (their Slack as well as their Telegram). */
export async function linkIdentity(db: Database, scope: HouseholdScope, identity: IdentityRef): Promise<void> {
  await asSystem(db, (tx) => assertIdentityUnused(tx, identity));
  await inHousehold(db, scope, (tx) => insertIdentity(tx, scope.householdId, scope.memberId, identity));
}

export async function assertIdentityUnused(tx: Transaction, identity: IdentityRef): Promise<void> {
  const [existing] = await tx.select({ id: identities.id }).from(identities).where(identityMatches(identity));
  if (existing) {
    throw new KittyError(
      'already_member',
      'This account already belongs to a household, and an account can belong to only one.',
    );
  }
}

export async function insertIdentity(
  tx: Transaction,
  householdId: string,
  memberId: string,
  identity: IdentityRef,
): Promise<void> {
  await tx.insert(identities).values({
    householdId,
    memberId,
    provider: identity.provider,
    externalScope: identity.externalScope ?? '',
    externalId: identity.externalId,
  });
}

function identityMatches(identity: IdentityRef) {
  return and(
    eq(identities.provider, identity.provider),
    eq(identities.externalScope, identity.externalScope ?? ''),
    eq(identities.externalId, identity.externalId),
  );
}
