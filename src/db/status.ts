import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from './database.ts';

/** How many migrations this database has applied (0 before the first run); for /health. */
export async function countAppliedMigrations(db: Database): Promise<number> {
  const result = await db.execute(sql`
    select case when to_regclass('drizzle.__drizzle_migrations') is null then 0
      else (select count(*) from drizzle.__drizzle_migrations) end as applied`);
  const [row] = rowsOf<{ applied: number | string }>(result);
  return Number(row?.applied ?? 0);
}
