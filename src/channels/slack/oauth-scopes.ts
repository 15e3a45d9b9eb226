/**
 * The bot scopes Kitty asks a workspace for when it is installed (GET /slack/install). Each one is
 * here for a feature; a scope nothing uses is one more thing an admin has to accept for nothing.
 * The Slack app's manifest must list the same scopes.
 */
export const SLACK_BOT_SCOPES = [
  // "/kitty start", "/kitty link CODE", "/kitty link-channel", "/kitty dashboard".
  'commands',
  // Replies, draft cards and answers posted into channels and DMs.
  'chat:write',
  // "@Kitty sabzi 320" in a channel reaches Kitty as an app_mention event.
  'app_mentions:read',
  // Messages sent to Kitty in its DM (message.im events).
  'im:history',
  // Knowing a DM channel is Kitty's own, to answer in it.
  'im:read',
  // Opening a DM with a member (a private sign-in link, a reminder) when they have not written first.
  'im:write',
  // Plain messages in a linked public household channel (message.channels events).
  'channels:history',
  // The same for a linked private channel (message.groups events).
  'groups:history',
  // Downloading the voice notes and receipt photos people post, to transcribe and read them.
  'files:read',
  // A member's display name and time zone when they join a household from Slack.
  'users:read',
] as const;

export type SlackBotScope = (typeof SLACK_BOT_SCOPES)[number];
