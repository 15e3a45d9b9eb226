import { ConfigError, loadConfig } from '../config/index.ts';
import { createKeyring } from '../crypto/keyring.ts';
import type { Database } from '../db/database.ts';
import { openPostgres } from '../db/postgres.ts';
import { countAppliedMigrations } from '../db/status.ts';
import { createEngine } from '../engine/engine.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { VERSION } from '../version.ts';
import { createApp } from '../web/app.ts';
import type { SlackEndpoint } from '../web/routes/slack.ts';
import { installationStoreFor, slackAppFor, slackInstallFor, type SlackRuntimeConfig } from './slack.ts';
import { transcriberFor } from './transcriber.ts';
import { refusingRedirects } from './workers-fetch.ts';

/**
 * Cloudflare Workers entry: the same Hono app as Node, over Postgres reached through Hyperdrive
 * (binding HYPERDRIVE) or a DATABASE_URL secret. There is no embedded database on Workers, and
 * migrations are applied from a machine with the repository (`npm run db:migrate`). A Worker has
 * no long-lived process, so everything (the connection, the engine, Bolt) is built per request.
 */
type WorkerEnv = Record<string, unknown> & { HYPERDRIVE?: { connectionString: string } };

interface WorkerContext {
  waitUntil(promise: Promise<unknown>): void;
}

const NO_POSTGRES = 'Workers need Postgres: bind Hyperdrive as HYPERDRIVE or set DATABASE_URL.';

export default {
  async fetch(request: Request, env: WorkerEnv, context: WorkerContext): Promise<Response> {
    let config;
    try {
      config = loadConfig({ ...env, DATABASE_URL: env.HYPERDRIVE?.connectionString ?? env.DATABASE_URL });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      console.error(error.message);
      return Response.json({ status: 'error', message: 'Kitty is misconfigured; see the Worker logs.' }, { status: 500 });
    }
    const logger = createLogger(config.logLevel);
    const { database } = config;
    // Hyperdrive pools connections outside the Worker, so each request opens one and ends it.
    const handle = database.kind === 'postgres' ? openPostgres(database.url, { max: 1 }) : undefined;
    // What Slack's listeners carry on with after Slack has its answer; the connection outlives it.
    const background: Promise<unknown>[] = [];
    const keepAlive = (work: Promise<unknown>) => {
      background.push(work);
      context.waitUntil(work);
    };
    const app = createApp({
      version: VERSION,
      logger,
      databaseStatus: async () => {
        if (!handle) throw new Error(NO_POSTGRES);
        return { kind: handle.kind, migrationsApplied: await countAppliedMigrations(handle.db) };
      },
      ...(config.slack && {
        slack: handle ? workerSlack({ ...config, slack: config.slack }, { db: handle.db, logger, keepAlive }) : { handle: () => Promise.reject(new Error(NO_POSTGRES)) },
      }),
    });
    try {
      return await app.fetch(request);
    } finally {
      if (handle) context.waitUntil(Promise.allSettled(background).then(() => handle.close()));
    }
  },
};

/**
 * Slack on Workers: the same Bolt app as on Node (src/runtime/slack.ts), with Web API calls
 * through a fetch workerd accepts. Bolt and the engine are built when a Slack request arrives,
 * not for every other path.
 */
function workerSlack(
  config: SlackRuntimeConfig,
  runtime: { db: Database; logger: Logger; keepAlive: (work: Promise<unknown>) => void },
): SlackEndpoint {
  const { db, logger } = runtime;
  const keyring = createKeyring(config.encryptionKey);
  const parts = { db, keyring, logger, transcriber: transcriberFor(config, logger), fetch: refusingRedirects(globalThis.fetch) };
  const installationStore = installationStoreFor(config, parts);
  const install = slackInstallFor(config, { ...parts, installationStore });
  return {
    handle: (request, options) =>
      slackAppFor(config, { ...parts, installationStore, engine: createEngine({ db, llm: config.llm, keyring, logger }) }).receiver.handle(request, options),
    keepAlive: runtime.keepAlive,
    ...(install && { install }),
  };
}
