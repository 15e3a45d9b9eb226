import { consoleMember } from '../channels/console/console-member.ts';
import { runConsoleChat } from '../channels/console/chat.ts';
import { createLogger } from '../log/logger.ts';
import { readNodeConfig } from '../runtime/node-config.ts';
import { openNodeEngine } from '../runtime/node-engine.ts';

/** `chat`: the console chat on its own, without the web server. */
export async function runChat(): Promise<number> {
  const config = readNodeConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, (line) => process.stderr.write(`${line}\n`));
  const { engine, database } = await openNodeEngine(config, { logger });
  try {
    const { scope } = await consoleMember(database.db);
    await runConsoleChat({ engine, scope, input: process.stdin, output: process.stdout });
    return 0;
  } finally {
    await database.close();
  }
}
