import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, DatabaseHandle } from './database.ts';
import * as schema from './schema.ts';

/**
 * The embedded database: Postgres compiled to WebAssembly, in this process. `memory://` keeps
 * everything in memory (tests); any other value is a folder that holds the data between runs.
 */
export async function openPglite(dataDir: string): Promise<DatabaseHandle & { client: PGlite }> {
  const client = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir);
  const db = drizzle(client, { schema }) as unknown as Database;
  return { db, kind: 'pglite', client, close: () => client.close() };
}
