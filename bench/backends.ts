/**
 * Opens each backend on an empty, freshly migrated database, so every run measures the same thing
 * whatever an earlier (perhaps interrupted) run left behind.
 */
import postgres from 'postgres';
import type { DatabaseHandle } from '../src/db/database.ts';
import { migratePgliteDatabase, migratePostgresDatabase } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import type { BackendName } from './args.ts';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/kitty_bench';

export type Backend = {
  name: BackendName;
  handle: DatabaseHandle;
  /** Where the data lives, with any password masked: printed with the figures. */
  location: string;
  /** Runs one maintenance statement (VACUUM) outside any transaction, as the connection's own role. */
  maintenance(statement: string): Promise<void>;
  /** `select version()`, so a figure can be tied to the server that produced it. */
  version(): Promise<string>;
};

export function openFreshBackend(name: BackendName): Promise<Backend> {
  return name === 'postgres' ? openFreshPostgres(process.env.BENCH_DATABASE_URL ?? DEFAULT_POSTGRES_URL) : openFreshPglite();
}

async function openFreshPostgres(url: string): Promise<Backend> {
  await recreateDatabase(url);
  await migratePostgresDatabase(url);
  const handle = openPostgres(url);
  const { client } = handle;
  return {
    name: 'postgres',
    handle,
    location: maskPassword(url),
    maintenance: async (statement) => {
      await client.unsafe(statement);
    },
    version: async () => {
      const [row] = await client<{ version: string }[]>`select version()`;
      return row?.version ?? 'unknown';
    },
  };
}

/**
 * Drops and recreates the benchmark database from the server's `postgres` database: a database
 * cannot drop itself, and DROP ... WITH (FORCE) ends sessions a crashed run may have left open.
 */
async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name || name === 'postgres') throw new Error(`Refusing to drop "${name}": give the benchmark its own database.`);
  const maintenanceUrl = new URL(url);
  maintenanceUrl.pathname = '/postgres';
  const admin = postgres(maintenanceUrl.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin`drop database if exists ${admin(name)} with (force)`;
    await admin`create database ${admin(name)}`;
  } finally {
    await admin.end({ timeout: 5 });
  }
}

async function openFreshPglite(): Promise<Backend> {
  const handle = await openPglite('memory://');
  const { client } = handle;
  await migratePgliteDatabase(client);
  return {
    name: 'pglite',
    handle,
    location: 'memory://',
    maintenance: async (statement) => {
      await client.exec(statement);
    },
    version: async () => {
      const result = await client.query<{ version: string }>('select version()');
      return result.rows[0]?.version ?? 'unknown';
    },
  };
}

function maskPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
