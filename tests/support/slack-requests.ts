import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { channelNameOf, DEFAULT_APP_ID, DEFAULT_BOT_USER_ID, DEFAULT_TEAM_ID, teamDomainOf, VERIFICATION_TOKEN } from './fake-slack/index.ts';
import { nextMessageTs } from './fake-slack/ids.ts';
import { triggerId } from './fake-slack/interaction-payloads.ts';

export * from './fake-slack/interaction-payloads.ts';

// What Slack POSTs to Kitty's `/slack/events`, signed as Slack signs it: events as JSON, slash
// commands as a form, interactions as a form with one `payload` field holding JSON. Payloads
// carry every field Bolt reads to find the team, enterprise and user it authorizes for.

/** The signing secret the test app is configured with; Slack's are 32 lowercase hex characters. */
export const TEST_SIGNING_SECRET = '5e3c8d1f9a7b2c4e6d8f0a1b3c5e7d9f';

export interface SignOptions {
  readonly secret?: string;
  /** Unix seconds; now by default. */
  readonly timestamp?: number;
  /** Marks a redelivery: `X-Slack-Retry-Num` with `X-Slack-Retry-Reason: http_timeout`. */
  readonly retryNum?: number;
  /** Sent instead of the right signature. */
  readonly signature?: string;
  /** No timestamp or signature headers at all. */
  readonly unsigned?: boolean;
}

/** The `X-Slack-Signature` Slack computes for `rawBody` sent at `timestamp`. */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** A Request for `app.request()` or `fetch`: POST `${base}/slack/events` (base 'http://kitty.test' by default). */
export function slackRequest(body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded', options: SignOptions & { base?: string } = {}): Request {
  // Exactly the bare media type: Bolt's receivers compare the Content-Type header with `===`.
  const headers = new Headers({ 'content-type': contentType, 'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)' });
  if (!options.unsigned) {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    headers.set('x-slack-request-timestamp', String(timestamp));
    headers.set('x-slack-signature', options.signature ?? slackSignature(options.secret ?? TEST_SIGNING_SECRET, timestamp, body));
  }
  if (options.retryNum !== undefined) {
    headers.set('x-slack-retry-num', String(options.retryNum));
    headers.set('x-slack-retry-reason', 'http_timeout');
  }
  return new Request(`${options.base ?? 'http://kitty.test'}/slack/events`, { method: 'POST', headers, body });
}

export interface EventCallbackOptions {
  readonly eventId?: string;
  readonly teamId?: string;
  readonly apiAppId?: string;
  /** The bot user of the default authorization; the fake's bot by default. */
  readonly botUserId?: string;
  readonly authorizations?: unknown[];
}

/** The Events API envelope around `event`. */
export function eventCallback(event: Record<string, unknown>, options: EventCallbackOptions = {}): Record<string, unknown> {
  const teamId = options.teamId ?? DEFAULT_TEAM_ID;
  return {
    token: VERIFICATION_TOKEN,
    team_id: teamId,
    context_team_id: teamId,
    context_enterprise_id: null,
    api_app_id: options.apiAppId ?? DEFAULT_APP_ID,
    event,
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: options.authorizations ?? [
      { enterprise_id: null, team_id: teamId, user_id: options.botUserId ?? DEFAULT_BOT_USER_ID, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${randomBytes(12).toString('base64url')}`,
  };
}

export function eventRequest(envelope: Record<string, unknown>, options: SignOptions = {}): Request {
  return slackRequest(JSON.stringify(envelope), 'application/json', options);
}

/**
 * A `message` event a person sent. The channel type follows the id (D… a DM, G… private, C…
 * public); `files` (from `fake.hostFile`) makes it a `file_share` message, as a voice note or a
 * receipt photo arrives.
 */
export function messageEvent(fields: { userId: string; channelId: string; text: string; ts?: string; threadTs?: string; teamId?: string; files?: readonly unknown[] }): Record<string, unknown> {
  const ts = fields.ts ?? nextMessageTs();
  const channelType = fields.channelId.startsWith('D') ? 'im' : fields.channelId.startsWith('G') ? 'group' : 'channel';
  return {
    type: 'message',
    ...(fields.files === undefined ? {} : { subtype: 'file_share', files: fields.files, upload: false, display_as_bot: false }),
    user: fields.userId,
    text: fields.text,
    ...(fields.files === undefined ? { client_msg_id: randomUUID() } : {}),
    team: fields.teamId ?? DEFAULT_TEAM_ID,
    channel: fields.channelId,
    channel_type: channelType,
    ts,
    event_ts: ts,
    ...(fields.threadTs === undefined ? {} : { thread_ts: fields.threadTs }),
  };
}

export interface SlashCommandFields {
  readonly text: string;
  readonly userId: string;
  readonly channelId: string;
  readonly teamId?: string;
  readonly responseUrl: string;
  readonly triggerId?: string;
  readonly userName?: string;
  readonly channelName?: string;
  readonly command?: string;
}

/** A slash command's form fields under Slack's names, in Slack's order. */
export function slashCommand(fields: SlashCommandFields): Record<string, string> {
  const teamId = fields.teamId ?? DEFAULT_TEAM_ID;
  return {
    token: VERIFICATION_TOKEN,
    team_id: teamId,
    team_domain: teamDomainOf(teamId),
    channel_id: fields.channelId,
    channel_name: fields.channelName ?? channelNameOf(fields.channelId),
    user_id: fields.userId,
    user_name: fields.userName ?? fields.userId.toLowerCase(),
    command: fields.command ?? '/kitty',
    text: fields.text,
    api_app_id: DEFAULT_APP_ID,
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? triggerId(),
  };
}

export function commandRequest(fields: Record<string, string>, options: SignOptions = {}): Request {
  return slackRequest(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** An interaction (block action, view submission) as Slack posts it: a form whose `payload` is the JSON. */
export function interactionRequest(payload: Record<string, unknown>, options: SignOptions = {}): Request {
  return slackRequest(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
}
