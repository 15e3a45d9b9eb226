/**
 * Installing Kitty into a Slack workspace (OAuth v2), mounted at /slack:
 *   GET /install         a page with an "Add to Slack" link carrying a signed state
 *   GET /oauth_redirect  where Slack sends the browser back: check the state, exchange the code,
 *                        store the installation for Bolt, say what to do next in Slack.
 * The state is a short-lived HS256 token holding a random nonce; the same nonce is in a cookie set
 * on this path, so a callback only completes in the browser that started it (a link someone else
 * started cannot install into their workspace through your browser). Codes, tokens and the client
 * secret never reach a log line or a page.
 */
import { webApi, type Installation, type InstallationStore, type Logger as SlackSdkLogger } from '@slack/bolt';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { jwtVerify, SignJWT } from 'jose';
import { SLACK_BOT_SCOPES } from '../../channels/slack/oauth-scopes.ts';
import type { Logger } from '../../log/logger.ts';
import { securityHeaders } from '../security-headers.ts';
import { page, type Fragment } from '../views/layout.ts';
import type { WebEnv } from '../web-deps.ts';

export interface SlackInstallDeps {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Slack's Web API base (ends with '/'); its origin also serves the authorize page. Default https://slack.com/api/. */
  readonly apiUrl?: string;
  readonly publicUrl: string;
  /** SESSION_SECRET: signs the state. */
  readonly stateSecret: string;
  readonly installationStore: InstallationStore;
  readonly logger: Logger;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
}

/** Where app.ts mounts these routes: the redirect URI and the cookie's path are built on it. */
export const SLACK_ROUTES_PATH = '/slack';
export const SLACK_INSTALL_COOKIE = 'kitty_slack_install';
const STATE_AUDIENCE = 'slack-install';
const STATE_TTL_SECONDS = 10 * 60;
/** A page is waiting on these calls; Slack answers in well under a second when it is up. */
const SLACK_TIMEOUT_MS = 10_000;

/** Slack errors that mean this code is spent or stale: the person can simply start again. */
const STALE_CODE_ERRORS = new Set(['invalid_code', 'code_already_used', 'code_expired', 'invalid_grant_type']);

export function slackInstallRoutes(deps: SlackInstallDeps) {
  const publicUrl = deps.publicUrl.replace(/\/+$/, '');
  const https = publicUrl.startsWith('https://');
  const redirectUri = `${publicUrl}${SLACK_ROUTES_PATH}/oauth_redirect`;
  const authorizeBase = deps.apiUrl ? new URL(deps.apiUrl).origin : 'https://slack.com';
  const stateKey = new TextEncoder().encode(deps.stateSecret);
  const now = () => deps.now?.() ?? new Date();
  const cookieOptions = { httpOnly: true, sameSite: 'Lax', path: SLACK_ROUTES_PATH, secure: https } as const;
  const clientOptions = {
    ...(deps.apiUrl && { slackApiUrl: deps.apiUrl }),
    ...(deps.fetch && { fetch: deps.fetch }),
    retryConfig: { retries: 1 },
    timeout: SLACK_TIMEOUT_MS,
    logger: sdkLogger(deps.logger),
  };

  const app = new Hono<WebEnv>();
  app.use('*', securityHeaders({ https }));
  app.use('*', async (c, next) => {
    await next();
    // The callback's address holds a code and a state; neither the pages nor their URLs should be kept.
    c.header('Cache-Control', 'no-store');
  });

  app.get('/install', async (c) => {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
    const issuedAt = Math.floor(now().getTime() / 1000);
    const state = await new SignJWT({ nonce })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(STATE_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + STATE_TTL_SECONDS)
      .sign(stateKey);
    setCookie(c, SLACK_INSTALL_COOKIE, nonce, { ...cookieOptions, maxAge: STATE_TTL_SECONDS });
    const authorize = new URL('/oauth/v2/authorize', authorizeBase);
    authorize.search = new URLSearchParams({
      client_id: deps.clientId,
      scope: SLACK_BOT_SCOPES.join(','),
      redirect_uri: redirectUri,
      state,
    }).toString();
    return c.html(installPage(authorize.toString()));
  });

  app.get('/oauth_redirect', async (c) => {
    const cookieNonce = getCookie(c, SLACK_INSTALL_COOKIE);
    // One attempt per start, whatever its outcome, as Bolt's own install provider does.
    deleteCookie(c, SLACK_INSTALL_COOKIE, cookieOptions);

    const refusal = c.req.query('error');
    if (refusal !== undefined) {
      deps.logger.info('Slack install not completed', { slackError: refusal.slice(0, 100) });
      return refusal === 'access_denied'
        ? problem(c, 400, 'Kitty was not added', 'You chose not to allow Kitty in the workspace, so nothing changed.', true)
        : problem(c, 400, 'Kitty was not added', `Slack stopped the install (${refusal.slice(0, 100)}).`, true);
    }

    const code = c.req.query('code');
    if (!(await stateMatches(c.req.query('state'), cookieNonce)) || !code) {
      return problem(c, 400, 'This install link has expired', 'It is older than 10 minutes, was already used, or was started in another browser.', true);
    }

    let installation: Installation<'v2', boolean>;
    try {
      installation = await exchangeCode(code);
    } catch (error) {
      return exchangeFailed(c, error);
    }

    try {
      await deps.installationStore.storeInstallation(installation);
    } catch (error) {
      deps.logger.error('Slack install could not be stored', { teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, error });
      return problem(c, 500, 'Kitty could not finish', 'Slack approved the install, but Kitty could not save it. This has been logged; try again in a minute.', true);
    }
    deps.logger.info('Slack workspace installed', {
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
      orgWide: installation.isEnterpriseInstall,
      scopes: installation.bot?.scopes,
    });
    return c.html(installedPage(installation));
  });

  async function stateMatches(state: string | undefined, cookieNonce: string | undefined): Promise<boolean> {
    if (!state || !cookieNonce) return false;
    try {
      const { payload } = await jwtVerify(state, stateKey, { audience: STATE_AUDIENCE, algorithms: ['HS256'], currentDate: now() });
      return typeof payload.nonce === 'string' && payload.nonce === cookieNonce;
    } catch {
      return false;
    }
  }

  /** What Bolt's InstallProvider does for a v2 bot install: oauth.v2.access, then auth.test for the bot id. */
  async function exchangeCode(code: string): Promise<Installation<'v2', boolean>> {
    const granted = await new webApi.WebClient(undefined, clientOptions).oauth.v2.access({
      client_id: deps.clientId,
      client_secret: deps.clientSecret,
      code,
      redirect_uri: redirectUri,
    });
    const { access_token: botToken, bot_user_id: botUserId, scope, authed_user: user } = granted;
    if (!botToken || !botUserId || !scope || !user?.id || granted.token_type !== 'bot') {
      throw new IncompleteGrant('Slack granted no bot token');
    }
    const identity = await new webApi.WebClient(botToken, clientOptions).auth.test();
    if (!identity.bot_id) throw new IncompleteGrant('auth.test named no bot');

    const issuedAt = Math.floor(now().getTime() / 1000);
    const orgWide = granted.is_enterprise_install === true;
    return {
      team: granted.team?.id ? { id: granted.team.id, ...(granted.team.name && { name: granted.team.name }) } : undefined,
      enterprise: granted.enterprise?.id ? { id: granted.enterprise.id, ...(granted.enterprise.name && { name: granted.enterprise.name }) } : undefined,
      user: {
        id: user.id,
        token: user.access_token,
        scopes: user.scope?.split(','),
        ...(user.refresh_token && user.expires_in !== undefined && { refreshToken: user.refresh_token, expiresAt: issuedAt + user.expires_in }),
      },
      bot: {
        token: botToken,
        scopes: scope.split(','),
        id: identity.bot_id,
        userId: botUserId,
        ...(granted.refresh_token && granted.expires_in !== undefined && { refreshToken: granted.refresh_token, expiresAt: issuedAt + granted.expires_in }),
      },
      tokenType: 'bot',
      isEnterpriseInstall: orgWide,
      ...(granted.app_id && { appId: granted.app_id }),
      ...(orgWide && identity.url && { enterpriseUrl: identity.url }),
      authVersion: 'v2',
    };
  }

  function exchangeFailed(c: Context<WebEnv>, error: unknown) {
    const slackError = error instanceof webApi.WebAPIPlatformError ? error.data.error : undefined;
    deps.logger.warn('Slack install failed', {
      slackError,
      failure: slackError ? 'platform' : error instanceof IncompleteGrant ? error.message : (error as { code?: string }).code ?? 'unknown',
    });
    if (slackError && STALE_CODE_ERRORS.has(slackError)) {
      return problem(c, 400, 'This install link has expired', 'Slack says this approval was already used or is too old.', true);
    }
    if (slackError) {
      // invalid_client_id, bad_client_secret, bad_redirect_uri…: this Kitty's Slack app settings are wrong.
      return problem(c, 502, 'Slack refused the install', `Slack answered "${slackError}": this Kitty's Slack app settings (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, PUBLIC_URL and the app's redirect URL) need checking by whoever runs it.`, false);
    }
    if (error instanceof IncompleteGrant) {
      return problem(c, 502, 'Slack gave Kitty no bot', "Slack approved the install but gave no bot token: the Slack app needs a bot user (App Home) and Kitty's bot scopes.", false);
    }
    return problem(c, 502, 'Slack could not be reached', 'Kitty could not finish the install with Slack. Wait a minute and try again.', true);
  }

  return app;
}

/** Slack answered, but not with what a bot install must give (a bot token and its id). */
class IncompleteGrant extends Error {
  override readonly name = 'IncompleteGrant';
}

/** The Web API client's own logging, sent to ours: warnings and errors only (its debug lines are request dumps). */
function sdkLogger(logger: Logger): SlackSdkLogger {
  const text = (parts: unknown[]) => parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...parts: unknown[]) => logger.warn('Slack Web API warning', { detail: text(parts) }),
    error: (...parts: unknown[]) => logger.error('Slack Web API error', { detail: text(parts) }),
    setLevel: () => undefined,
    getLevel: () => webApi.LogLevel.WARN,
    setName: () => undefined,
  };
}

function problem(c: Context<WebEnv>, status: 400 | 500 | 502, title: string, message: string, startAgain: boolean) {
  return c.html(
    page({
      title,
      body: html`<section class="card">
  <h1>${title}</h1>
  <p class="error">${message}</p>
  ${startAgain ? html`<p><a class="button" href="${SLACK_ROUTES_PATH}/install">Start again at ${SLACK_ROUTES_PATH}/install</a></p>` : ''}
</section>`,
    }),
    status,
  );
}

function installPage(authorizeUrl: string): Fragment {
  return page({
    title: 'Add Kitty to Slack',
    body: html`<section class="card">
  <h1>Add Kitty to Slack</h1>
  <p>Kitty keeps track of a household's spending from chat: write "sabzi 320" and confirm the draft it makes.</p>
  <p>Slack will show you what Kitty may do in your workspace and ask you to allow it.</p>
  <p><a class="button" href="${authorizeUrl}">Add to Slack</a></p>
  <p class="muted">This link works for 10 minutes, in this browser.</p>
</section>`,
  });
}

function installedPage(installation: Installation<'v2', boolean>): Fragment {
  const workspace = installation.team?.name ?? installation.enterprise?.name ?? 'your Slack workspace';
  const openSlack = installation.team && installation.appId
    ? `https://slack.com/app_redirect?app=${encodeURIComponent(installation.appId)}&team=${encodeURIComponent(installation.team.id)}`
    : installation.enterpriseUrl;
  return page({
    title: 'Kitty is in Slack',
    body: html`<section class="card">
  <h1>Kitty is in ${workspace}</h1>
  <p>Next, in Slack:</p>
  <ul>
    <li><code>/kitty start</code> to set up a household, or <code>/kitty link CODE</code> to join one;</li>
    <li>then <code>/kitty link-channel</code> in your household channel.</li>
  </ul>
  ${openSlack ? html`<p><a class="button" href="${openSlack}">Open Slack</a></p>` : ''}
</section>`,
  });
}
