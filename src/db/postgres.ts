import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database, DatabaseHandle } from './database.ts';
import * as schema from './schema.ts';

export type PostgresOptions = {
  /** Pool size; one per request is right on Workers, where Hyperdrive does the pooling. */
  max?: number;
};

/** Postgres through postgres.js: the server database for Node and (via Hyperdrive) Workers. */
export function openPostgres(url: string, options: PostgresOptions = {}): DatabaseHandle & { client: postgres.Sql } {
  const client = postgres(url, {
    max: options.max ?? 10,
    // Notices (e.g. "relation already exists, skipping") are not errors; keep them out of the logs.
    onnotice: () => {},
  });
  const db = drizzle(client, { schema }) as unknown as Database;
  return { db, kind: 'postgres', client, close: () => client.end({ timeout: 5 }) };
}
