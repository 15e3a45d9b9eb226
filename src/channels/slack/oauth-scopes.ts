/**
 * The bot scopes Kitty asks a workspace for when it is installed (GET /slack/install). Each one is
 * here for a feature; a scope nothing uses is one more thing an admin has to accept for nothing.
 * The app manifest (`npm run cli -- slack:manifest`) is built from this list.
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
  // Audio clips posted in a linked public household channel (message.channels events).
  'channels:history',
  // The same for a linked private channel (message.groups events).
  'groups:history',
  // Downloading those audio clips, to transcribe them.
  'files:read',
  // A member's display name and time zone when they join a household from Slack.
  'users:read',
] as const;

export type SlackBotScope = (typeof SLACK_BOT_SCOPES)[number];
