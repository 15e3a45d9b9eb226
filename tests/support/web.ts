import type { Database } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { startSession } from '../../src/services/web-sessions.ts';
import { createLogger } from '../../src/log/logger.ts';
import { createApp } from '../../src/web/app.ts';
import { csrfToken, SESSION_COOKIE } from '../../src/web/session.ts';
import type { LlmConfig } from '../../src/config/index.ts';
import { createKeyring } from '../../src/crypto/keyring.ts';
import type { WebDeps } from '../../src/web/web-deps.ts';
import { createTestEngine, TEST_ENCRYPTION_KEY, TEST_NOW } from './engine.ts';

export const TEST_SESSION_SECRET = 'test-session-secret-that-is-long-enough-123';
export const TEST_BOT_TOKEN = '123456:TEST-token-for-mini-app-checks';

/**
 * The real app with the web view on the real database; "now" is TEST_NOW unless given. `llm`
 * points the engine at a fake model server; `transcription` is what the installation reports.
 */
export function createWebTestApp(
  db: Database,
  options: { now?: Date; publicUrl?: string; llm?: Partial<LlmConfig>; transcription?: WebDeps['transcription'] } = {},
) {
  const { engine, logs } = createTestEngine(db, { ...(options.now && { now: options.now }), ...(options.llm && { llm: options.llm }) });
  const now = options.now ?? TEST_NOW;
  const app = createApp({
    version: 'test',
    logger: createLogger('debug', (line) => logs.push(line)),
    databaseStatus: async () => ({ kind: 'pglite', migrationsApplied: 0 }),
    web: {
      db,
      engine,
      keyring: createKeyring(TEST_ENCRYPTION_KEY),
      sessionSecret: TEST_SESSION_SECRET,
      publicUrl: options.publicUrl ?? 'http://localhost:3000',
      telegramBotToken: TEST_BOT_TOKEN,
      now: () => now,
      ...(options.transcription && { transcription: options.transcription }),
    },
  });
  return { app, engine, logs };
}

/** A signed-in member, the way /auth/link leaves them: a session cookie plus its CSRF token. `now` is when they signed in. */
export async function signIn(db: Database, scope: HouseholdScope, now: Date = TEST_NOW): Promise<{ cookie: string; csrf: string }> {
  const { token } = await startSession(db, scope, now);
  return { cookie: `${SESSION_COOKIE}=${token}`, csrf: csrfToken(TEST_SESSION_SECRET, token) };
}

/** A form POST as a browser sends it. */
export function formPost(cookie: string, fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}
