import { DEFAULT_APP_ID } from './defaults.ts';
import { slackError, slackOk, type SlackResponse } from './slack-api.ts';
import type { SlackWorkspace } from './workspaces.ts';

/**
 * The server side of `oauth.v2.access` for the code grant: each code is good once, and only
 * with the client credentials the test declared. The client id and secret may come as form
 * fields (what `@slack/oauth` sends) or as HTTP Basic auth, as Slack's docs allow.
 */
export interface OAuthServer {
  addCode(code: string, response: Record<string, unknown>): void;
  expectClient(clientId: string, clientSecret: string): void;
  /** The answer, and the workspace whose bot token the exchange issued (to be accepted from now on). */
  exchange(args: Record<string, unknown>, basic: { user: string; password: string } | undefined): { response: SlackResponse; installed?: SlackWorkspace };
}

export function createOAuthServer(): OAuthServer {
  const codes = new Map<string, Record<string, unknown>>();
  let client: { id: string; secret: string } | undefined;
  let installs = 0;
  return {
    addCode: (code, response) => {
      codes.set(code, response);
    },
    expectClient: (clientId, clientSecret) => {
      client = { id: clientId, secret: clientSecret };
    },
    exchange: (args, basic) => {
      const clientId = basic?.user ?? args.client_id;
      const clientSecret = basic?.password ?? args.client_secret;
      if (client === undefined || clientId !== client.id || clientSecret !== client.secret) return { response: slackError('invalid_client') };
      const code = typeof args.code === 'string' ? args.code : undefined;
      const response = code === undefined ? undefined : codes.get(code);
      if (code === undefined || response === undefined) return { response: slackError('invalid_code') };
      codes.delete(code);
      const installed = botInstallOf(response, ++installs);
      return installed === undefined ? { response: slackOk(response) } : { response: slackOk(response), installed };
    },
  };
}

/** The workspace a bot-token grant installs the app in, if the response is one. */
function botInstallOf(response: Record<string, unknown>, serial: number): SlackWorkspace | undefined {
  const team = response.team as { id?: unknown; name?: unknown } | null | undefined;
  const enterprise = response.enterprise as { id?: unknown } | null | undefined;
  const { access_token: botToken, bot_user_id: botUserId } = response;
  if (typeof botToken !== 'string' || typeof botUserId !== 'string' || typeof team?.id !== 'string') return undefined;
  return {
    botToken,
    teamId: team.id,
    teamName: typeof team.name === 'string' ? team.name : team.id,
    botUserId,
    // oauth.v2.access does not name the bot; auth.test does, so the fake makes one up.
    botId: `B0INSTALL${serial}`,
    ...(typeof enterprise?.id === 'string' ? { enterpriseId: enterprise.id } : {}),
  };
}

export interface OAuthGrant {
  readonly botToken: string;
  readonly teamId: string;
  readonly teamName?: string;
  readonly botUserId: string;
  /** The person who clicked "Allow". */
  readonly installerUserId: string;
  readonly scope?: string;
  readonly appId?: string;
}

/** A successful `oauth.v2.access` body as Slack returns it for a bot install (without `ok`), for `addOAuthCode`. */
export function oauthV2AccessResponse(grant: OAuthGrant): Record<string, unknown> {
  return {
    app_id: grant.appId ?? DEFAULT_APP_ID,
    authed_user: { id: grant.installerUserId },
    scope: grant.scope ?? 'chat:write,commands,im:history,im:read,im:write,users:read,files:read',
    token_type: 'bot',
    access_token: grant.botToken,
    bot_user_id: grant.botUserId,
    team: { id: grant.teamId, name: grant.teamName ?? grant.teamId },
    enterprise: null,
    is_enterprise_install: false,
  };
}
