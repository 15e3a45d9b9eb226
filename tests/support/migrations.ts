import { readdirSync } from 'node:fs';

/** How many migrations the repository holds: what a fully migrated database reports. */
export const migrationCount = readdirSync(new URL('../../drizzle', import.meta.url)).filter((name) => name.endsWith('.sql')).length;
