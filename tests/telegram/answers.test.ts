import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../../src/charts/png.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { writingExample } from '../../src/domain/locale-examples.ts';
import { HELP_TEXT } from '../../src/engine/other-replies.ts';
import { updateHousehold } from '../../src/services/households.ts';
import { say } from '../support/engine.ts';
import { callbackQuery, command, privateText } from '../support/fake-telegram/index.ts';
import { buttonData, buttonRows, expensesOf, newStranger, resultOf, startKitty, telegramHousehold, telegramTestFile, type Kitty, type TelegramHousehold } from './support.ts';

/** Questions and commands: answers from the ledger, as text or with a chart picture. */
let handle: DatabaseHandle;
let kitty: Kitty;
let home: TelegramHousehold;

telegramTestFile((opened) => (handle = opened), () => kitty);

/** Logs and confirms through the engine, as if done earlier; the test is about what Telegram shows next. */
async function confirmed(scope: HouseholdScope, text: string): Promise<void> {
  const reply = await say(kitty.engine, scope, text);
  await kitty.engine.confirmAll(scope, reply.drafts.map((card) => card.expenseId));
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('questions', () => {
  it('answers "how much did we spend this month" from what was confirmed, as text', async () => {
    kitty = await startKitty(handle.db);
    home = await telegramHousehold(handle.db);
    await confirmed(home.arjun, 'groceries 1200 and dinner 800');
    await confirmed(home.priya, 'cab 300');
    await say(kitty.engine, home.arjun, 'shoes 5000'); // a draft: not spending yet

    await kitty.send(privateText(home.arjunUser, 'how much did we spend this month'));

    expect(kitty.sentTexts()).toEqual(['The household spent ₹2,300.00 in March 2026 across 3 expenses.']);
    expect(kitty.fake.callsOf('sendPhoto')).toEqual([]);
  });

  it('sends /month as a chart picture (a real PNG upload) with the answer as its caption', async () => {
    kitty = await startKitty(handle.db, { renderChart: (chart) => renderChartPng(chart) });
    home = await telegramHousehold(handle.db);
    await confirmed(home.arjun, 'groceries 1200 and dinner 800');

    await kitty.send(command(home.arjunUser, 'month'));

    expect(kitty.fake.callsOf('sendMessage')).toEqual([]);
    const [upload] = kitty.fake.callsOf('sendPhoto');
    expect(upload?.encoding).toBe('multipart');
    expect(upload?.params).toMatchObject({ chat_id: home.arjunUser.id, parse_mode: 'HTML', photo: expect.stringMatching(/^attach:\/\//) });
    expect(upload?.files).toHaveLength(1);
    expect(upload?.files[0]).toMatchObject({ field: 'photo', filename: 'chart.png' });
    expect(upload!.files[0]!.head.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(upload?.params.caption).toBe('Top categories in March 2026 (₹2,000.00 in all):\n1. Groceries: ₹1,200.00 (60%)\n2. Dining out: ₹800.00 (40%)');
    expect(upload?.response?.ok).toBe(true);
  });

  it('answers /month as text when nothing was spent: no empty chart', async () => {
    kitty = await startKitty(handle.db, { renderChart: (chart) => renderChartPng(chart) });
    home = await telegramHousehold(handle.db);

    await kitty.send(command(home.arjunUser, 'month'));

    expect(kitty.fake.callsOf('sendPhoto')).toEqual([]);
    expect(kitty.sentTexts()).toHaveLength(1);
  });

  it('answers /today with what was spent today', async () => {
    kitty = await startKitty(handle.db);
    home = await telegramHousehold(handle.db);
    await confirmed(home.arjun, 'coffee 180');
    await confirmed(home.arjun, 'dinner 900 yesterday');

    await kitty.send(command(home.arjunUser, 'today'));

    expect(kitty.sentTexts()).toEqual(['The household spent ₹180.00 on 2026-03-18 across 1 expense.']);
  });
});

describe('commands', () => {
  it('/undo after a confirm puts the expense back to draft, with its buttons again', async () => {
    kitty = await startKitty(handle.db);
    home = await telegramHousehold(handle.db);
    await kitty.send(privateText(home.arjunUser, 'coffee 180'));
    const card = resultOf(kitty.fake.callsOf('sendMessage')[0]);
    await kitty.send(callbackQuery(home.arjunUser, card, buttonData(card, '✅ Confirm')));
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => expense.status)).toEqual(['confirmed']);

    await kitty.send(command(home.arjunUser, 'undo'));

    const undo = resultOf(kitty.fake.callsOf('sendMessage')[1]);
    expect(undo.text).toBe('Undid the confirmation: coffee, ₹180.00.\n\n📝 ₹180.00 · Dining out\ncoffee · Wed, Mar 18\npaid by Arjun');
    expect(buttonRows(undo)).toEqual([['✅ Confirm', '✏️ Edit', '🗑 Discard']]);
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => expense.status)).toEqual(['draft']);

    await kitty.send(command(home.arjunUser, 'undo'));
    expect(kitty.sentTexts()[2]).toBe('Nothing of yours to undo from the last day.');
  });

  it('/help lists what Kitty understands and every command', async () => {
    kitty = await startKitty(handle.db);
    home = await telegramHousehold(handle.db);

    await kitty.send(command(home.priyaUser, 'help'));

    expect(kitty.sentTexts()).toEqual([`${HELP_TEXT}\n\nCommands: /today /month /drafts /undo /dashboard /invite /link /settings /help`]);
  });

  it('/drafts shows the drafts waiting, with their buttons and Confirm all', async () => {
    kitty = await startKitty(handle.db);
    home = await telegramHousehold(handle.db);

    await kitty.send(command(home.arjunUser, 'drafts'));
    await say(kitty.engine, home.arjun, 'milk 60');
    await say(kitty.engine, home.priya, 'bread 45');
    await kitty.send(command(home.arjunUser, 'drafts'));

    expect(kitty.sentTexts()[0]).toBe('No drafts waiting.');
    const list = resultOf(kitty.fake.callsOf('sendMessage')[1]);
    expect(list.text).toMatch(/^2 drafts waiting\.\n\n📝 1\. ₹\d+\.00 · .+\n.+\npaid by (Arjun|Priya)\n\n📝 2\. /);
    expect(buttonRows(list)).toEqual([
      ['✅ Confirm 1', '✏️ Edit 1', '🗑 Discard 1'],
      ['✅ Confirm 2', '✏️ Edit 2', '🗑 Discard 2'],
      ['✅ Confirm all'],
    ]);
  });

  it('/settings and /dashboard answer a member; a stranger\'s /today only gets how to start', async () => {
    kitty = await startKitty(handle.db);
    home = await telegramHousehold(handle.db, { name: 'Sharma home' });

    await kitty.send(command(home.arjunUser, 'settings'));
    await kitty.send(command(home.arjunUser, 'dashboard'));

    expect(kitty.sentTexts()).toEqual([
      `Sharma home\nCurrency: INR · Time zone: Asia/Kolkata\nNumbers and dates: ${writingExample('en-IN').number} and ${writingExample('en-IN').date} (automatic, from the currency and time zone)\nChange these, the categories, recurring expenses and the model in the web view: /dashboard.`,
      'The web view is not set up on this Kitty yet (it needs SESSION_SECRET and PUBLIC_URL).',
    ]);

    await kitty.send(command(newStranger(), 'today'));
    expect(kitty.sentTexts()[2]).toBe("I don't know you yet. Send me /start in a private chat to set up a household, or /join CODE to join your partner's.");

    // A locale the household chose is named.
    await updateHousehold(handle.db, home.arjun, { locale: 'de-DE' });
    await kitty.send(command(home.priyaUser, 'settings'));
    expect(kitty.sentTexts()[3]).toContain(`\nNumbers and dates: ${writingExample('de-DE').number} and ${writingExample('de-DE').date} (de-DE)\n`);
  });
});
