import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { KittyError } from '../domain/errors.ts';
import type { Database, Transaction } from '../db/database.ts';
import { households, members } from '../db/schema.ts';
import { asSystem, inHousehold, type HouseholdScope } from '../db/scope.ts';
import { displayNameSchema, type Household } from './households.ts';
import { assertIdentityUnused, insertIdentity, type IdentityRef } from './identities.ts';
import { requireAdmin } from './members.ts';
import { parseInput } from './validation.ts';

/** No 0/O, 1/I/L: codes are read aloud and typed on phones. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

/** The household's invite code, created on first request. Admins only. */
export async function getInviteCode(db: Database, scope: HouseholdScope): Promise<string> {
  return inHousehold(db, scope, async (tx) => {
    await requireAdmin(tx, scope, 'invite people');
    const [household] = await tx
      .select({ inviteCode: households.inviteCode })
      .from(households)
      .where(eq(households.id, scope.householdId));
    if (household?.inviteCode) return household.inviteCode;
    return storeNewCode(tx, scope);
  });
}

/** Replaces the invite code; the old one stops working at once. Admins only. */
export async function rotateInviteCode(db: Database, scope: HouseholdScope): Promise<string> {
  return inHousehold(db, scope, async (tx) => {
    await requireAdmin(tx, scope, 'change the invite code');
    return storeNewCode(tx, scope);
  });
}

const joinInput = z.object({
  code: z.string().transform(normalizeInviteCode),
  displayName: displayNameSchema,
});

/** Adds a new member (role member) to the household whose invite code this is. */
export async function joinHousehold(
  db: Database,
  input: z.input<typeof joinInput>,
  identity?: IdentityRef,
): Promise<{ household: Household; scope: HouseholdScope }> {
  const { code, displayName } = parseInput(joinInput, input);
  // System scope: the code is how we learn which household this is.
  return asSystem(db, async (tx) => {
    const [household] = code.length === CODE_LENGTH
      ? await tx.select().from(households).where(eq(households.inviteCode, formatCode(code)))
      : [];
    if (!household) {
      throw new KittyError('invalid_invite_code', 'That invite code is not valid. Ask an admin of the household for the current one.', 'code');
    }
    if (identity) await assertIdentityUnused(tx, identity);
    const existing = await tx
      .select({ name: members.displayName })
      .from(members)
      .where(eq(members.householdId, household.id));
    if (existing.some((member) => member.name.toLowerCase() === displayName.toLowerCase())) {
      throw new KittyError('conflict', `This household already has a member called ${displayName}; choose another name.`, 'displayName');
    }
    const [member] = await tx
      .insert(members)
      .values({ householdId: household.id, displayName, role: 'member' })
      .returning({ id: members.id });
    if (!member) throw new Error('Inserting a member returned no row.');
    if (identity) await insertIdentity(tx, household.id, member.id, identity);
    return { household, scope: { householdId: household.id, memberId: member.id } };
  });
}

async function storeNewCode(tx: Transaction, scope: HouseholdScope): Promise<string> {
  // A collision across all households is vanishingly unlikely (31^8); the unique index is the backstop.
  const code = formatCode(randomCode());
  await tx.update(households).set({ inviteCode: code }).where(eq(households.id, scope.householdId));
  return code;
}

/** Characters from the unambiguous alphabet, each equally likely; also used for account link codes. */
export function randomCode(length = CODE_LENGTH): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
  let code = '';
  for (const byte of bytes) {
    // Rejection sampling keeps every character equally likely.
    if (byte >= 256 - (256 % ALPHABET.length)) continue;
    code += ALPHABET[byte % ALPHABET.length];
    if (code.length === length) return code;
  }
  return code + randomCode(length).slice(code.length);
}

/** People type codes in any case, with or without the dash, sometimes with spaces. */
export function normalizeInviteCode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
