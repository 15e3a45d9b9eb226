import { ConfigError, loadConfig } from '../config/index.ts';
import { openPostgres } from '../db/postgres.ts';
import { countAppliedMigrations } from '../db/status.ts';
import { createLogger } from '../log/logger.ts';
import { VERSION } from '../version.ts';
import { createApp } from '../web/app.ts';

/**
 * Cloudflare Workers entry: the same Hono app as Node, over Postgres reached through Hyperdrive
 * (binding HYPERDRIVE) or a DATABASE_URL secret. There is no embedded database on Workers, and
 * migrations are applied from a machine with the repository (`npm run db:migrate`).
 */
type WorkerEnv = Record<string, unknown> & { HYPERDRIVE?: { connectionString: string } };

export default {
  async fetch(request: Request, env: WorkerEnv, context: { waitUntil(promise: Promise<unknown>): void }): Promise<Response> {
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
    const app = createApp({
      version: VERSION,
      logger,
      databaseStatus: async () => {
        if (!handle) throw new Error('Workers need Postgres: bind Hyperdrive as HYPERDRIVE or set DATABASE_URL.');
        return { kind: handle.kind, migrationsApplied: await countAppliedMigrations(handle.db) };
      },
    });
    try {
      return await app.fetch(request);
    } finally {
      if (handle) context.waitUntil(handle.close());
    }
  },
};
