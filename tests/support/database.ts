import type { DatabaseHandle } from '../../src/db/database.ts';
import { openNodeDatabase } from '../../src/runtime/node-database.ts';

/**
 * The database a test file runs on: a fresh in-memory PGlite by default, or the Postgres named
 * by TEST_DATABASE_URL (the CI's Postgres suite). A Postgres database is shared by the files of
 * one run, which is safe because every test works in households it creates itself, and is the
 * point: the tenant walls are exercised with other tests' households right beside.
 */
export const testBackend: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  // A pool larger than the default, so concurrency tests race on many real connections.
  return url ? openNodeDatabase({ kind: 'postgres', url }, { max: 20 }) : openNodeDatabase({ kind: 'pglite', dataDir: 'memory://' });
}
