import { mkdirSync } from 'node:fs';
import type { Config } from '../config/index.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migratePgliteDatabase, migratePostgresDatabase } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres, type PostgresOptions } from '../db/postgres.ts';

/** Opens the configured database on Node and brings it to the latest migration. */
export async function openNodeDatabase(database: Config['database'], options: PostgresOptions = {}): Promise<DatabaseHandle> {
  if (database.kind === 'postgres') {
    await migratePostgresDatabase(database.url);
    return openPostgres(database.url, options);
  }
  if (database.dataDir !== 'memory://') mkdirSync(database.dataDir, { recursive: true });
  const handle = await openPglite(database.dataDir);
  await migratePgliteDatabase(handle.client);
  return handle;
}
