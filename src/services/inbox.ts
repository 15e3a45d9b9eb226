import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database.ts';
import { inboundMessages } from '../db/schema.ts';
import { asSystem, inHousehold, type HouseholdScope } from '../db/scope.ts';
import type { IdentityRef } from './identities.ts';

/**
 * The inbox: every inbound message is stored before anything interprets it, so a crash, a bad
 * model answer or a missing transcriber never loses what someone wrote, and a platform's retry
 * of the same update is recognised and ignored.
 */
export type InboundMessage = typeof inboundMessages.$inferSelect;

export type Inbound = {
  provider: IdentityRef['provider'];
  /** The platform's id for this delivery (Telegram update_id, Slack event_id). */
  externalId: string;
  kind: string;
  payload: unknown;
  /** The sender, when the channel has already resolved them. */
  scope?: HouseholdScope;
};

/** Stores the message; `duplicate: true` means this delivery was seen before and must not be processed again. */
export async function recordInbound(db: Database, message: Inbound): Promise<{ message: InboundMessage; duplicate: boolean }> {
  // System scope: a message from a stranger is kept too, with no household.
  return asSystem(db, (tx) => insertInbound(tx, message));
}

/**
 * The insert behind recordInbound, for a caller that stores a known member's message inside its
 * own household transaction (the engine, which loads the household in the same round trip).
 */
export async function insertInbound(tx: Transaction, message: Inbound): Promise<{ message: InboundMessage; duplicate: boolean }> {
  const [inserted] = await tx
    .insert(inboundMessages)
    .values({
      provider: message.provider,
      externalId: message.externalId,
      kind: message.kind,
      payload: jsonbSafe(message.payload),
      householdId: message.scope?.householdId,
      memberId: message.scope?.memberId,
    })
    .onConflictDoNothing({ target: [inboundMessages.provider, inboundMessages.externalId] })
    .returning();
  if (inserted) return { message: inserted, duplicate: false };
  const [existing] = await tx
    .select()
    .from(inboundMessages)
    .where(and(eq(inboundMessages.provider, message.provider), eq(inboundMessages.externalId, message.externalId)));
  // A platform's delivery id belongs to one sender, so the existing row is always visible here.
  if (!existing) throw new Error('Inbox conflict without a visible existing row.');
  return { message: existing, duplicate: true };
}

/** Records how processing ended: processed, failed (with the error), or deferred (e.g. waiting for a transcriber). */
export type InboundOutcome = { state: 'processed' } | { state: 'failed'; error: string } | { state: 'deferred'; error?: string };

export async function settleInbound(db: Database, scope: HouseholdScope, messageId: string, outcome: InboundOutcome): Promise<void> {
  await inHousehold(db, scope, (tx) => markInbound(tx, scope, messageId, outcome));
}

/** settleInbound inside the caller's transaction, so drafts and "processed" commit together. */
export async function markInbound(tx: Transaction, scope: HouseholdScope, messageId: string, outcome: InboundOutcome): Promise<void> {
  await tx
    .update(inboundMessages)
    .set({ state: outcome.state, error: 'error' in outcome ? (outcome.error ?? null) : null, processedAt: new Date() })
    .where(and(eq(inboundMessages.householdId, scope.householdId), eq(inboundMessages.id, messageId)));
}

/**
 * A stranger's delivery that made them a member (a chat's "start", a link or invite code): it is
 * stored before anyone knows whose it is, and becomes the new member's, processed.
 */
export async function adoptInbound(db: Database, scope: HouseholdScope, messageId: string): Promise<void> {
  await asSystem(db, (tx) =>
    tx
      .update(inboundMessages)
      .set({ householdId: scope.householdId, memberId: scope.memberId, state: 'processed', error: null, processedAt: new Date() })
      .where(and(eq(inboundMessages.id, messageId), isNull(inboundMessages.householdId))),
  );
}

/** Messages of this household left in a state (e.g. deferred voice notes, once a transcriber is configured). */
export async function listInbound(db: Database, scope: HouseholdScope, state: InboundMessage['state']): Promise<InboundMessage[]> {
  return inHousehold(db, scope, (tx) =>
    tx
      .select()
      .from(inboundMessages)
      .where(and(eq(inboundMessages.householdId, scope.householdId), eq(inboundMessages.state, state)))
      .orderBy(inboundMessages.receivedAt),
  );
}

/**
 * jsonb cannot hold U+0000 anywhere in a document, and a platform payload may carry one in a
 * text field; it becomes U+FFFD, and everything else is kept exactly as sent.
 */
function jsonbSafe(payload: unknown): unknown {
  const text = JSON.stringify(payload ?? null);
  return text.includes('\\u0000') ? JSON.parse(text.replaceAll('\\u0000', '\\ufffd')) : payload;
}
