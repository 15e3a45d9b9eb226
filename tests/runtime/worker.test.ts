import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationCount } from '../support/migrations.ts';
import { cleanEnvironment, freePort, waitForResponse } from '../support/processes.ts';

/**
 * Runs the Worker entry in workerd, Cloudflare's runtime, through `wrangler dev`, against the
 * Postgres suite's database: proof that the shared code (Hono app, postgres.js, config) runs on
 * Workers, not only that it bundles. Postgres only, since Workers have no embedded database.
 */
const databaseUrl = process.env.TEST_DATABASE_URL;
const root = new URL('../..', import.meta.url).pathname;
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
});

describe.skipIf(!databaseUrl)('the Worker entry in workerd', () => {
  it('serves /health from Postgres', { timeout: 90_000 }, async () => {
    const port = await freePort();
    child = spawn(
      join(root, 'node_modules/.bin/wrangler'),
      ['dev', '--ip', '127.0.0.1', '--port', String(port), '--var', `DATABASE_URL:${databaseUrl}`, '--log-level', 'warn'],
      { cwd: root, env: cleanEnvironment({ WRANGLER_SEND_METRICS: 'false', CI: '1' }), stdio: 'ignore' },
    );
    const response = await waitForResponse(`http://127.0.0.1:${port}/health`, child, 80_000);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { kind: 'postgres', migrationsApplied: migrationCount } });
  });
});
