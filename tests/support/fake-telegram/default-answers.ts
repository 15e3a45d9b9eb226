import type { Chat, InlineKeyboardMarkup, Message, MessageEntity, PhotoSize } from 'grammy/types';
import { badRequest, botApiOk, type BotApiResponse, type UploadedFile } from './bot-api.ts';
import type { BotWorld } from './bot-world.ts';
import { parseFormattedText } from './formatting.ts';
import type { UpdateQueue } from './update-queue.ts';

type Params = Record<string, unknown>;
type Answer = (params: Params, files: readonly UploadedFile[]) => BotApiResponse;

/**
 * Telegram's answer to each method the fake knows, keyed by lower-cased name (the Bot API
 * ignores the case of method names). Results are shaped like the real ones, and the checks are
 * the real Bad Requests a bot most often runs into: over-long text, unescaped markup, callback
 * data over 64 bytes, "message is not modified", invalid command names.
 */
export function defaultAnswers(world: BotWorld, queue: UpdateQueue): ReadonlyMap<string, Answer> {
  const now = (): number => Math.floor(Date.now() / 1000);

  const send = (params: Params, content: Partial<Message>): BotApiResponse => {
    const chat = world.resolveChat(params.chat_id);
    if ('ok' in chat) return chat;
    const markup = inlineMarkup(params.reply_markup);
    if ('error' in markup) return markup.error;
    const quoted = replyTarget(world, chat, params);
    const message = {
      message_id: world.nextMessageId(),
      from: world.botUser,
      chat,
      date: now(),
      ...(quoted ? { reply_to_message: quoted } : {}),
      ...content,
      ...(markup.markup ? { reply_markup: markup.markup } : {}),
    } as Message; // content makes it one of Message's variants, which TypeScript cannot follow
    return botApiOk(world.storeMessage(message));
  };

  /**
   * The message an edit targets, or the error Telegram gives; inline messages have no Message. A
   * message the fake never saw (sent before the test, or delivered by handleUpdate) is taken to
   * be the bot's, shaped like `unseen`.
   */
  const editTarget = (params: Params, unseen: Partial<Message>): Message | BotApiResponse | 'inline' => {
    if (typeof params.inline_message_id === 'string') return 'inline';
    const chat = world.resolveChat(params.chat_id);
    if ('ok' in chat) return chat;
    if (typeof params.message_id !== 'number') return badRequest('message identifier is not specified');
    const known = world.findMessage(chat.id, params.message_id);
    if (known && known.from?.id !== world.botUser.id) return badRequest("message can't be edited");
    return known ?? ({ message_id: params.message_id, from: world.botUser, chat, date: now() - 60, ...unseen } as Message);
  };

  const edit = (params: Params, unseen: Partial<Message>, change: (message: Message) => Partial<Message> | BotApiResponse): BotApiResponse => {
    const target = editTarget(params, unseen);
    if (target === 'inline') return botApiOk(true);
    if ('ok' in target) return target;
    const markup = inlineMarkup(params.reply_markup);
    if ('error' in markup) return markup.error;
    const changed = change(target);
    if ('ok' in changed) return changed;
    // Telegram drops the inline keyboard from an edit that does not resend it.
    const { reply_markup: _oldMarkup, ...rest } = target;
    if ('text' in changed) delete rest.entities;
    if ('caption' in changed) delete rest.caption_entities;
    const edited = { ...rest, ...changed, ...(markup.markup ? { reply_markup: markup.markup } : {}) } as Message;
    if (sameContent(target, edited)) {
      return badRequest(
        'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    return botApiOk(world.storeMessage({ ...edited, edit_date: now() } as Message));
  };

  const upload = (params: Params, files: readonly UploadedFile[], field: string, kind: string): { bytes: Buffer; name: string; fileId?: string } | BotApiResponse => {
    const value = params[field];
    const uploaded = files.find((file) => file.field === field);
    if (uploaded) return { bytes: uploaded.bytes, name: uploaded.filename };
    if (typeof value === 'string' && /^https?:\/\//.test(value)) return { bytes: Buffer.alloc(24_000), name: value.split('/').pop() ?? `${kind}.dat` };
    const known = typeof value === 'string' ? world.findFile(value) : undefined;
    if (known) return { bytes: world.fileBytesAt(known.file_path ?? '') ?? Buffer.alloc(0), name: known.file_path?.split('/').pop() ?? `${kind}.dat`, fileId: known.file_id };
    return badRequest('wrong file identifier/HTTP URL specified');
  };

  const answers: Record<string, Answer> = {
    getMe: () => botApiOk(world.botInfo),
    sendMessage: (params) => {
      const text = typeof params.text === 'string' ? params.text : '';
      const parsed = parseFormattedText(text, params.parse_mode);
      if (!parsed.ok) return badRequest(parsed.reason);
      if (parsed.text.trim() === '') return badRequest('message text is empty');
      if (parsed.text.length > 4096) return badRequest('message is too long');
      return send(params, { text: parsed.text, ...entitiesOf(params.entities, 'entities') });
    },
    sendPhoto: (params, files) => {
      const caption = captionOf(params);
      if (typeof caption === 'object') return caption;
      const source = upload(params, files, 'photo', 'photo');
      if ('ok' in source) return source;
      return send(params, { photo: photoSizes(world, source.bytes, source.fileId), ...(caption ? { caption } : {}), ...entitiesOf(params.caption_entities, 'caption_entities') });
    },
    sendDocument: (params, files) => {
      const caption = captionOf(params);
      if (typeof caption === 'object') return caption;
      const source = upload(params, files, 'document', 'document');
      if ('ok' in source) return source;
      const file = source.fileId ? world.findFile(source.fileId) : world.storeUpload('document', source.bytes, source.name);
      if (!file) return badRequest('wrong file identifier/HTTP URL specified');
      const document = { file_name: source.name, mime_type: mimeTypeOf(source.name), file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: source.bytes.length };
      return send(params, { document, ...(caption ? { caption } : {}) });
    },
    editMessageText: (params) => {
      const parsed = parseFormattedText(typeof params.text === 'string' ? params.text : '', params.parse_mode);
      if (!parsed.ok) return badRequest(parsed.reason);
      if (parsed.text.trim() === '') return badRequest('message text is empty');
      if (parsed.text.length > 4096) return badRequest('MESSAGE_TOO_LONG');
      return edit(params, { text: '' }, (message) =>
        message.text === undefined ? badRequest('there is no text in the message to edit') : { text: parsed.text, ...entitiesOf(params.entities, 'entities') },
      );
    },
    editMessageCaption: (params) => {
      const caption = captionOf(params);
      if (typeof caption === 'object') return caption;
      return edit(params, { caption: '' }, (message) =>
        message.text !== undefined
          ? badRequest('there is no caption in the message to edit')
          : { caption: caption ?? '', ...entitiesOf(params.caption_entities, 'caption_entities') },
      );
    },
    editMessageReplyMarkup: (params) => edit(params, { text: '' }, () => ({})),
    deleteMessage: (params) => {
      const chat = world.resolveChat(params.chat_id);
      if ('ok' in chat) return chat;
      if (typeof params.message_id === 'number') world.forgetMessage(chat.id, params.message_id);
      return botApiOk(true);
    },
    getFile: (params) => {
      const file = typeof params.file_id === 'string' ? world.findFile(params.file_id) : undefined;
      return file ? botApiOk(file) : badRequest('invalid file_id');
    },
    sendChatAction: (params) => {
      const chat = world.resolveChat(params.chat_id);
      if ('ok' in chat) return chat;
      return CHAT_ACTIONS.has(String(params.action)) ? botApiOk(true) : badRequest('wrong parameter action in request');
    },
    answerCallbackQuery: (params) =>
      typeof params.callback_query_id === 'string' ? botApiOk(true) : badRequest('query is too old and response timeout expired or query ID is invalid'),
    setMyCommands: (params) => {
      const commands = Array.isArray(params.commands) ? (params.commands as unknown[]) : [];
      if (!commands.every(isValidCommand)) return badRequest('BOT_COMMAND_INVALID');
      world.commands.set(commandsKey(params), commands);
      return botApiOk(true);
    },
    getMyCommands: (params) => botApiOk(world.commands.get(commandsKey(params)) ?? []),
    deleteMyCommands: (params) => botApiOk(world.commands.delete(commandsKey(params)) || true),
    setWebhook: (params) => {
      if (typeof params.url !== 'string' || params.url === '') return deleteWebhook(params);
      if (!params.url.startsWith('https://')) return badRequest('bad webhook: An HTTPS URL must be provided for webhook');
      world.webhookUrl = params.url;
      if (params.drop_pending_updates === true) queue.dropPending();
      return botApiOk(true, 'Webhook was set');
    },
    deleteWebhook: (params) => deleteWebhook(params),
    getWebhookInfo: () =>
      botApiOk({
        url: world.webhookUrl,
        has_custom_certificate: false,
        pending_update_count: queue.pending,
        ...(world.webhookUrl ? { max_connections: 40, ip_address: '149.154.167.220' } : {}),
      }),
  };
  for (const method of ['setMyDescription', 'setMyShortDescription', 'setMyName', 'setChatMenuButton', 'setMessageReaction', 'pinChatMessage', 'unpinChatMessage', 'leaveChat']) {
    answers[method] = () => botApiOk(true);
  }

  function deleteWebhook(params: Params): BotApiResponse {
    const had = world.webhookUrl !== '';
    world.webhookUrl = '';
    if (params.drop_pending_updates === true) queue.dropPending();
    return botApiOk(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
  }

  return new Map(Object.entries(answers).map(([method, answer]) => [method.toLowerCase(), answer]));
}

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

/** Telegram echoes only an inline keyboard in the Message; reply keyboards and ForceReply are not returned. */
function inlineMarkup(markup: unknown): { markup: InlineKeyboardMarkup | undefined } | { error: BotApiResponse } {
  if (typeof markup !== 'object' || markup === null || !('inline_keyboard' in markup)) return { markup: undefined };
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) return { error: badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object") };
  for (const button of rows.flat() as Record<string, unknown>[]) {
    if (typeof button.text !== 'string' || button.text === '') return { error: badRequest('text buttons are unallowed in the inline keyboard') };
    const data = button.callback_data;
    if (data !== undefined && (typeof data !== 'string' || Buffer.byteLength(data) < 1 || Buffer.byteLength(data) > 64)) return { error: badRequest('BUTTON_DATA_INVALID') };
  }
  return { markup: markup as InlineKeyboardMarkup };
}

function replyTarget(world: BotWorld, chat: Chat, params: Params): Message | undefined {
  const reply = params.reply_parameters as { message_id?: unknown; chat_id?: unknown } | undefined;
  const messageId = reply?.message_id ?? params.reply_to_message_id;
  if (typeof messageId !== 'number') return undefined;
  const found = world.findMessage(chat.id, messageId);
  if (!found) return undefined;
  const { reply_to_message: _nested, ...quoted } = found;
  return quoted as Message;
}

function captionOf(params: Params): string | undefined | BotApiResponse {
  if (typeof params.caption !== 'string') return undefined;
  const parsed = parseFormattedText(params.caption, params.parse_mode);
  if (!parsed.ok) return badRequest(parsed.reason);
  return parsed.text.length > 1024 ? badRequest('message caption is too long') : parsed.text;
}

function entitiesOf<K extends string>(entities: unknown, key: K): Partial<Record<K, MessageEntity[]>> {
  return Array.isArray(entities) && entities.length > 0 ? ({ [key]: entities as MessageEntity[] } as Record<K, MessageEntity[]>) : {};
}

/** Telegram stores a photo in a few sizes; the fake serves the same bytes for each. */
function photoSizes(world: BotWorld, bytes: Buffer, existingId: string | undefined): PhotoSize[] {
  const { width, height } = imageSize(bytes);
  const scaled = [90, 320, 800].filter((side) => side < Math.max(width, height));
  const sizes = scaled.map((side): PhotoSize => {
    const ratio = side / Math.max(width, height);
    const file = world.storeUpload('photo', bytes);
    return {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      file_size: Math.max(1, Math.round(bytes.length * ratio * ratio)),
      width: Math.round(width * ratio),
      height: Math.round(height * ratio),
    };
  });
  const original = existingId ? world.findFile(existingId) : world.storeUpload('photo', bytes);
  if (original) sizes.push({ file_id: original.file_id, file_unique_id: original.file_unique_id, file_size: bytes.length, width, height });
  return sizes;
}

function imageSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.length >= 24 && bytes.subarray(1, 4).toString('latin1') === 'PNG') return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  return { width: 1280, height: 960 };
}

const MIME_TYPES: Record<string, string> = {
  csv: 'text/csv',
  txt: 'text/plain',
  pdf: 'application/pdf',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** Telegram guesses a document's type from its name; grammY always sends application/octet-stream. */
function mimeTypeOf(name: string): string {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

function isValidCommand(command: unknown): boolean {
  if (typeof command !== 'object' || command === null) return false;
  const { command: name, description } = command as { command?: unknown; description?: unknown };
  return typeof name === 'string' && /^[a-z0-9_]{1,32}$/.test(name) && typeof description === 'string' && description.length >= 1 && description.length <= 256;
}

function commandsKey(params: Params): string {
  return `${JSON.stringify(params.scope ?? { type: 'default' })}|${typeof params.language_code === 'string' ? params.language_code : ''}`;
}

function sameContent(before: Message, after: Message): boolean {
  const content = (message: Message): string => JSON.stringify([message.text, message.caption, message.entities ?? [], message.reply_markup ?? null]);
  return content(before) === content(after);
}
