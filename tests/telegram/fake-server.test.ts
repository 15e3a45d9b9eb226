import { randomBytes } from 'node:crypto';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, InlineKeyboard, InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  arjunUser,
  callbackQuery,
  familyGroup,
  groupText,
  myChatMember,
  photo,
  priyaUser,
  privateText,
  replyTo,
  startCommand,
  startFakeTelegram,
  tooManyRequests,
  voiceNote,
  type FakeTelegram,
} from '../support/fake-telegram/index.ts';

/** The self-test of the fake Bot API: grammY's real Bot and client against it, over real HTTP. */
describe('fake Telegram Bot API', () => {
  let telegram: FakeTelegram;
  let bot: Bot;

  beforeEach(async () => {
    telegram = await startFakeTelegram();
    bot = new Bot(telegram.token, { botInfo: telegram.botInfo, client: { apiRoot: telegram.apiRoot } });
  });

  afterEach(async () => {
    await telegram.close();
  });

  it('answers getMe with the bot when grammY initialises without botInfo', async () => {
    const initialising = new Bot(telegram.token, { client: { apiRoot: telegram.apiRoot } });
    await initialising.init();

    expect(initialising.botInfo).toMatchObject({ is_bot: true, username: 'kitty_household_bot', can_join_groups: true, id: Number(telegram.token.split(':')[0]) });
    expect(telegram.callsOf('getMe')).toHaveLength(1);
  });

  it('sends a message with a keyboard, answers the button press and edits the message', async () => {
    const keyboard = new InlineKeyboard().text('Confirm', 'draft:confirm:41').text('Discard', 'draft:discard:41');
    const sent = await bot.api.sendMessage(arjunUser.id, 'Draft: <b>₹250</b> groceries', { parse_mode: 'HTML', reply_markup: keyboard });
    expect(sent).toMatchObject({ chat: { id: arjunUser.id, type: 'private' }, from: { is_bot: true }, text: 'Draft: ₹250 groceries', reply_markup: keyboard });
    const next = await bot.api.sendMessage(arjunUser.id, 'second');
    expect(next.message_id).toBe(sent.message_id + 1);

    bot.callbackQuery(/^draft:confirm:/, async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Saved' });
      await ctx.editMessageText('Saved ₹250 groceries');
    });
    await bot.handleUpdate(callbackQuery(arjunUser, sent, 'draft:confirm:41'));

    expect(telegram.callsOf('answerCallbackQuery')[0]?.params).toMatchObject({ text: 'Saved' });
    const edit = telegram.callsOf('editMessageText')[0];
    expect(edit?.params).toMatchObject({ chat_id: arjunUser.id, message_id: sent.message_id, text: 'Saved ₹250 groceries' });
    expect(edit?.response).toMatchObject({ ok: true, result: { message_id: sent.message_id, text: 'Saved ₹250 groceries', edit_date: expect.any(Number) } });
    // An edit that does not resend the keyboard removes it, as on Telegram.
    expect(edit?.response?.ok && (edit.response.result as { reply_markup?: unknown }).reply_markup).toBeUndefined();
    await expect(bot.api.editMessageText(arjunUser.id, sent.message_id, 'Saved ₹250 groceries')).rejects.toThrow(/message is not modified/);
  });

  it('rejects what Telegram rejects: unescaped markup and oversized callback data', async () => {
    await expect(bot.api.sendMessage(arjunUser.id, 'Spent ₹250 (groceries).', { parse_mode: 'MarkdownV2' })).rejects.toThrow(/Character '\(' is reserved/);
    await expect(bot.api.sendMessage(arjunUser.id, '2 < 3', { parse_mode: 'HTML' })).rejects.toThrow(/can't parse entities/);
    const tooLong = new InlineKeyboard().text('Confirm', `draft:${'x'.repeat(60)}`);
    await expect(bot.api.sendMessage(arjunUser.id, 'Draft', { reply_markup: tooLong })).rejects.toThrow(/BUTTON_DATA_INVALID/);
  });

  it('records a photo upload sent as multipart and serves it back', async () => {
    const png = fakePng(640, 480);
    const sent = await bot.api.sendPhoto(familyGroup.id, new InputFile(png, 'march.png'), { caption: 'March spending' });

    const call = telegram.callsOf('sendPhoto')[0];
    expect(call?.encoding).toBe('multipart');
    expect(call?.params).toMatchObject({ chat_id: familyGroup.id, caption: 'March spending', photo: expect.stringMatching(/^attach:\/\//) });
    expect(call?.files).toHaveLength(1);
    expect(call?.files[0]).toMatchObject({ field: 'photo', filename: 'march.png', size: png.length });
    expect(call?.files[0]?.head.subarray(0, 4).toString('latin1')).toBe('\x89PNG');

    expect(sent.chat).toEqual(familyGroup);
    expect(sent.caption).toBe('March spending');
    const largest = sent.photo.at(-1);
    expect(largest).toMatchObject({ width: 640, height: 480, file_size: png.length });
    const file = await bot.api.getFile(largest?.file_id ?? '');
    const download = await fetch(`${telegram.apiRoot}/file/bot${telegram.token}/${file.file_path ?? ''}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(png)).toBe(true);
  });

  it('serves a file added by the test through getFile and the download URL', async () => {
    const ogg = Buffer.concat([Buffer.from('OggS'), randomBytes(2_000)]);
    telegram.addFile('AwACAgIAAxkBAAIBvoice-of-arjun', ogg);

    const file = await bot.api.getFile('AwACAgIAAxkBAAIBvoice-of-arjun');
    expect(file).toMatchObject({ file_id: 'AwACAgIAAxkBAAIBvoice-of-arjun', file_size: ogg.length, file_path: expect.stringMatching(/^voice\/file_\d+\.oga$/) });
    const download = await fetch(`${telegram.apiRoot}/file/bot${telegram.token}/${file.file_path ?? ''}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(ogg)).toBe(true);
    expect(telegram.downloads).toEqual([expect.objectContaining({ filePath: file.file_path, found: true })]);

    await expect(bot.api.getFile('no-such-file')).rejects.toThrow(/invalid file_id/);
  });

  it('answers 429 once and lets auto-retry succeed after retry_after', async () => {
    bot.api.config.use(autoRetry());
    telegram.respondTo('sendMessage', tooManyRequests(1), { times: 1 });

    const sent = await bot.api.sendMessage(priyaUser.id, 'Budget alert');

    expect(sent.text).toBe('Budget alert');
    const [limited, retried] = telegram.callsOf('sendMessage');
    expect(limited?.response).toEqual({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    expect(retried?.response?.ok).toBe(true);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('long-polls a pushed update through bot.start() and confirms it on bot.stop()', async () => {
    const received = new Promise<string>((resolve) => bot.on('message:text', (ctx) => resolve(ctx.message.text)));
    const running = bot.start({ timeout: 30 });
    await telegram.waitForCall('getUpdates', (call) => call.params.timeout === 30);

    telegram.pushUpdate(privateText(arjunUser, 'spent 250 on groceries'));
    expect(await received).toBe('spent 250 on groceries');
    await bot.stop();
    await running;

    expect(telegram.calls.map((call) => call.method).slice(0, 2)).toEqual(['deleteWebhook', 'getUpdates']);
    expect(telegram.pendingUpdates).toBe(0);
  });

  it('answers unknown methods and a wrong token like the Bot API', async () => {
    const unknown = await fetch(`${telegram.apiRoot}/bot${telegram.token}/sendUnicorn`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error_code: 404, description: 'Not Found: method not found' });
    const unauthorized = await fetch(`${telegram.apiRoot}/bot123:wrong/getMe`, { method: 'POST' });
    expect(await unauthorized.json()).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });
  });

  it('builds updates grammY routes like real ones', async () => {
    const seen: string[] = [];
    bot.command('start', (ctx) => void seen.push(`start:${ctx.match}`));
    bot.on('message:voice', (ctx) => void seen.push(`voice:${ctx.message.voice.duration}`));
    bot.on('message:photo', (ctx) => void seen.push(`photo:${ctx.message.photo.length}:${ctx.message.caption ?? ''}`));
    bot.on('message:entities:mention', (ctx) => void seen.push(`mention:${ctx.chat.type}`));
    bot.on('message:text', (ctx) => void seen.push(`reply-to-buttons:${ctx.message.reply_to_message?.reply_markup?.inline_keyboard.length ?? 0}`));
    bot.on('my_chat_member', (ctx) => void seen.push(`added:${ctx.myChatMember.new_chat_member.status}`));

    const draft = await bot.api.sendMessage(arjunUser.id, 'Draft', { reply_markup: new InlineKeyboard().text('Confirm', 'c') });
    const updates = [
      startCommand(arjunUser, 'invite-7f3a'),
      voiceNote(arjunUser, { fileId: 'AwACvoice', duration: 4, fileSize: 9_000 }),
      photo(priyaUser, [{ fileId: 'AgACsmall', width: 90, height: 67 }, { fileId: 'AgAClarge', width: 1280, height: 960, fileSize: 120_000 }], 'receipt'),
      groupText(priyaUser, familyGroup, '@kitty_household_bot how much this week?'),
      replyTo(draft, arjunUser, 'make it 300'),
      myChatMember(arjunUser, familyGroup),
    ];
    for (const update of updates) await bot.handleUpdate(update);

    expect(seen).toEqual(['start:invite-7f3a', 'voice:4', 'photo:2:receipt', 'mention:supergroup', 'reply-to-buttons:1', 'added:member']);
    const ids = updates.map((update) => update.update_id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/** A PNG signature and IHDR chunk (enough for the fake to read the size), then noise. */
function fakePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(24);
  Buffer.from('\x89PNG\r\n\x1a\n', 'latin1').copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return Buffer.concat([header, randomBytes(4_000)]);
}
