import type { Config } from '../config/index.ts';
import { createKeyring, type Keyring } from '../crypto/keyring.ts';
import type { WebDeps } from '../web/web-deps.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createEngine, type Engine } from '../engine/engine.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { openNodeDatabase } from './node-database.ts';

/** The database, logger and engine of a Node process, wired from the configuration. */
export async function openNodeEngine(
  config: Config,
  options: { logger?: Logger } = {},
): Promise<{ engine: Engine; database: DatabaseHandle; logger: Logger; keyring: Keyring }> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await openNodeDatabase(config.database);
  const keyring = createKeyring(config.encryptionKey);
  const engine = createEngine({ db: database.db, llm: config.llm, keyring, logger });
  return { engine, database, logger, keyring };
}

/** The web view's dependencies, when SESSION_SECRET turns it on. */
export function webDepsFor(config: Config, parts: { engine: Engine; database: DatabaseHandle; keyring: Keyring }): WebDeps | undefined {
  if (!config.sessionSecret) return undefined;
  return {
    db: parts.database.db,
    engine: parts.engine,
    keyring: parts.keyring,
    sessionSecret: config.sessionSecret,
    publicUrl: config.publicUrl,
    ...(config.telegram && { telegramBotToken: config.telegram.token }),
    transcription: { provider: config.transcribe.provider, ...(config.transcribe.model && { model: config.transcribe.model }) },
  };
}
