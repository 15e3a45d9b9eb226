import { describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { callbackQuery, privateText, replyTo } from '../support/fake-telegram/index.ts';
import { buttonData, buttonRows, currentMessage, expensesOf, resultOf, startKitty, telegramHousehold, telegramTestFile, type Kitty, type TelegramHousehold } from './support.ts';

/** Draft cards in a private chat: one message for all drafts of a message, redrawn in place on every press. */
let handle: DatabaseHandle;
let kitty: Kitty;
let home: TelegramHousehold;

telegramTestFile((opened) => (handle = opened), () => kitty);

const TWO_DRAFTS = [
  '📝 1. <b>₹250.00</b> · Transport\nuber · Wed, Mar 18\npaid by Arjun',
  '📝 2. <b>₹400.00</b> · Dining out\nlunch · Wed, Mar 18\npaid by Arjun',
];

/** Arjun logs "uber 250 and lunch 400"; returns the card message. */
async function logTwo(): Promise<Message> {
  kitty = await startKitty(handle.db);
  home = await telegramHousehold(handle.db);
  await kitty.send(privateText(home.arjunUser, 'uber 250 and lunch 400'));
  return resultOf(kitty.fake.callsOf('sendMessage')[0]);
}

async function press(card: Message, label: string): Promise<Message> {
  const now = currentMessage(kitty.fake, card);
  await kitty.send(callbackQuery(home.arjunUser, now, buttonData(now, label)));
  return currentMessage(kitty.fake, card);
}

const toasts = () => kitty.fake.callsOf('answerCallbackQuery').map((call) => call.params.text);
const statuses = async () => (await expensesOf(handle.db, home.arjun)).map((expense) => `${expense.description} ${expense.status} ${expense.amountMinor}`);

describe('logging in a private chat', () => {
  it('shows both drafts in one message with a row of buttons per draft and Confirm all', async () => {
    const card = await logTwo();

    expect(kitty.fake.callsOf('sendMessage')).toHaveLength(1);
    expect(kitty.fake.callsOf('sendMessage')[0]?.params).toMatchObject({
      chat_id: home.arjunUser.id,
      parse_mode: 'HTML',
      text: `Here are 2 drafts. Confirm them?\n\n${TWO_DRAFTS.join('\n\n')}`,
    });
    expect(buttonRows(card)).toEqual([
      ['✅ Confirm 1', '✏️ Edit 1', '🗑 Discard 1'],
      ['✅ Confirm 2', '✏️ Edit 2', '🗑 Discard 2'],
      ['✅ Confirm all'],
    ]);
    expect(await statuses()).toEqual(['uber draft 25000', 'lunch draft 40000']);
  });

  it('confirms one draft by editing the same message in place, then the rest with Confirm all; pressing again is harmless', async () => {
    const card = await logTwo();

    const afterOne = await press(card, '✅ Confirm 1');
    expect(kitty.fake.callsOf('sendMessage')).toHaveLength(1);
    expect(kitty.fake.callsOf('editMessageText')[0]?.params).toMatchObject({ chat_id: card.chat.id, message_id: card.message_id });
    expect(afterOne.text).toBe(`✅ 1. ₹250.00 · Transport\nuber · Wed, Mar 18\npaid by Arjun\n\n${TWO_DRAFTS[1]!.replace(/<\/?b>/g, '')}`);
    expect(buttonRows(afterOne)).toEqual([['✅ Confirm 2', '✏️ Edit 2', '🗑 Discard 2']]);
    expect(toasts()).toEqual(['Confirmed: uber, ₹250.00.']);
    expect(await statuses()).toEqual(['uber confirmed 25000', 'lunch draft 40000']);

    // The old message's Confirm all is still on the phone; it confirms what is left.
    await kitty.send(callbackQuery(home.arjunUser, card, buttonData(card, '✅ Confirm all')));
    const allDone = currentMessage(kitty.fake, card);
    expect(allDone.text).toMatch(/^✅ 1\. ₹250\.00 · Transport[\s\S]*\n\n✅ 2\. ₹400\.00 · Dining out/);
    expect(allDone.reply_markup).toBeUndefined();
    expect(toasts()).toEqual(['Confirmed: uber, ₹250.00.', 'Confirmed 1 expense.']);
    expect(await statuses()).toEqual(['uber confirmed 25000', 'lunch confirmed 40000']);

    // A double tap: answered, nothing changes, no error and no new message.
    await kitty.send(callbackQuery(home.arjunUser, card, buttonData(card, '✅ Confirm all')));
    await kitty.send(callbackQuery(home.arjunUser, card, buttonData(card, '✅ Confirm 1')));
    expect(toasts()).toEqual(['Confirmed: uber, ₹250.00.', 'Confirmed 1 expense.', 'Already confirmed.', 'Already confirmed.']);
    expect(kitty.fake.callsOf('sendMessage')).toHaveLength(1);
    expect(await statuses()).toEqual(['uber confirmed 25000', 'lunch confirmed 40000']);
  });

  it('discards one draft and keeps the other waiting', async () => {
    const card = await logTwo();

    const after = await press(card, '🗑 Discard 2');

    expect(after.text).toMatch(/\n\n🗑 2\. ₹400\.00 · Dining out/);
    expect(buttonRows(after)).toEqual([['✅ Confirm 1', '✏️ Edit 1', '🗑 Discard 1']]);
    expect(toasts()).toEqual(['Discarded: lunch, ₹400.00.']);
    expect(await statuses()).toEqual(['uber draft 25000', 'lunch discarded 40000']);
  });
});

describe('editing a draft', () => {
  it('opens the category and date pickers in place; a choice changes the draft and redraws the card', async () => {
    const card = await logTwo();

    const menu = await press(card, '✏️ Edit 2');
    expect(menu.text).toBe(
      '📝 ₹400.00 · Dining out\nlunch · Wed, Mar 18\npaid by Arjun\n\nPick a category or date below, or reply to this message with a new amount or any change ("450", "split with priya").',
    );
    const rows = buttonRows(menu);
    expect(rows[0]).toEqual(['Groceries', '• Dining out', 'Transport']);
    expect(rows.slice(-2)).toEqual([['Today', 'Yesterday', 'Pick a date…'], ['↩ Back']]);

    const recategorised = await press(card, 'Groceries');
    expect(recategorised.text).toMatch(/\n\n📝 2\. ₹400\.00 · Groceries\nlunch · Wed, Mar 18/);
    expect(buttonRows(recategorised)).toHaveLength(3);

    await press(card, '✏️ Edit 2');
    const redated = await press(card, 'Yesterday');
    expect(redated.text).toMatch(/📝 2\. ₹400\.00 · Groceries\nlunch · Tue, Mar 17/);

    await press(card, '✏️ Edit 1');
    const picker = await press(card, 'Pick a date…');
    // Two weeks ending today (Wednesday 18 March in Kolkata), a week per row.
    expect(buttonRows(picker)).toEqual([
      ['Thu 5', 'Fri 6', 'Sat 7', 'Sun 8', 'Mon 9', 'Tue 10', 'Wed 11'],
      ['Thu 12', 'Fri 13', 'Sat 14', 'Sun 15', 'Mon 16', 'Tue 17', 'Wed 18'],
      ['↩ Back'],
    ]);
    await press(card, 'Fri 13');

    expect(toasts()).toEqual(['', 'Category changed.', '', 'Date changed.', '', '', 'Date changed.']);
    const expenses = await expensesOf(handle.db, home.arjun);
    expect(expenses.map((expense) => [expense.description, expense.categorySlug, expense.spentOn, expense.status])).toEqual([
      ['uber', 'transport', '2026-03-13', 'draft'],
      ['lunch', 'groceries', '2026-03-17', 'draft'],
    ]);
    expect(kitty.fake.callsOf('sendMessage')).toHaveLength(1);
  });

  it('leaves the menu with Back, unchanged', async () => {
    const card = await logTwo();
    await press(card, '✏️ Edit 1');

    const back = await press(card, '↩ Back');

    expect(back.text).toBe(TWO_DRAFTS.join('\n\n').replace(/<\/?b>/g, ''));
    expect(buttonRows(back)).toEqual(buttonRows(card));
  });

  it('takes a reply to the card as a correction of its draft and redraws the card in place', async () => {
    const card = await logTwo();

    // The card's first waiting draft is the uber, though the lunch is the latest draft.
    await kitty.send(replyTo(card, home.arjunUser, 'make it 450'));

    expect(await statuses()).toEqual(['uber draft 45000', 'lunch draft 40000']);
    const redrawn = kitty.fake.callsOf('editMessageText')[0];
    expect(redrawn?.params).toMatchObject({ chat_id: card.chat.id, message_id: card.message_id });
    expect(resultOf(redrawn).text).toMatch(/^📝 1\. ₹450\.00 · Transport\nuber/);
    expect(buttonRows(resultOf(redrawn))).toEqual(buttonRows(card));
    expect(kitty.sentTexts().slice(1)).toEqual(['Updated: uber, ₹450.00.']);
  });

  it('takes a reply to the edit menu as a correction of the draft being edited', async () => {
    const card = await logTwo();
    const menu = await press(card, '✏️ Edit 2');

    await kitty.send(replyTo(menu, home.arjunUser, 'make it 450'));

    expect(await statuses()).toEqual(['uber draft 25000', 'lunch draft 45000']);
    const redrawn = currentMessage(kitty.fake, card);
    expect(redrawn.text).toMatch(/\n\n📝 2\. ₹450\.00 · Dining out/);
    expect(kitty.sentTexts().slice(1)).toEqual(['Updated: lunch, ₹450.00.']);

    // The edit menu told them to reply to it; replying to the first draft's menu must not touch the latest one.
    const firstMenu = await press(card, '✏️ Edit 1');
    await kitty.send(replyTo(firstMenu, home.arjunUser, 'make it 300'));
    expect(await statuses()).toEqual(['uber draft 30000', 'lunch draft 45000']);
  });
});
