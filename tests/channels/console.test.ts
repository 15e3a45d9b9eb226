import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCommand } from '../../src/channels/console/commands.ts';
import { currencyForTimeZone } from '../../src/channels/console/local-defaults.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { consoleChat, createConsoleHousehold, numberedLinesAfter } from '../support/console-chat.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

const chat = (lines: string[], scope: HouseholdScope) => consoleChat(handle.db, scope, lines);

/** Every expense of the household by description: its status and amount. */
async function ledger(scope: HouseholdScope): Promise<Record<string, { status: string; amountMinor: number }>> {
  const { items } = await listExpenses(handle.db, scope, { status: ['draft', 'confirmed', 'discarded'], limit: 100 });
  return Object.fromEntries(items.map((expense) => [expense.description, { status: expense.status, amountMinor: expense.amountMinor }]));
}

const statuses = async (scope: HouseholdScope) => Object.fromEntries(Object.entries(await ledger(scope)).map(([name, { status }]) => [name, status]));

describe('console chat', () => {
  it('logs, confirms with y, discards with n N, and answers questions', async () => {
    const { arjun } = await createTestHousehold(handle.db);

    const printed = await chat(['uber 250 and lunch 400', 'n 2', 'y', 'how much this month?', 'drafts', 'quit', 'coffee 99'], arjun);

    expect(printed).toContain('1. ₹250.00 · Transport · 2026-03-18');
    expect(printed).toContain('(y: confirm all · y 2: confirm #2 · n 1: discard #1)');
    expect(printed).toContain('Discarded: lunch, ₹400.00.');
    expect(printed).toContain('  2. ₹400.00 · Dining out · 2026-03-18 · lunch · paid by Arjun [discarded]');
    expect(printed).toContain('Confirmed: uber, ₹250.00.');
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

describe('y and n in the console', () => {
  it('act on the drafts of the reply just shown, not on every draft waiting', async () => {
    const scope = await createConsoleHousehold(handle.db);

    await chat(['tea 30', 'uber 250 and lunch 400', 'n 2', 'y'], scope);

    // tea was shown earlier and is still waiting: `y` after `n 2` meant the uber of that reply.
    expect(await statuses(scope)).toEqual({ tea: 'draft', uber: 'confirmed', lunch: 'discarded' });
  });

  it('keep the numbers a list was shown with, after one of it is settled', async () => {
    const scope = await createConsoleHousehold(handle.db);

    const printed = await chat(['uber 250 and lunch 400', 'y 2', 'n 1'], scope);

    expect(printed).toMatch(/ {2}2\. ₹400\.00 · [^\n]* · lunch · [^\n]*\[confirmed\]/);
    expect(printed).toMatch(/ {2}1\. ₹250\.00 · [^\n]* · uber · [^\n]*\[discarded\]/);
    expect(await statuses(scope)).toEqual({ uber: 'discarded', lunch: 'confirmed' });
  });

  it('number the drafts list the way it was printed', async () => {
    const scope = await createConsoleHousehold(handle.db);

    const printed = await chat(['tea 30', 'milk 60', 'bread 45', 'drafts', 'y 2', 'n 3'], scope);

    const listed = numberedLinesAfter(printed, '3 drafts waiting.').map(([, line]) => line.split(' · ')[3]!);
    expect(listed).toHaveLength(3);
    expect(await statuses(scope)).toEqual({ [listed[0]!]: 'draft', [listed[1]!]: 'confirmed', [listed[2]!]: 'discarded' });
  });

  it('say there is nothing to confirm after a reply without drafts, and name the drafts command', async () => {
    const scope = await createConsoleHousehold(handle.db);

    const printed = await chat(['coffee 120', 'how much this month?', 'y', 'n'], scope);

    expect(printed).toContain('Nothing to confirm: the last reply had no drafts. Type "drafts" to list the ones waiting.');
    expect(printed).toContain('Nothing to discard: the last reply had no drafts.');
    expect(await statuses(scope)).toEqual({ coffee: 'draft' });
  });

  it('point at the drafts on screen after help, and say when all of them are settled', async () => {
    const scope = await createConsoleHousehold(handle.db);

    const printed = await chat(['coffee 120', 'help', 'y', 'y', 'y 3'], scope);

    expect(printed).toContain('Confirmed: coffee, ₹120.00.');
    expect(printed).toContain('Nothing left to confirm there: that draft is settled. Type "drafts" to list the ones waiting.');
    expect(printed).toContain('There is only one draft there: type y.');
    expect(await statuses(scope)).toEqual({ coffee: 'confirmed' });
  });
});

describe('undo in the console', () => {
  it('takes back the last confirm, discard or edit, and y then acts on the draft it brought back', async () => {
    const scope = await createConsoleHousehold(handle.db);

    const printed = await chat(['coffee 120', 'y', 'undo', 'n', 'undo', 'make it 150', 'undo', 'undo'], scope);

    expect(printed).toContain('Undid the confirmation: coffee, ₹120.00.');
    expect(printed).toContain('Discarded: coffee, ₹120.00.');
    expect(printed).toContain('Undid the discard: coffee, ₹120.00.');
    expect(printed).toContain('Updated: coffee, ₹150.00.');
    expect(printed).toContain('Undid the edit: coffee, ₹120.00.');
    expect(printed).toContain('Nothing of yours to undo from the last day.');
    expect(await ledger(scope)).toEqual({ coffee: { status: 'draft', amountMinor: 12000 } });
  });

  it('sends a fix to the draft undo brought back, not to a newer one', async () => {
    const scope = await createConsoleHousehold(handle.db);

    await chat(['coffee 120', 'y', 'tea 30', 'undo', 'make it 150'], scope);

    expect(await ledger(scope)).toEqual({ coffee: { status: 'draft', amountMinor: 15000 }, tea: { status: 'draft', amountMinor: 3000 } });
  });
});

describe('console commands', () => {
  it('reads names without digits as people and everything else as messages', () => {
    expect(readCommand('call me arjun')).toEqual({ kind: 'rename', name: 'Arjun' });
    expect(readCommand('my name is anna-lena')).toEqual({ kind: 'rename', name: 'Anna-Lena' });
    expect(readCommand('name McKenzie')).toEqual({ kind: 'rename', name: 'McKenzie' });
    expect(readCommand('invite priya')).toEqual({ kind: 'invite', name: 'Priya' });
    expect(readCommand('switch to priya')).toEqual({ kind: 'switch', name: 'Priya' });
    expect(readCommand('as priya: coffee 100')).toEqual({ kind: 'as', name: 'Priya', line: 'coffee 100' });
    expect(readCommand('Y 2')).toEqual({ kind: 'press', action: 'confirm', number: 2 });
    expect(readCommand('no')).toEqual({ kind: 'press', action: 'discard' });
    expect(readCommand('name tag 50')).toEqual({ kind: 'message', text: 'name tag 50' });
    expect(readCommand('invite cards 300')).toEqual({ kind: 'message', text: 'invite cards 300' });
  });
});
