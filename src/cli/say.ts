import { randomUUID } from 'node:crypto';
import { consoleMember } from '../channels/console/console-member.ts';
import { renderReply } from '../channels/console/render.ts';
import { readNodeConfig } from '../runtime/node-config.ts';
import { openNodeEngine } from '../runtime/node-engine.ts';
import { createLogger } from '../log/logger.ts';

/** `say [--json] "TEXT"`: one message as the local console member, then exit. */
export async function runSay(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const text = args.filter((arg) => arg !== '--json').join(' ');
  if (text.trim() === '') throw new Error('say needs a message, e.g. npm run --silent cli -- say "coffee 180"');
  const config = readNodeConfig();
  // Log lines go to stderr so stdout stays the reply (and valid JSON with --json).
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, (line) => process.stderr.write(`${line}\n`));
  const { engine, database } = await openNodeEngine(config, { logger });
  try {
    const { scope } = await consoleMember(database.db);
    const reply = await engine.handle({ channel: 'console', externalId: randomUUID(), text }, scope);
    process.stdout.write(`${json ? JSON.stringify(reply, null, 2) : renderReply(reply)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
