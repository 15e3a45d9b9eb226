import { sql } from 'drizzle-orm';
import { char, pgEnum, pgPolicy, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appRole, createdAt, currentHousehold, householdIsolation, sameHousehold } from './common.ts';

/** Households, the people in them, and the chat accounts they act from. */
export const memberRole = pgEnum('member_role', ['admin', 'member']);
export const identityProvider = pgEnum('identity_provider', ['telegram', 'slack', 'web', 'console']);

export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    timeZone: text('time_zone').notNull(),
    /** BCP 47 tag for how the household writes numbers and dates ("de-DE"); null: from currency and zone. */
    locale: text('locale'),
    /** Null until an admin asks for one; rotating replaces it, so old codes stop working. */
    inviteCode: text('invite_code').unique(),
    /** The household's data key, wrapped (AES-256-GCM) by APP_ENCRYPTION_KEY; see src/crypto. */
    wrappedDataKey: text('wrapped_data_key'),
    createdAt: createdAt(),
  },
  (t) => [
    pgPolicy('household_isolation', {
      for: 'all',
      to: appRole,
      using: sql`${t.id} = ${currentHousehold}`,
      withCheck: sql`${t.id} = ${currentHousehold}`,
    }),
  ],
).enableRLS();

export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    role: memberRole('role').notNull().default('member'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('members_household_id_id_key').on(t.householdId, t.id),
    uniqueIndex('members_household_name_idx').on(t.householdId, sql`lower(${t.displayName})`),
    householdIsolation(t.householdId),
  ],
).enableRLS();

/** A chat account (Telegram user, Slack user in a workspace, web login) that acts as a member. */
export const identities = pgTable(
  'identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    memberId: uuid('member_id').notNull(),
    provider: identityProvider('provider').notNull(),
    /** The namespace the external id lives in (a Slack team id); empty where ids are global. */
    externalScope: text('external_scope').notNull().default(''),
    externalId: text('external_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('identities_provider_external_key').on(t.provider, t.externalScope, t.externalId),
    sameHousehold('identities_member_fk', t.householdId, t.memberId, members).onDelete('cascade'),
    householdIsolation(t.householdId),
  ],
).enableRLS();
