import { and, asc, eq } from 'drizzle-orm';
import { KittyError } from '../domain/errors.ts';
import type { Database, Transaction } from '../db/database.ts';
import { members } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { isUuid } from './validation.ts';

export type Member = typeof members.$inferSelect;

export async function listMembers(db: Database, scope: HouseholdScope): Promise<Member[]> {
  return inHousehold(db, scope, (tx) => loadMembers(tx, scope));
}

export async function loadMembers(tx: Transaction, scope: HouseholdScope): Promise<Member[]> {
  return tx
    .select()
    .from(members)
    .where(eq(members.householdId, scope.householdId))
    .orderBy(asc(members.createdAt), asc(members.id));
}

/** The member with this id in the scope's household, or a typed error naming the field. */
export async function requireMember(
  tx: Transaction,
  scope: HouseholdScope,
  memberId: string,
  field = 'member',
): Promise<Member> {
  const [member] = isUuid(memberId)
    ? await tx
        .select()
        .from(members)
        .where(and(eq(members.householdId, scope.householdId), eq(members.id, memberId)))
    : [];
  if (!member) throw new KittyError('unknown_member', 'That person is not a member of this household.', field);
  return member;
}

/** Role is read inside the transaction, so a demotion takes effect on the very next action. */
export async function requireAdmin(tx: Transaction, scope: HouseholdScope, action: string): Promise<Member> {
  const actor = await requireMember(tx, scope, scope.memberId, 'actor');
  if (actor.role !== 'admin') throw new KittyError('forbidden', `Only a household admin can ${action}.`);
  return actor;
}
