import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleMember } from '../../src/channels/console/console-member.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { householdBalances } from '../../src/services/balances.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { listMembers } from '../../src/services/members.ts';
import { consoleChat, createConsoleHousehold } from '../support/console-chat.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

const chat = (lines: string[], scope: HouseholdScope) => consoleChat(handle.db, scope, lines);
const names = async (scope: HouseholdScope) => (await listMembers(handle.db, scope)).map((member) => member.displayName);

describe('people in the console', () => {
  it('calls the console member "Me" on a fresh household, until they give a name', async () => {
    const { scope, created } = await consoleMember(handle.db, { provider: 'console', externalId: `test:${crypto.randomUUID()}` });
    expect(created).toBe(true);

    const printed = await chat(['coffee 120', 'name arjun', 'tea 30'], scope);

    expect(printed).toContain('hi\nme> ');
    expect(printed).toContain('coffee · paid by Me');
    expect(printed).toContain('From now on you are Arjun ("paid by Arjun").\narjun> ');
    expect(printed).toContain('tea · paid by Arjun');
    expect(await names(scope)).toEqual(['Arjun']);
  });

  it('lets a couple share the keyboard: log as one, confirm as the other, and the balances move', async () => {
    const me = await createConsoleHousehold(handle.db);

    const printed = await chat(
      ['name Arjun', 'invite priya', 'as priya: dinner 1000 split with arjun', 'y', 'switch priya', 'taxi 300', 'switch me', 'n'],
      me,
    );

    expect(printed).toContain('Priya is in the household now. Write one line as them with "as priya: coffee 100", or "switch priya"');
    expect(printed).toMatch(/arjun> Here is the draft\. Confirm it\?\n {2}1\. ₹1,000\.00 · [^\n]* · dinner · paid by Priya · split equally/);
    expect(printed).toContain('Now writing as Priya.\npriya> ');
    expect(printed).toContain('taxi · paid by Priya');
    expect(printed).toContain('Now writing as Arjun.\narjun> Discarded: taxi, ₹300.00.');

    const members = await listMembers(handle.db, me);
    const idOf = (name: string) => members.find((member) => member.displayName === name)!.id;
    const { items } = await listExpenses(handle.db, me, { status: ['confirmed', 'discarded'] });
    expect(items.map((expense) => [expense.description, expense.status, expense.paidBy, expense.confirmedBy])).toEqual(
      expect.arrayContaining([
        ['dinner', 'confirmed', idOf('Priya'), idOf('Arjun')],
        ['taxi', 'discarded', idOf('Priya'), null],
      ]),
    );
    const dinner = items.find((expense) => expense.description === 'dinner')!;
    const { nets } = await householdBalances(handle.db, me);
    expect(nets).toEqual(
      expect.arrayContaining([
        { memberId: idOf('Priya'), currency: 'INR', netMinor: dinner.amountMinor / 2 },
        { memberId: idOf('Arjun'), currency: 'INR', netMinor: -dinner.amountMinor / 2 },
      ]),
    );
  });

  it('undoes only the speaker\'s own last action', async () => {
    const me = await createConsoleHousehold(handle.db);

    const printed = await chat(['invite priya', 'coffee 120', 'as priya: y', 'undo', 'as priya: undo'], me);

    expect(printed).toContain('Nothing of yours to undo from the last day.');
    expect(printed).toContain('Undid the confirmation: coffee, ₹120.00.');
    expect((await listExpenses(handle.db, me, { status: ['draft'] })).items.map((expense) => expense.description)).toEqual(['coffee']);
  });

  it('refuses a name another member has, one too long, and invites from anyone but an admin', async () => {
    const me = await createConsoleHousehold(handle.db);

    const printed = await chat(['invite priya', 'name PRIYA', 'invite me', `call me ${'a'.repeat(61)}`, 'switch priya', 'invite sam', 'name Priya Sharma'], me);

    expect(printed).toContain('This household already has a member called PRIYA; choose another name.');
    expect(printed).toContain('This household already has a member called Me; choose another name.');
    expect(printed).toContain('Names are at most 60 characters.');
    expect(printed).toContain('Only a household admin can add people.');
    expect(printed).toContain('priya sharma> ');
    expect(await names(me)).toEqual(['Me', 'Priya Sharma']);
  });

  it('speaks only as members of its own household who write from this console', async () => {
    const me = await createConsoleHousehold(handle.db);
    const other = await createConsoleHousehold(handle.db);
    // Priya of this household joined with an invite code from her own chat app.
    const { arjun } = await createTestHousehold(handle.db);

    const inOther = await chat(['invite priya', 'name Arjun'], other);
    const printed = await chat(['switch priya', 'as priya: coffee 100', 'switch arjun'], me);
    const fromChat = await chat(['switch priya', 'as priya: coffee 100'], arjun);

    expect(inOther).toContain('Priya is in the household now.');
    expect(printed).toContain('There is nobody called Priya in this household. Type "invite Priya" to add them.');
    expect(printed).toContain('There is nobody called Arjun in this household.');
    expect(fromChat).toContain('Priya writes to Kitty from their own chat app, not from this console.');
    expect(fromChat).not.toContain('paid by Priya');
    expect(await names(me)).toEqual(['Me']);
    expect((await listExpenses(handle.db, me, { status: ['draft'] })).items).toEqual([]);
  });

  it('lists its commands in help', async () => {
    const me = await createConsoleHousehold(handle.db);

    const printed = await chat(['help'], me);

    for (const command of ['y / n', 'drafts', 'undo', 'name Arjun', 'call me Arjun', 'invite Priya', 'as priya: coffee 100', 'switch priya', 'switch me', 'quit']) {
      expect(printed).toContain(command);
    }
  });
});
