/**
 * Messages: text goes to the engine as it is; a reply to a draft card corrects that draft; voice
 * notes are transcribed first (and kept in the inbox, deferred, when no transcriber is set);
 * photos go to a vision-capable model as receipts.
 */
import { Composer } from 'grammy';
import type { Message } from 'grammy/types';
import type { HouseholdScope } from '../../../db/scope.ts';
import type { Reply } from '../../../engine/reply.ts';
import type { KittyContext, TelegramDeps } from '../context.ts';
import { cardsText, draftKeyboard, escapeHtml } from '../render.ts';
import { sendReply } from '../send.ts';

/** The Bot API serves downloads up to 20 MB. */
const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
const NOT_A_MEMBER = 'I don\'t know you yet. Send me /start in a private chat to set up a household, or /join CODE to join your partner\'s.';
const RECEIPT_PROMPT = 'This is a photo of a receipt or bill: log what was bought as drafts, with the merchant in each description.';

export function messages(deps: TelegramDeps): Composer<KittyContext> {
  const composer = new Composer<KittyContext>();
  const { engine } = deps;

  composer.on('message:text', async (ctx) => {
    const member = ctx.kitty.member;
    if (!member) return ctx.chat.type === 'private' ? ctx.reply(NOT_A_MEMBER) : undefined;
    const card = cardRepliedTo(ctx.msg.reply_to_message, ctx.me.id, deps);
    const reply = await handle(ctx, member, ctx.msg.text, card ? { replyToExpenseId: card } : {});
    if (card && reply.drafts.some((draft) => draft.expenseId === card)) {
      // A correction sent as a reply to a card: the card itself shows the change.
      const cards = await engine.cardsFromSameMessage(member, card);
      const keyboard = draftKeyboard(cards, deps.codec);
      await ctx.api
        .editMessageText(ctx.chat.id, ctx.msg.reply_to_message!.message_id, cardsText(cards), { parse_mode: 'HTML', ...(keyboard && { reply_markup: keyboard }) })
        .catch(() => undefined);
      return ctx.reply(escapeHtml(reply.text), { parse_mode: 'HTML' });
    }
    return sendReply(ctx, deps, reply);
  });

  composer.on('edited_message', async (ctx) => {
    if (!ctx.kitty.member) return;
    await ctx.reply('I read messages as they were first sent. To change a draft, reply to its card with the change, like "make it 450".');
    await settle(ctx, ctx.kitty.member);
  });

  composer.on(['message:voice', 'message:audio'], async (ctx) => {
    const member = ctx.kitty.member;
    if (!member) return ctx.chat.type === 'private' ? ctx.reply(NOT_A_MEMBER) : undefined;
    const audio = ctx.msg.voice ?? ctx.msg.audio;
    if (!audio) return;
    if (!deps.transcriber) {
      await engine.settle(member, ctx.kitty.inboundId!, { state: 'deferred', error: 'no transcriber configured' });
      return ctx.reply('I can\'t listen to voice notes yet: no transcriber is set up (TRANSCRIBE_PROVIDER). I kept your note and will read it once one is. Meanwhile, type it?');
    }
    if ((audio.file_size ?? 0) > MAX_DOWNLOAD_BYTES) return fail(ctx, member, 'That recording is too long for me (over 20 MB). Send a shorter voice note?');
    await ctx.replyWithChatAction('typing');
    const data = await download(ctx, deps);
    let text: string;
    try {
      text = (await deps.transcriber.transcribe({ data, mimeType: audio.mime_type ?? 'audio/ogg', fileName: 'voice.ogg' })).text.trim();
    } catch (error) {
      // The details (a server's address, a status) are for the log, not the chat.
      deps.logger.warn('transcribing a voice note failed', { error: error instanceof Error ? error.message : String(error) });
      return fail(ctx, member, "I couldn't make out that voice note: the transcription service did not answer properly. It is kept; try again or type it?");
    }
    if (text === '') return fail(ctx, member, 'I heard nothing I could write down in that voice note. Try again, or type it?');
    await ctx.reply(`🎙 <i>“${escapeHtml(text)}”</i>`, { parse_mode: 'HTML' });
    return sendReply(ctx, deps, await handle(ctx, member, text));
  });

  composer.on('message:photo', async (ctx) => {
    const member = ctx.kitty.member;
    if (!member) return ctx.chat.type === 'private' ? ctx.reply(NOT_A_MEMBER) : undefined;
    const largest = ctx.msg.photo.at(-1);
    if (!largest || (largest.file_size ?? 0) > MAX_DOWNLOAD_BYTES) return fail(ctx, member, 'That photo is too large for me (over 20 MB).');
    await ctx.replyWithChatAction('typing');
    const data = await download(ctx, deps);
    const caption = ctx.msg.caption?.trim();
    return sendReply(
      ctx,
      deps,
      await handle(ctx, member, caption ? `${RECEIPT_PROMPT}\n${caption}` : RECEIPT_PROMPT, { media: [{ type: 'media', mimeType: 'image/jpeg', data }] }),
    );
  });

  async function handle(
    ctx: KittyContext,
    member: HouseholdScope,
    text: string,
    extra: { replyToExpenseId?: string; media?: [{ type: 'media'; mimeType: string; data: Uint8Array }] } = {},
  ): Promise<Reply> {
    return engine.handle(
      { channel: 'telegram', externalId: String(ctx.update.update_id), text, inboundId: ctx.kitty.inboundId!, ...extra },
      member,
    );
  }

  async function fail(ctx: KittyContext, member: HouseholdScope, message: string) {
    await engine.settle(member, ctx.kitty.inboundId!, { state: 'failed', error: message });
    return ctx.reply(message);
  }

  async function settle(ctx: KittyContext, member: HouseholdScope) {
    if (ctx.kitty.inboundId) await engine.settle(member, ctx.kitty.inboundId, { state: 'processed' });
  }

  return composer;
}

/**
 * The draft a reply points at, read from the bot's signed buttons: on a card, the first waiting
 * draft (its Confirm comes first); on a draft's edit menu or date picker, which ask for exactly
 * such a reply and carry no Confirm, the draft being edited.
 */
function cardRepliedTo(message: Message | undefined, botId: number, deps: TelegramDeps): string | undefined {
  if (!message || message.from?.id !== botId) return undefined;
  for (const row of message.reply_markup?.inline_keyboard ?? []) {
    for (const button of row) {
      const action = 'callback_data' in button && button.callback_data ? deps.codec.decode(button.callback_data) : undefined;
      if (action && 'expenseId' in action) return action.expenseId;
    }
  }
  return undefined;
}

async function download(ctx: KittyContext, deps: TelegramDeps): Promise<Uint8Array> {
  const file = await ctx.getFile();
  if (!file.file_path) throw new Error('Telegram gave no file path to download.');
  const response = await fetch(`${deps.fileRoot}/${file.file_path}`);
  if (!response.ok) throw new Error(`Downloading a file from Telegram failed with ${response.status}.`);
  return new Uint8Array(await response.arrayBuffer());
}

