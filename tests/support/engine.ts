import { loadConfig, type LlmConfig } from '../../src/config/index.ts';
import { createKeyring } from '../../src/crypto/keyring.ts';
import type { Database } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { createEngine, type Engine, type IncomingMessage } from '../../src/engine/engine.ts';
import type { OfflineReader } from '../../src/engine/read-message.ts';
import type { Reply } from '../../src/engine/reply.ts';
import { createLogger } from '../../src/log/logger.ts';

/** A fixed "now": Wednesday 18 March 2026, 20:30 in Kolkata (15:00 UTC). */
export const TEST_NOW = new Date('2026-03-18T15:00:00Z');

export const TEST_ENCRYPTION_KEY = new Uint8Array(32).fill(9);

/**
 * An engine on the real database, offline unless `llm` says otherwise; log lines are kept for
 * assertions. `offlineReader` stands in for the offline interpreter (see asking-reader.ts).
 */
export function createTestEngine(
  db: Database,
  options: { llm?: Partial<LlmConfig>; now?: Date; sleeps?: number[]; offlineReader?: OfflineReader } = {},
): { engine: Engine; logs: string[] } {
  const logs: string[] = [];
  const base = loadConfig({}).llm;
  const engine = createEngine({
    db,
    llm: { ...base, ...options.llm },
    keyring: createKeyring(TEST_ENCRYPTION_KEY),
    logger: createLogger('debug', (line) => logs.push(line)),
    now: () => options.now ?? TEST_NOW,
    sleep: async (ms) => {
      options.sleeps?.push(ms);
    },
    ...(options.offlineReader && { offlineReader: options.offlineReader }),
  });
  return { engine, logs };
}

/** Sends text as a fresh delivery (a new external id each time). */
export function say(engine: Engine, scope: HouseholdScope, text: string, extra: Partial<IncomingMessage> = {}): Promise<Reply> {
  return engine.handle({ channel: 'console', externalId: crypto.randomUUID(), text, ...extra }, scope);
}
