import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../src/channels/console/chat.ts';
import { currencyForTimeZone } from '../../src/channels/console/local-defaults.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestEngine } from '../support/engine.ts';
import { createTestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

/** Types the lines into the console chat and returns everything it printed. */
async function chat(lines: string[], scope: Parameters<typeof runConsoleChat>[0]['scope']): Promise<string> {
  const { engine } = createTestEngine(handle.db);
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += chunk));
  const done = runConsoleChat({ engine, scope, input, output, greeting: 'hi' });
  input.end(lines.join('\n') + '\n');
  await done;
  return printed;
}

describe('console chat', () => {
  it('logs, confirms with y, discards with n N, and answers questions', async () => {
    const { arjun } = await createTestHousehold(handle.db);

    const printed = await chat(['uber 250 and lunch 400', 'n 2', 'y', 'how much this month?', 'drafts', 'quit', 'coffee 99'], arjun);

    expect(printed).toContain('1. ₹250.00 · Transport · 2026-03-18');
    expect(printed).toContain('(y: confirm all · y 2: confirm #2 · n 1: discard #1)');
    expect(printed).toContain('Discarded: lunch, ₹400.00.');
    expect(printed).toContain('Confirmed 1 expense.');
    expect(printed).toContain('₹250.00');
    expect(printed).toMatch(/[▁▂▃▄▅▆▇█]+ {2}peak ₹250\.00 on /);
    expect(printed).toContain('No drafts waiting.');
    // Nothing after quit is read.
    expect(printed).not.toContain('99');
    const confirmed = (await listExpenses(handle.db, arjun)).items;
    expect(confirmed.map((expense) => [expense.description, expense.amountMinor])).toEqual([['uber', 25000]]);
  });

  it('guesses a household currency from the time zone', () => {
    expect(currencyForTimeZone('Asia/Kolkata')).toBe('INR');
    expect(currencyForTimeZone('Europe/Berlin')).toBe('EUR');
    expect(currencyForTimeZone('Europe/London')).toBe('GBP');
    expect(currencyForTimeZone('America/Chicago')).toBe('USD');
    expect(currencyForTimeZone('Antarctica/Troll')).toBe('USD');
  });
});
