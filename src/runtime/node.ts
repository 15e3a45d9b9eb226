import { serve } from '@hono/node-server';
import { countAppliedMigrations } from '../db/status.ts';
import { createLogger } from '../log/logger.ts';
import { VERSION } from '../version.ts';
import { createApp } from '../web/app.ts';
import { readNodeConfig } from './node-config.ts';
import { openNodeDatabase } from './node-database.ts';

/** `npm start`: one Node process serving Kitty on the embedded database unless DATABASE_URL is set. */
const config = readNodeConfig();
const logger = createLogger(config.logLevel);
const database = await openNodeDatabase(config.database);
const app = createApp({
  version: VERSION,
  logger,
  databaseStatus: async () => ({ kind: database.kind, migrationsApplied: await countAppliedMigrations(database.db) }),
});

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  logger.info('Kitty is running', {
    url: config.publicUrl,
    port: info.port,
    database: config.database.kind === 'pglite' ? `pglite:${config.database.dataDir}` : 'postgres',
    encryptionAtRest: config.encryptionKey ? 'on' : 'off: set APP_ENCRYPTION_KEY to store model API keys',
  });
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { signal });
  server.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
