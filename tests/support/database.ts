import type { DatabaseHandle } from '../../src/db/database.ts';
import { migratePgliteDatabase, migratePostgresDatabase } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { openPostgres } from '../../src/db/postgres.ts';

/**
 * The database a test file runs on: a fresh in-memory PGlite by default, or the Postgres named
 * by TEST_DATABASE_URL (the CI's Postgres suite). A Postgres database is shared by the files of
 * one run, which is safe because every test works in households it creates itself, and is the
 * point: the tenant walls are exercised with other tests' households right beside.
 */
export const testBackend: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    await migratePostgresDatabase(url);
    return openPostgres(url, { max: 20 });
  }
  const handle = await openPglite('memory://');
  await migratePgliteDatabase(handle.client);
  return handle;
}
