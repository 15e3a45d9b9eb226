import type { HouseholdScope } from '../../db/scope.ts';
import { slackChannelHousehold } from '../../services/slack-channels.ts';
import type { SlackDeps } from './context.ts';

/**
 * Whether a conversation is this member's household channel, where Kitty speaks to everyone.
 * Anywhere else a household's numbers are shown only to the person who asked.
 */
export async function isHouseholdChannel(deps: SlackDeps, member: HouseholdScope, teamId: string | undefined, channelId: string | undefined): Promise<boolean> {
  if (!teamId || !channelId) return false;
  return (await slackChannelHousehold(deps.db, { teamId, channelId })) === member.householdId;
}

/** A direct message with Kitty (or a group DM): channel ids of conversations that are not channels start with D. */
export function isDirectMessage(channelId: string | undefined): boolean {
  return channelId?.startsWith('D') ?? false;
}

export const NOT_LINKED =
  'I don’t know you yet. Type `/kitty start` to set up a household, or `/kitty link CODE` with your partner’s invite code (or with a code from `/link` in Telegram, to use the same account you have there).';

export const ONLY_YOU_HERE =
  'Only you can see this: this channel is not your household’s channel. An admin can make it one with `/kitty link-channel`, or talk to me in a direct message.';
