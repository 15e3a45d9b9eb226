import { Hono } from 'hono';
import { isKittyError, type KittyErrorCode } from '../domain/errors.ts';
import type { Logger } from '../log/logger.ts';
import { healthRoutes, type DatabaseStatus } from './routes/health.ts';
import { slackRoutes, type SlackEndpoint } from './routes/slack.ts';
import { telegramRoutes, type TelegramWebhook } from './routes/telegram.ts';
import { webRoutes } from './web-app.ts';
import type { WebDeps } from './web-deps.ts';

/**
 * The one HTTP app, served by @hono/node-server on Node and by the Worker's fetch handler on
 * Cloudflare. It is built from its dependencies and never reads the environment or picks a
 * runtime itself, which is what lets both runtimes share it.
 */
export type AppDeps = {
  version: string;
  logger: Logger;
  /** Reports which database this process uses and how far it is migrated. */
  databaseStatus: () => Promise<DatabaseStatus>;
  /** Present when Telegram runs in webhook mode. */
  telegramWebhook?: TelegramWebhook;
  /** Present when Slack is configured (SLACK_SIGNING_SECRET). */
  slack?: SlackEndpoint;
  /** Present when the web view is on (SESSION_SECRET is set). */
  web?: WebDeps;
};

/** Typed errors are the client's to fix (400) unless a more precise status fits. */
const STATUS_BY_CODE: Partial<Record<KittyErrorCode, 403 | 404 | 409 | 503>> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  already_member: 409,
  encryption_unavailable: 503,
};

export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.route('/health', healthRoutes(deps));
  if (deps.telegramWebhook) app.route('/telegram', telegramRoutes(deps.telegramWebhook));
  if (deps.slack) app.route('/slack', slackRoutes(deps.slack));
  if (deps.web) app.route('/', webRoutes(deps.web));
  app.notFound((c) => c.json({ error: 'not_found', message: 'There is nothing at this address.' }, 404));
  app.onError((error, c) => {
    if (isKittyError(error)) {
      return c.json({ error: error.code, message: error.message, field: error.field }, STATUS_BY_CODE[error.code] ?? 400);
    }
    deps.logger.error('request failed', { path: c.req.path, error });
    return c.json({ error: 'internal', message: 'Something went wrong on our side; it has been logged.' }, 500);
  });
  return app;
}
