import { describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { createCallbackCodec } from '../../src/channels/telegram/callback-data.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { callbackQuery, familyGroup, groupText, privateText } from '../support/fake-telegram/index.ts';
import {
  buttonData,
  currentMessage,
  expensesOf,
  inboxRowsFor,
  newStranger,
  resultOf,
  startKitty,
  telegramHousehold,
  telegramTestFile,
  type Kitty,
  type TelegramHousehold,
} from './support.ts';

/** Who may do what: group members act as themselves, strangers and other households touch nothing. */
let handle: DatabaseHandle;
let kitty: Kitty;

telegramTestFile((opened) => (handle = opened), () => kitty);

const NOT_YOURS = 'That card is not from your household.';
const STALE = 'This button no longer works. Send the expense again.';

/** Arjun logs "uber 250 and lunch 400" in a private chat; returns the card. */
async function arjunsCard(home: TelegramHousehold): Promise<Message> {
  await kitty.send(privateText(home.arjunUser, 'uber 250 and lunch 400'));
  return resultOf(kitty.fake.callsOf('sendMessage').at(-1));
}

const alerts = () => kitty.fake.callsOf('answerCallbackQuery').map((call) => [call.params.text, call.params.show_alert]);

describe('a group chat', () => {
  it('resolves each sender to their own member: paid by and logged by whoever wrote', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);

    await kitty.send(groupText(home.arjunUser, familyGroup, 'coffee 180'));
    await kitty.send(groupText(home.priyaUser, familyGroup, 'groceries 900'));

    expect(kitty.fake.callsOf('sendMessage').map((call) => [call.params.chat_id, call.params.text])).toEqual([
      [familyGroup.id, 'Here is the draft. Confirm it?\n\n📝 <b>₹180.00</b> · Dining out\ncoffee · Wed, Mar 18\npaid by Arjun'],
      [familyGroup.id, 'Here is the draft. Confirm it?\n\n📝 <b>₹900.00</b> · Groceries\ngroceries · Wed, Mar 18\npaid by Priya'],
    ]);
    const [coffee, groceries] = await expensesOf(handle.db, home.arjun);
    expect(coffee).toMatchObject({ description: 'coffee', paidBy: home.arjun.memberId, loggedBy: home.arjun.memberId });
    expect(groceries).toMatchObject({ description: 'groceries', paidBy: home.priya.memberId, loggedBy: home.priya.memberId });

    // Either partner may confirm the other's draft: it is one household.
    const card = resultOf(kitty.fake.callsOf('sendMessage')[0]);
    await kitty.send(callbackQuery(home.priyaUser, card, buttonData(card, '✅ Confirm')));
    expect(alerts()).toEqual([['Confirmed: coffee, ₹180.00.', undefined]]);
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => expense.status)).toEqual(['confirmed', 'draft']);
  });

  it('gives a stranger in the group no access: their text is ignored and their button press refused', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);
    const stranger = newStranger();
    await kitty.send(groupText(home.arjunUser, familyGroup, 'coffee 180'));
    const card = resultOf(kitty.fake.callsOf('sendMessage')[0]);
    const before = await expensesOf(handle.db, home.arjun);

    const text = groupText(stranger, familyGroup, 'coffee 999');
    await kitty.send(text);
    await kitty.send(callbackQuery(stranger, card, buttonData(card, '✅ Confirm')));
    await kitty.send(callbackQuery(stranger, card, buttonData(card, '🗑 Discard')));

    expect(kitty.fake.callsOf('sendMessage')).toHaveLength(1);
    expect(kitty.fake.callsOf('editMessageText')).toHaveLength(0);
    const refusal = 'Only members of this household can use these buttons. Send me /start to set up your own.';
    expect(alerts()).toEqual([
      [refusal, true],
      [refusal, true],
    ]);
    expect(await expensesOf(handle.db, home.arjun)).toEqual(before);
    // The stranger's message is kept, belonging to no household.
    expect(await inboxRowsFor(handle.db, text.update_id)).toEqual([expect.objectContaining({ householdId: null, memberId: null, state: 'received' })]);
  });

  it('tells a stranger in a private chat how to start, without logging anything', async () => {
    kitty = await startKitty(handle.db);

    await kitty.send(privateText(newStranger(), 'coffee 180'));

    expect(kitty.sentTexts()).toEqual([
      "I don't know you yet. Send me /start in a private chat to set up a household, or /join CODE to join your partner's.",
    ]);
  });
});

describe('buttons from another household', () => {
  it('refuses every kind of button of household A pressed by a member of household B, changing nothing', async () => {
    kitty = await startKitty(handle.db);
    const a = await telegramHousehold(handle.db);
    const b = await telegramHousehold(handle.db);
    const card = await arjunsCard(a);
    const menu = await (async () => {
      await kitty.send(callbackQuery(a.arjunUser, card, buttonData(card, '✏️ Edit 1')));
      return currentMessage(kitty.fake, card);
    })();
    const before = await expensesOf(handle.db, a.arjun);
    const edits = kitty.fake.callsOf('editMessageText').length;

    // The data is genuinely signed by this bot: B forwarded the card, or read its buttons.
    for (const [message, label] of [
      [card, '✅ Confirm 1'],
      [card, '🗑 Discard 2'],
      [card, '✅ Confirm all'],
      [card, '✏️ Edit 2'],
      [menu, 'Groceries'],
      [menu, 'Yesterday'],
      [menu, 'Pick a date…'],
      [menu, '↩ Back'],
    ] as const) {
      await kitty.send(callbackQuery(b.priyaUser, message, buttonData(message, label)));
    }

    expect(alerts().slice(1)).toEqual(Array.from({ length: 8 }, () => [NOT_YOURS, true]));
    expect(kitty.fake.callsOf('editMessageText')).toHaveLength(edits);
    expect(await expensesOf(handle.db, a.arjun)).toEqual(before);
    expect(await expensesOf(handle.db, b.arjun)).toEqual([]);
  });

  it('refuses tampered callback data: a bad MAC, another expense id under an old MAC, another bot key', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);
    const card = await arjunsCard(home);
    const confirm = buttonData(card, '✅ Confirm 1');
    const [code, id, mac] = confirm.split(':') as [string, string, string];
    const otherId = buttonData(card, '✅ Confirm 2').split(':')[1]!;
    const flipped = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    const [uber] = await expensesOf(handle.db, home.arjun);
    const otherBot = createCallbackCodec('123:another-bot-token').encode({ kind: 'confirm', expenseId: uber!.id });

    for (const data of [`${code}:${id}:${flipped}`, `${code}:${otherId}:${mac}`, `d:${id}:2026-03-01:${mac}`, otherBot, 'c', '']) {
      await kitty.send(callbackQuery(home.arjunUser, card, data));
    }

    expect(alerts()).toEqual(Array.from({ length: 6 }, () => [STALE, true]));
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => expense.status)).toEqual(['draft', 'draft']);
    expect(kitty.fake.callsOf('editMessageText')).toHaveLength(0);
  });
});
