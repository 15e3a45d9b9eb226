/**
 * Slack on Node: Bolt with the shared transcriber and sign-in links, answering POST /slack/events,
 * and the install pages when Kitty serves workspaces by OAuth. The only place that knows both
 * the runtime and Bolt.
 */
import { createSlackApp, type SlackApp } from '../channels/slack/app.ts';
import { createInstallationStore } from '../channels/slack/installation-store.ts';
import type { Config, SlackConfig } from '../config/index.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Database } from '../db/database.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log/logger.ts';
import type { Transcriber } from '../transcribe/index.ts';
import { signInLink } from '../web/auth/sign-in-link.ts';
import type { SlackEndpoint } from '../web/routes/slack.ts';
import { slackInstallRoutes } from '../web/routes/slack-install.ts';

export interface NodeSlackParts {
  readonly engine: Engine;
  readonly db: Database;
  readonly keyring: Keyring;
  readonly logger: Logger;
  readonly transcriber: Transcriber | undefined;
}

export function nodeSlack(config: Config & { slack: SlackConfig }, parts: NodeSlackParts): { app: SlackApp; endpoint: SlackEndpoint } {
  const { slack } = config;
  const installationStore = slack.oauth ? createInstallationStore({ db: parts.db, keyring: parts.keyring }) : undefined;
  const app = createSlackApp({
    engine: parts.engine,
    db: parts.db,
    logger: parts.logger,
    signingSecret: slack.signingSecret,
    ...(slack.botToken && { botToken: slack.botToken }),
    ...(installationStore && { installationStore }),
    ...(slack.apiUrl && { apiUrl: slack.apiUrl }),
    ...(parts.transcriber && { transcriber: parts.transcriber }),
    ...(config.sessionSecret && {
      dashboardLink: (member) => signInLink({ secret: config.sessionSecret!, publicUrl: config.publicUrl }, member),
    }),
  });
  const install =
    slack.oauth && installationStore && config.sessionSecret
      ? slackInstallRoutes({
          clientId: slack.oauth.clientId,
          clientSecret: slack.oauth.clientSecret,
          ...(slack.apiUrl && { apiUrl: slack.apiUrl }),
          publicUrl: config.publicUrl,
          stateSecret: config.sessionSecret,
          installationStore,
          logger: parts.logger,
        })
      : undefined;
  return {
    app,
    endpoint: { handle: (request, options) => app.receiver.handle(request, options), ...(install && { install }) },
  };
}
