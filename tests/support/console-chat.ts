import { PassThrough } from 'node:stream';
import { runConsoleChat } from '../../src/channels/console/chat.ts';
import type { Database } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { createHousehold } from '../../src/services/households.ts';
import { createTestEngine } from './engine.ts';

/** Types the lines into the console chat, as the member of `scope`, and returns everything it printed. */
export async function consoleChat(db: Database, scope: HouseholdScope, lines: readonly string[]): Promise<string> {
  const { engine } = createTestEngine(db);
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += chunk));
  const done = runConsoleChat({ engine, scope, input, output, greeting: 'hi' });
  input.end(lines.join('\n') + '\n');
  await done;
  return printed;
}

/**
 * A household as the console starts one (its member "Me" at the keyboard), in Kolkata and rupees
 * so amounts read the same on every machine; its console account is unique to the test.
 */
export async function createConsoleHousehold(db: Database): Promise<HouseholdScope> {
  const identity = { provider: 'console' as const, externalId: `test:${crypto.randomUUID()}` };
  const { scope } = await createHousehold(db, { name: 'Home', currency: 'INR', timeZone: 'Asia/Kolkata', owner: { displayName: 'Me' } }, identity);
  return scope;
}

/** The numbered draft lines the console printed after `heading`, as [number, text] pairs. */
export function numberedLinesAfter(printed: string, heading: string): [number, string][] {
  const start = printed.indexOf(heading);
  if (start < 0) throw new Error(`"${heading}" was not printed:\n${printed}`);
  const lines = printed.slice(start + heading.length).split('\n').slice(1);
  const numbered: [number, string][] = [];
  for (const line of lines) {
    const match = /^ {2}(\d+)\. (.*)$/.exec(line);
    if (!match) break;
    numbered.push([Number(match[1]), match[2]!]);
  }
  return numbered;
}
