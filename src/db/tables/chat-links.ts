import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.ts';
import { households } from './households.ts';

/**
 * How chat workspaces reach households. All three are looked up before a household is known (a
 * code typed in a chat, an event from a channel, a workspace's token), so they are system tables
 * read through `asSystem`, like the web sessions.
 */

/**
 * One-time codes that attach one more chat account to an existing member: "/link" in Telegram
 * gives one, "/kitty link CODE" in Slack spends it. Only the SHA-256 of a code is stored.
 */
export const accountLinkCodes = pgTable(
  'account_link_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('account_link_codes_member_idx').on(t.householdId, t.memberId)],
);

/** A Slack channel made a household's channel by "/kitty link-channel": drafts and answers go there. */
export const slackChannels = pgTable(
  'slack_channels',
  {
    /** `<team id>/<channel id>`: channel ids are unique only within a workspace. */
    channelKey: text('channel_key').primaryKey(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    linkedBy: uuid('linked_by').notNull(),
    linkedAt: createdAt(),
  },
  (t) => [index('slack_channels_household_idx').on(t.householdId)],
);

/**
 * Workspaces that installed Kitty through Slack's OAuth flow (Bolt's installation store). The
 * installation, bot token included, is stored sealed under APP_ENCRYPTION_KEY.
 */
export const slackInstallations = pgTable('slack_installations', {
  /** `enterprise:<id>` for an org-wide install, `team:<id>` for a workspace. */
  installationKey: text('installation_key').primaryKey(),
  teamId: text('team_id'),
  enterpriseId: text('enterprise_id'),
  isEnterpriseInstall: boolean('is_enterprise_install').notNull().default(false),
  installationSealed: text('installation_sealed').notNull(),
  installedAt: createdAt(),
  updatedAt: updatedAt(),
});
