import { countAppliedMigrations } from '../db/status.ts';
import { readNodeConfig } from './node-config.ts';
import { openNodeDatabase } from './node-database.ts';

/** `npm run db:migrate`: applies migrations and exits (for the Postgres behind Workers, or before a deploy). */
const config = readNodeConfig();
const database = await openNodeDatabase(config.database);
console.log(`${database.kind}: ${await countAppliedMigrations(database.db)} migrations applied`);
await database.close();
