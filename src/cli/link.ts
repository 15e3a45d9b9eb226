import { consoleMember } from '../channels/console/console-member.ts';
import { createLogger } from '../log/logger.ts';
import { readNodeConfig } from '../runtime/node-config.ts';
import { openNodeEngine } from '../runtime/node-engine.ts';
import { signInLink } from '../web/auth/sign-in-link.ts';

/** `link`: a sign-in link to the web view for the console's member (single use, 15 minutes). */
export async function runLink(): Promise<number> {
  const config = readNodeConfig();
  if (!config.sessionSecret) throw new Error('The web view needs SESSION_SECRET (32+ characters: openssl rand -base64 32).');
  const logger = createLogger('warn', (line) => process.stderr.write(`${line}\n`));
  const { database } = await openNodeEngine(config, { logger });
  try {
    const { scope } = await consoleMember(database.db);
    process.stdout.write(`${await signInLink({ secret: config.sessionSecret, publicUrl: config.publicUrl }, scope)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
