/**
 * The one Slack workspace tests run in unless they say otherwise, shared by the fake Web API and
 * the request builders so an event's team and bot user are the ones `auth.test` reports.
 */
export const DEFAULT_BOT_TOKEN = 'xoxb-fake-kitty-token';
export const DEFAULT_TEAM_ID = 'T0KITTY';
export const DEFAULT_TEAM_NAME = 'Kitty Household';
export const DEFAULT_BOT_USER_ID = 'U0KITTYBOT';
export const DEFAULT_BOT_ID = 'B0KITTY';
export const DEFAULT_APP_ID = 'A0KITTY';
/** The bot user's handle, as `auth.test` and `users.info` name it. */
export const BOT_USER_NAME = 'kitty';
/** The deprecated verification token Slack still puts in every payload; Bolt ignores it. */
export const VERIFICATION_TOKEN = 'fakeVerificationTokenKitty01';

/** The workspace's subdomain (`<domain>.slack.com`), which Slack sends as `team_domain` and `team.domain`. */
export function teamDomainOf(teamId: string): string {
  return teamId === DEFAULT_TEAM_ID ? 'kitty-household' : `team-${teamId.toLowerCase()}`;
}

/** What Slack puts in a payload's `channel_name` / `channel.name`: DMs and private channels by kind, others by name. */
export function channelNameOf(channelId: string): string {
  if (channelId.startsWith('D')) return 'directmessage';
  if (channelId.startsWith('G')) return 'privategroup';
  return `kitty-${channelId.toLowerCase()}`;
}
