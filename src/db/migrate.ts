import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

/**
 * Applies drizzle/ migrations. Node only: it reads the migration files from disk (a Worker
 * deployment runs `npm run db:migrate` from a machine with the repository instead).
 */
const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Any number which no other Kitty lock uses; several app processes may start at once. */
const MIGRATION_LOCK = 7_274_001;

export async function migratePgliteDatabase(client: PGlite): Promise<void> {
  await migratePglite(drizzlePglite(client), { migrationsFolder });
}

export async function migratePostgresDatabase(url: string): Promise<void> {
  // One dedicated connection, so the advisory lock and the migrations share a session.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
