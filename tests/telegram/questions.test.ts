import { describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { getExpense } from '../../src/services/expenses.ts';
import { loadCategoryHints } from '../../src/services/category-hints.ts';
import { asking } from '../support/asking-reader.ts';
import { callbackQuery, privateText } from '../support/fake-telegram/index.ts';
import { buttonData, buttonRows, currentMessage, expensesOf, newStranger, resultOf, startKitty, telegramHousehold, telegramTestFile, type Kitty, type TelegramHousehold } from './support.ts';

/**
 * A card that asks: the guessed category's choices and "Other…" as buttons, "who paid?" as a
 * button per member; a press answers in place. The reading is hand-made (askingReader).
 */
let handle: DatabaseHandle;
let kitty: Kitty;
let home: TelegramHousehold;

telegramTestFile((opened) => (handle = opened), () => kitty);

async function log(text: string): Promise<Message> {
  kitty = await startKitty(handle.db, { offlineReader: asking });
  home = await telegramHousehold(handle.db);
  await kitty.send(privateText(home.arjunUser, text));
  return resultOf(kitty.fake.callsOf('sendMessage')[0]);
}

async function press(card: Message, label: string, who = home.arjunUser): Promise<Message> {
  const now = currentMessage(kitty.fake, card);
  await kitty.send(callbackQuery(who, now, buttonData(now, label)));
  return currentMessage(kitty.fake, card);
}

const toasts = () => kitty.fake.callsOf('answerCallbackQuery').map((call) => call.params.text);

describe('a guessed category on Telegram', () => {
  it('offers the choices and Other… as buttons; a press answers in place and teaches the household', async () => {
    const card = await log('kopi kenangan 45');

    expect(kitty.fake.callsOf('sendMessage')[0]?.params.text).toBe(
      "Here is the draft.\nI'm not sure of the category for “kopi kenangan”: which is it?\n\n" +
        '📝 <b>₹45.00</b> · Dining out?\nkopi kenangan · Wed, Mar 18\npaid by Arjun\n❓ <i>Which category? That one is my guess.</i>',
    );
    expect(buttonRows(card)).toEqual([
      ['Dining out', 'Groceries', 'Shopping'],
      ['Other…'],
      ['✅ Confirm', '✏️ Edit', '🗑 Discard'],
    ]);

    const answered = await press(card, 'Groceries');

    expect(kitty.fake.callsOf('sendMessage')).toHaveLength(1);
    expect(answered.text).toBe('📝 ₹45.00 · Groceries\nkopi kenangan · Wed, Mar 18\npaid by Arjun');
    expect(buttonRows(answered)).toEqual([['✅ Confirm', '✏️ Edit', '🗑 Discard']]);
    expect(toasts()).toEqual(["Groceries it is; I'll remember that for “kopi kenangan”."]);
    expect((await loadCategoryHints(handle.db, home.arjun)).get('kopi kenangan')).toBe('groceries');

    // The old keyboard pressed again: answered, nothing changes twice.
    await kitty.send(callbackQuery(home.arjunUser, card, buttonData(card, 'Groceries')));
    expect(toasts()[1]).toBe('Already Groceries.');

    // Next time the household's answer stands and nothing is asked.
    await kitty.send(privateText(home.arjunUser, 'kopi kenangan 60'));
    const next = resultOf(kitty.fake.callsOf('sendMessage')[1]);
    expect(next.text).toContain('₹60.00 · Groceries\n');
    expect(buttonRows(next)).toEqual([['✅ Confirm', '✏️ Edit', '🗑 Discard']]);
  });

  it('Other… opens the category picker, and a category chosen there answers the question too', async () => {
    const card = await log('kopi kenangan 45');

    const picker = await press(card, 'Other…');
    expect(buttonRows(picker).flat()).toContain('Travel');

    const answered = await press(card, 'Travel');
    expect(answered.text).toContain('₹45.00 · Travel\n');
    expect(buttonRows(answered)).toEqual([['✅ Confirm', '✏️ Edit', '🗑 Discard']]);
    expect((await loadCategoryHints(handle.db, home.arjun)).get('kopi kenangan')).toBe('travel');
  });

  it('refuses a stranger pressing a choice, and changes nothing', async () => {
    const card = await log('kopi kenangan 45');
    const [draft] = await expensesOf(handle.db, home.arjun);

    await kitty.send(callbackQuery(newStranger(), card, buttonData(card, 'Groceries')));

    expect(kitty.fake.callsOf('answerCallbackQuery')[0]?.params).toMatchObject({
      text: 'Only members of this household can use these buttons. Send me /start to set up your own.',
      show_alert: true,
    });
    expect((await getExpense(handle.db, home.arjun, draft!.id)).categoryChoices).toEqual(['dining', 'groceries', 'shopping']);
  });
});

describe('an unknown payer on Telegram', () => {
  it('asks who paid with a button per member, refuses a confirm meanwhile, and redraws with the answer', async () => {
    const card = await log('sam paid 210 for dinner');

    expect(kitty.fake.callsOf('sendMessage')[0]?.params.text).toBe(
      "Here is the draft.\nI don't know Sam in this household: who paid? (or invite them)\n\n" +
        '📝 <b>₹210.00</b> · Dining out\ndinner · Wed, Mar 18\npaid by Sam?\n❓ <i>Who paid? Sam is not in this household.</i>',
    );
    expect(buttonRows(card)).toEqual([['Arjun paid', 'Priya paid'], ['✅ Confirm', '✏️ Edit', '🗑 Discard']]);

    await press(card, '✅ Confirm');
    expect(kitty.fake.callsOf('answerCallbackQuery')[0]?.params).toMatchObject({
      text: 'Who paid? The message says sam paid, and sam is not in this household. Choose who paid (or invite them) before confirming.',
      show_alert: true,
    });
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => expense.status)).toEqual(['draft']);

    const answered = await press(card, 'Priya paid');
    expect(answered.text).toBe('📝 ₹210.00 · Dining out\ndinner · Wed, Mar 18\npaid by Priya');
    expect(toasts()[1]).toBe('Paid by Priya.');

    await press(answered, '✅ Confirm');
    const [expense] = await expensesOf(handle.db, home.arjun);
    expect(expense).toMatchObject({ status: 'confirmed', paidBy: home.priya.memberId });
  });
});
