import { eq } from 'drizzle-orm';
import { KittyError } from '../domain/errors.ts';
import type { Database } from '../db/database.ts';
import { slackChannels } from '../db/schema.ts';
import { asSystem, inHousehold, type HouseholdScope } from '../db/scope.ts';
import { requireAdmin } from './members.ts';

/**
 * A household's Slack channel: where an admin ran "/kitty link-channel", and where Kitty posts
 * drafts and answers for everyone in it. A channel serves one household; a household may have
 * several channels (one per workspace, say).
 */
export type SlackChannelRef = { readonly teamId: string; readonly channelId: string };

export async function linkSlackChannel(db: Database, scope: HouseholdScope, channel: SlackChannelRef): Promise<'linked' | 'already'> {
  await inHousehold(db, scope, (tx) => requireAdmin(tx, scope, 'choose the household channel'));
  return asSystem(db, async (tx) => {
    const key = channelKey(channel);
    // Insert first: of two admins linking one channel at once, exactly one insert wins.
    const inserted = await tx
      .insert(slackChannels)
      .values({ channelKey: key, householdId: scope.householdId, linkedBy: scope.memberId })
      .onConflictDoNothing()
      .returning({ key: slackChannels.channelKey });
    if (inserted.length === 0) {
      const [existing] = await tx.select({ householdId: slackChannels.householdId }).from(slackChannels).where(eq(slackChannels.channelKey, key));
      if (existing?.householdId === scope.householdId) return 'already';
      throw new KittyError('conflict', 'This channel is already another household’s channel. Use a channel of your own.');
    }
    return 'linked';
  });
}

/** The household whose channel this is, if any. */
export async function slackChannelHousehold(db: Database, channel: SlackChannelRef): Promise<string | undefined> {
  const [row] = await asSystem(db, (tx) =>
    tx.select({ householdId: slackChannels.householdId }).from(slackChannels).where(eq(slackChannels.channelKey, channelKey(channel))),
  );
  return row?.householdId;
}

function channelKey({ teamId, channelId }: SlackChannelRef): string {
  return `${teamId}/${channelId}`;
}
