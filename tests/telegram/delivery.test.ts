import { describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { listInbound } from '../../src/services/inbox.ts';
import {
  badRequest,
  callbackQuery,
  editedText,
  familyGroup,
  myChatMember,
  photo,
  privateText,
  sticker,
  tooManyRequests,
} from '../support/fake-telegram/index.ts';
import { buttonData, expensesOf, inboxRowsFor, newStranger, resultOf, startKitty, telegramHousehold, telegramTestFile, type Kitty } from './support.ts';

/** Updates as Telegram really delivers them: twice, edited, of kinds Kitty does not read, too many, or while Telegram has a bad moment. */
let handle: DatabaseHandle;
let kitty: Kitty;

telegramTestFile((opened) => (handle = opened), () => kitty);

const GENTLE = 'I read text, voice notes and receipt photos. Try "coffee 180" or /help.';
const OUR_FAULT = 'Something went wrong on my side. Your message is saved; try again in a moment.';

describe('redelivery', () => {
  it('handles an update delivered twice (same update_id) once: one reply, one draft', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);
    const update = privateText(home.arjunUser, 'coffee 180');

    await kitty.send(update);
    await kitty.send(structuredClone(update));

    expect(kitty.fake.callsOf('sendMessage')).toHaveLength(1);
    expect(await expensesOf(handle.db, home.arjun)).toHaveLength(1);
    expect(await inboxRowsFor(handle.db, update.update_id)).toEqual([expect.objectContaining({ state: 'processed', memberId: home.arjun.memberId })]);
    expect(kitty.logs.some((line) => line.includes('telegram update seen before, skipped'))).toBe(true);
  });

  it('acts on a button press delivered twice once', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);
    await kitty.send(privateText(home.arjunUser, 'coffee 180'));
    const card = resultOf(kitty.fake.callsOf('sendMessage')[0]);
    const press = callbackQuery(home.arjunUser, card, buttonData(card, '✅ Confirm'));

    await kitty.send(press);
    await kitty.send(structuredClone(press));

    expect(kitty.fake.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(kitty.fake.callsOf('editMessageText')).toHaveLength(1);
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => expense.status)).toEqual(['confirmed']);
  });
});

describe('updates Kitty does not read', () => {
  it('answers an edited message with a note on how to correct a draft, and changes nothing', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);
    const original = privateText(home.arjunUser, 'coffee 180');
    await kitty.send(original);

    const edit = editedText(original.message, 'coffee 280');
    await kitty.send(edit);

    expect(kitty.sentTexts()[1]).toBe('I read messages as they were first sent. To change a draft, reply to its card with the change, like "make it 450".');
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => expense.amountMinor)).toEqual([18000]);
    expect(await inboxRowsFor(handle.db, edit.update_id)).toEqual([expect.objectContaining({ kind: 'edited_message', state: 'processed' })]);
  });

  it('says a gentle word about a sticker in a private chat and stays silent in a group', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);

    await kitty.send(sticker(home.arjunUser));
    await kitty.send(sticker(home.priyaUser, { chat: familyGroup }));
    await kitty.send(sticker(newStranger()));

    expect(kitty.fake.callsOf('sendMessage').map((call) => [call.params.chat_id, call.params.text])).toEqual([
      [home.arjunUser.id, GENTLE],
      [expect.any(Number), GENTLE],
    ]);
    expect(await expensesOf(handle.db, home.arjun)).toEqual([]);
  });

  it('survives update kinds it has no handler for', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);
    const updates: Update[] = [
      myChatMember(home.arjunUser, familyGroup),
      myChatMember(home.arjunUser, familyGroup, { status: 'kicked' }),
      // A kind newer than this grammY: Telegram adds update types from time to time.
      { update_id: 900_000_000 + Math.floor(Math.random() * 90_000_000), some_future_update: { chat: { id: 1 } } } as unknown as Update,
    ];

    for (const update of updates) await expect(kitty.send(update)).resolves.toBeUndefined();

    expect(kitty.fake.calls).toEqual([]);
    expect(kitty.logs.filter((line) => line.includes('"level":"error"'))).toEqual([]);
    expect((await inboxRowsFor(handle.db, updates[2]!.update_id))[0]?.kind).toBe('some_future_update');
  });
});

describe('reliability', () => {
  it('waits out a 429 from sendMessage and delivers the reply (auto-retry)', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);
    kitty.fake.respondTo('sendMessage', tooManyRequests(1), { times: 1 });

    await kitty.send(privateText(home.arjunUser, 'coffee 180'));

    const sends = kitty.fake.callsOf('sendMessage');
    expect(sends.map((call) => call.response?.ok)).toEqual([false, true]);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(900);
    expect(sends[1]?.params.text).toBe(sends[0]?.params.text);
    expect(sends[1]?.params.text).toMatch(/^Here is the draft\. Confirm it\?/);
  });

  it('answers a flood with one polite line and keeps the rest in the inbox unanswered', async () => {
    kitty = await startKitty(handle.db, { messagesPerMinute: 3 });
    const home = await telegramHousehold(handle.db);
    const updates = ['tea 10', 'tea 20', 'tea 30', 'tea 40', 'tea 50'].map((text) => privateText(home.arjunUser, text));

    for (const update of updates) await kitty.send(update);

    const texts = kitty.sentTexts();
    expect(texts).toHaveLength(4);
    expect(texts.slice(0, 3).every((text) => text.startsWith('Here is the draft.'))).toBe(true);
    expect(texts[3]).toBe('That is a lot of messages at once! Give me a minute, then carry on.');
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => expense.amountMinor)).toEqual([1000, 2000, 3000]);
    const waiting = await listInbound(handle.db, home.arjun, 'received');
    expect(waiting.map((row) => row.payload)).toEqual([updates[3], updates[4]]);
  });

  it('replies kindly and logs when a handler fails, and marks the update failed in the inbox', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);
    // A receipt photo whose file Telegram cannot find: getFile fails inside the handler.
    const receipt = photo(home.arjunUser, [{ fileId: 'AgACAgIAAxkBAAIBgone-photo', width: 1280, height: 960 }]);

    await kitty.send(receipt);

    expect(kitty.fake.callsOf('getFile')[0]?.response).toMatchObject({ ok: false, error_code: 400 });
    expect(kitty.sentTexts()).toEqual([OUR_FAULT]);
    const failure = kitty.logs.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.message === 'telegram update failed');
    expect(failure).toMatchObject({ level: 'error', updateId: receipt.update_id, error: expect.stringContaining('invalid file_id') });
    expect(await inboxRowsFor(handle.db, receipt.update_id)).toEqual([expect.objectContaining({ state: 'failed', error: expect.stringContaining('invalid file_id') })]);
  });

  it('tells the presser when redrawing the card fails (the card was deleted), with the confirm kept', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);
    await kitty.send(privateText(home.arjunUser, 'coffee 180'));
    const card = resultOf(kitty.fake.callsOf('sendMessage')[0]);
    kitty.fake.respondTo('editMessageText', badRequest('message to edit not found'), { times: 1 });

    await kitty.send(callbackQuery(home.arjunUser, card, buttonData(card, '✅ Confirm')));

    expect(kitty.fake.callsOf('answerCallbackQuery').map((call) => call.params.text)).toEqual(['Something went wrong on my side; try again in a moment.']);
    expect(kitty.logs.some((line) => line.includes('telegram update failed'))).toBe(true);
    expect((await expensesOf(handle.db, home.arjun)).map((expense) => expense.status)).toEqual(['confirmed']);
  });
});
