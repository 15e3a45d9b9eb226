/**
 * Slack for either runtime: Bolt with the shared transcriber and sign-in links, and the install
 * pages when Kitty serves workspaces by OAuth. Node builds the app once; a Worker builds it per
 * request (it has no long-lived process) with a fetch workerd accepts.
 */
import { createSlackApp, type SlackApp } from '../channels/slack/app.ts';
import { createInstallationStore } from '../channels/slack/installation-store.ts';
import type { InstallationStore } from '@slack/bolt';
import type { Config, SlackConfig } from '../config/index.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Database } from '../db/database.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log/logger.ts';
import type { Transcriber } from '../transcribe/index.ts';
import { signInLink } from '../web/auth/sign-in-link.ts';
import { slackInstallRoutes } from '../web/routes/slack-install.ts';

export type SlackRuntimeConfig = Config & { slack: SlackConfig };

export interface SlackParts {
  readonly db: Database;
  readonly keyring: Keyring;
  readonly logger: Logger;
  readonly transcriber: Transcriber | undefined;
  /** The runtime's fetch, when it needs wrapping (Workers). */
  readonly fetch?: typeof fetch;
}

/** Installations live in the database only when workspaces install Kitty by OAuth. */
export function installationStoreFor(config: SlackRuntimeConfig, parts: SlackParts): InstallationStore | undefined {
  return config.slack.oauth ? createInstallationStore({ db: parts.db, keyring: parts.keyring }) : undefined;
}

export function slackAppFor(config: SlackRuntimeConfig, parts: SlackParts & { engine: Engine; installationStore: InstallationStore | undefined }): SlackApp {
  const { slack } = config;
  return createSlackApp({
    engine: parts.engine,
    db: parts.db,
    logger: parts.logger,
    signingSecret: slack.signingSecret,
    ...(slack.botToken && { botToken: slack.botToken }),
    ...(parts.installationStore && { installationStore: parts.installationStore }),
    ...(slack.apiUrl && { apiUrl: slack.apiUrl }),
    ...(parts.transcriber && { transcriber: parts.transcriber }),
    ...(parts.fetch && { fetch: parts.fetch }),
    ...(config.sessionSecret && {
      dashboardLink: (member) => signInLink({ secret: config.sessionSecret!, publicUrl: config.publicUrl }, member),
    }),
  });
}

/** GET /slack/install and /slack/oauth_redirect, when Kitty serves workspaces by OAuth. */
export function slackInstallFor(config: SlackRuntimeConfig, parts: SlackParts & { installationStore: InstallationStore | undefined }) {
  const { slack } = config;
  if (!slack.oauth || !parts.installationStore || !config.sessionSecret) return undefined;
  return slackInstallRoutes({
    clientId: slack.oauth.clientId,
    clientSecret: slack.oauth.clientSecret,
    ...(slack.apiUrl && { apiUrl: slack.apiUrl }),
    publicUrl: config.publicUrl,
    stateSecret: config.sessionSecret,
    installationStore: parts.installationStore,
    logger: parts.logger,
    ...(parts.fetch && { fetch: parts.fetch }),
  });
}
