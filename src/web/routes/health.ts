import { Hono } from 'hono';
import type { AppDeps } from '../app.ts';

export type DatabaseStatus = { kind: 'pglite' | 'postgres'; migrationsApplied: number };

/** Liveness plus readiness: 200 only when the database answers. */
export function healthRoutes(deps: AppDeps) {
  return new Hono().get('/', async (c) => {
    try {
      const database = await deps.databaseStatus();
      return c.json({ status: 'ok', version: deps.version, database });
    } catch (error) {
      deps.logger.error('health check: database unavailable', { error });
      return c.json({ status: 'error', version: deps.version, database: null, message: 'The database is not reachable.' }, 503);
    }
  });
}
