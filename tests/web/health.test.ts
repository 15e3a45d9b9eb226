import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KittyError } from '../../src/domain/errors.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { countAppliedMigrations } from '../../src/db/status.ts';
import { createLogger } from '../../src/log/logger.ts';
import { VERSION } from '../../src/version.ts';
import { createApp } from '../../src/web/app.ts';
import { openTestDatabase, testBackend } from '../support/database.ts';
import { migrationCount } from '../support/migrations.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const quiet = createLogger('silent');

describe('GET /health', () => {
  it('reports version, database kind and applied migrations from the real database', async () => {
    const app = createApp({
      version: VERSION,
      logger: quiet,
      databaseStatus: async () => ({ kind: handle.kind, migrationsApplied: await countAppliedMigrations(handle.db) }),
    });
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: VERSION,
      database: { kind: testBackend, migrationsApplied: migrationCount },
    });
  });

  it('answers 503 without internals when the database is down', async () => {
    const lines: string[] = [];
    const app = createApp({
      version: VERSION,
      logger: createLogger('error', (line) => lines.push(line)),
      databaseStatus: async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
      },
    });
    const response = await app.request('/health');
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'error', database: null });
    expect(JSON.stringify(body)).not.toContain('10.0.0.5');
    expect(lines).toHaveLength(1);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const app = createApp({ version: VERSION, logger: quiet, databaseStatus: async () => ({ kind: 'pglite', migrationsApplied: 0 }) });
    const response = await app.request('/nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('errors', () => {
  it.each([
    ['not_found', 404],
    ['forbidden', 403],
    ['conflict', 409],
    ['invalid_amount', 400],
  ] as const)('a KittyError %s answers %i with its code, message and field', async (code, status) => {
    const app = createApp({ version: VERSION, logger: quiet, databaseStatus: async () => ({ kind: 'pglite', migrationsApplied: 0 }) });
    app.get('/fails', () => {
      throw new KittyError(code, 'Say what to fix.', 'amount');
    });
    const response = await app.request('/fails');
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: code, message: 'Say what to fix.', field: 'amount' });
  });

  it('any other error answers 500 without its message, and is logged', async () => {
    const lines: string[] = [];
    const app = createApp({ version: VERSION, logger: createLogger('error', (line) => lines.push(line)), databaseStatus: async () => ({ kind: 'pglite', migrationsApplied: 0 }) });
    app.get('/fails', () => {
      throw new Error('relation "secret_table" does not exist');
    });
    const response = await app.request('/fails');
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('secret_table');
    expect(lines.join()).toContain('secret_table');
  });
});
