/**
 * Members added and renamed from inside a household (the console's `invite` and `name`), as
 * opposed to people joining with an invite code from their own chat account. Names are unique
 * per household regardless of case: "paid by Priya" must point at exactly one person.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { KittyError } from '../domain/errors.ts';
import type { Database, Transaction } from '../db/database.ts';
import { members } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { displayNameSchema } from './households.ts';
import { insertIdentity, type IdentityRef } from './identities.ts';
import { requireAdmin, requireMember, type Member } from './members.ts';
import { parseInput } from './validation.ts';

const nameInput = z.object({ displayName: displayNameSchema });

/** Renames the acting member; another member's name (in any case) is refused. */
export async function renameMember(db: Database, scope: HouseholdScope, input: z.input<typeof nameInput>): Promise<Member> {
  const { displayName } = parseInput(nameInput, input);
  return inHousehold(db, scope, async (tx) => {
    await requireMember(tx, scope, scope.memberId, 'actor');
    await assertNameFree(tx, scope, displayName, scope.memberId);
    const [renamed] = await tx
      .update(members)
      .set({ displayName })
      .where(and(eq(members.householdId, scope.householdId), eq(members.id, scope.memberId)))
      .returning();
    if (!renamed) throw new Error('Renaming a member returned no row.');
    return renamed;
  });
}

/**
 * Adds a member (role member) to the acting admin's household, with the account they will write
 * from; `identity` is built from the new member's id, so it is a function of it.
 */
export async function addMember(
  db: Database,
  scope: HouseholdScope,
  input: z.input<typeof nameInput>,
  identity: (memberId: string) => IdentityRef,
): Promise<{ member: Member; scope: HouseholdScope }> {
  const { displayName } = parseInput(nameInput, input);
  return inHousehold(db, scope, async (tx) => {
    await requireAdmin(tx, scope, 'add people');
    await assertNameFree(tx, scope, displayName);
    const [member] = await tx.insert(members).values({ householdId: scope.householdId, displayName, role: 'member' }).returning();
    if (!member) throw new Error('Inserting a member returned no row.');
    await insertIdentity(tx, scope.householdId, member.id, identity(member.id));
    return { member, scope: { householdId: scope.householdId, memberId: member.id } };
  });
}

async function assertNameFree(tx: Transaction, scope: HouseholdScope, displayName: string, exceptMemberId?: string): Promise<void> {
  // The unique index on lower(display_name) is the backstop; this gives the sentence.
  const [taken] = await tx
    .select({ id: members.id })
    .from(members)
    .where(
      and(
        eq(members.householdId, scope.householdId),
        sql`lower(${members.displayName}) = ${displayName.toLowerCase()}`,
        ...(exceptMemberId ? [ne(members.id, exceptMemberId)] : []),
      ),
    );
  if (taken) throw new KittyError('conflict', `This household already has a member called ${displayName}; choose another name.`, 'displayName');
}
