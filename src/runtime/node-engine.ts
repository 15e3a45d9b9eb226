import type { Config } from '../config/index.ts';
import { createKeyring } from '../crypto/keyring.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createEngine, type Engine } from '../engine/engine.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { openNodeDatabase } from './node-database.ts';

/** The database, logger and engine of a Node process, wired from the configuration. */
export async function openNodeEngine(
  config: Config,
  options: { logger?: Logger } = {},
): Promise<{ engine: Engine; database: DatabaseHandle; logger: Logger }> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await openNodeDatabase(config.database);
  const engine = createEngine({ db: database.db, llm: config.llm, keyring: createKeyring(config.encryptionKey), logger });
  return { engine, database, logger };
}
