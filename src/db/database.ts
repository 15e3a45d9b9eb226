import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

/** Either driver's drizzle instance: services are written once against this. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction inside `inHousehold` or `asSystem`; services run their queries on it. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  readonly db: Database;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
};

/**
 * Rows of a raw `db.execute(sql)` result: postgres.js returns the rows themselves, PGlite an
 * object holding them. Prefer the query builder, which hides the difference; this is for the
 * few statements it cannot express.
 */
export function rowsOf<Row>(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []);
}
