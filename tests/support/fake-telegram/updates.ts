import { createHash } from 'node:crypto';
import type { Chat, ChatMember, Message, MessageEntity, PhotoSize, Update, User } from 'grammy/types';
import { kittyBotInfo, privateChatOf } from './people.ts';

export * from './people.ts';

/**
 * Update JSON exactly as Telegram delivers it (field names follow @grammyjs/types), for
 * `pushUpdate` on the fake server or `bot.handleUpdate` directly. Every update takes the next
 * `update_id` of a module-wide counter that starts at a random high number, as Telegram's do.
 */
export type MessageUpdate = Update & { message: UserMessage };
export type EditedMessageUpdate = Update & { edited_message: NonNullable<Update['edited_message']> };
export type CallbackQueryUpdate = Update & { callback_query: NonNullable<Update['callback_query']> };
export type MyChatMemberUpdate = Update & { my_chat_member: NonNullable<Update['my_chat_member']> };

/** A message a person sent in a private chat or a group. */
export type UserMessage = Message & Update.NonChannel;
export type GroupChat = Chat.GroupChat | Chat.SupergroupChat;

export interface MessageOptions {
  /** Unix seconds; now by default. */
  readonly date?: number;
  readonly messageId?: number;
  readonly updateId?: number;
  /** Replaces the entities the builder detects (a leading bot command, `@mentions`). */
  readonly entities?: MessageEntity[];
  /** Where the message is sent; the private chat with the sender by default. */
  readonly chat?: Chat.PrivateChat | GroupChat;
}

let lastUpdateId = 500_000_000 + Math.floor(Math.random() * 100_000_000);
let lastMessageId = 1_000 + Math.floor(Math.random() * 1_000);
let lastCallbackQuery = 0;

export function nextUpdateId(): number {
  return ++lastUpdateId;
}

export function nextMessageId(): number {
  return ++lastMessageId;
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function privateText(user: User, text: string, options: MessageOptions = {}): MessageUpdate {
  return messageUpdate(user, { text, entities: options.entities ?? detectEntities(text) }, options);
}

export function groupText(user: User, group: GroupChat, text: string, options: Omit<MessageOptions, 'chat'> = {}): MessageUpdate {
  return privateText(user, text, { ...options, chat: group });
}

/** The `edited_message` Telegram sends when `original`'s sender changes its text. */
export function editedText(original: UserMessage, text: string, options: { editDate?: number; updateId?: number; entities?: MessageEntity[] } = {}): EditedMessageUpdate {
  const entities = options.entities ?? detectEntities(text);
  const { entities: _oldEntities, ...rest } = original;
  return {
    update_id: options.updateId ?? nextUpdateId(),
    edited_message: { ...rest, text, ...(entities.length > 0 ? { entities } : {}), edit_date: options.editDate ?? Math.max(nowInSeconds(), original.date + 1) },
  };
}

/**
 * `user` replies to `original` in the same chat. Telegram copies the original into
 * `reply_to_message` (with its `reply_markup`, so the bot can read a draft's buttons back) but
 * never nests a second level.
 */
export function replyTo(original: Message, user: User, text: string, options: Omit<MessageOptions, 'chat'> = {}): MessageUpdate {
  const chat = original.chat;
  if (chat.type === 'channel') throw new Error('replyTo: people reply in private chats and groups, not channels');
  const { reply_to_message: _nested, ...quoted } = original;
  return messageUpdate(user, { text, entities: options.entities ?? detectEntities(text), reply_to_message: { ...quoted, reply_to_message: undefined } }, { ...options, chat });
}

export interface VoiceSpec {
  readonly fileId: string;
  readonly fileUniqueId?: string;
  /** Seconds. */
  readonly duration: number;
  readonly mimeType?: string;
  readonly fileSize?: number;
}

export function voiceNote(user: User, voice: VoiceSpec, options: MessageOptions = {}): MessageUpdate {
  return messageUpdate(
    user,
    {
      voice: {
        file_id: voice.fileId,
        file_unique_id: voice.fileUniqueId ?? uniqueIdFor(voice.fileId),
        duration: voice.duration,
        mime_type: voice.mimeType ?? 'audio/ogg',
        ...(voice.fileSize === undefined ? {} : { file_size: voice.fileSize }),
      },
    },
    options,
  );
}

export interface PhotoSizeSpec {
  readonly fileId: string;
  readonly fileUniqueId?: string;
  readonly width: number;
  readonly height: number;
  readonly fileSize?: number;
}

/** A photo message; list the sizes smallest first, as Telegram does (the last is the original). */
export function photo(user: User, sizes: readonly PhotoSizeSpec[], caption?: string, options: MessageOptions = {}): MessageUpdate {
  const photoSizes = sizes.map(
    (size): PhotoSize => ({
      file_id: size.fileId,
      file_unique_id: size.fileUniqueId ?? uniqueIdFor(size.fileId),
      width: size.width,
      height: size.height,
      ...(size.fileSize === undefined ? {} : { file_size: size.fileSize }),
    }),
  );
  const captionFields = caption === undefined ? {} : { caption, ...entitiesField('caption_entities', detectEntities(caption)) };
  return messageUpdate(user, { photo: photoSizes, ...captionFields }, options);
}

export function sticker(user: User, options: MessageOptions & { emoji?: string } = {}): MessageUpdate {
  return messageUpdate(
    user,
    {
      sticker: {
        file_id: 'CAACAgIAAxkBAAIBhGZcat-sticker-fake-id',
        file_unique_id: 'AgADcat-sticker',
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: options.emoji ?? '😺',
        set_name: 'HappyCats',
        file_size: 24_318,
        thumbnail: { file_id: 'AAMCAgADGQEAAgGEZlxqcat-thumb', file_unique_id: 'AQADcat-thumb', width: 128, height: 128, file_size: 5_120 },
      },
    },
    options,
  );
}

/** `user` pressed a button of `message` (the bot's message that carried the inline keyboard). */
export function callbackQuery(user: User, message: Message, data: string, options: { updateId?: number; id?: string } = {}): CallbackQueryUpdate {
  return {
    update_id: options.updateId ?? nextUpdateId(),
    callback_query: {
      id: options.id ?? `${user.id}${String(++lastCallbackQuery).padStart(7, '0')}`,
      from: user,
      message,
      chat_instance: chatInstanceOf(message.chat.id),
      data,
    },
  };
}

/** `/start`, or `/start <payload>` when the user came through a `t.me/<bot>?start=<payload>` link. */
export function startCommand(user: User, payload?: string, options: MessageOptions = {}): MessageUpdate {
  return command(user, 'start', payload, options);
}

/** `/name args`; `botUsername` makes it `/name@bot args`, as clients send commands picked in groups. */
export function command(user: User, name: string, args?: string, options: MessageOptions & { botUsername?: string } = {}): MessageUpdate {
  const commandText = `/${name}${options.botUsername === undefined ? '' : `@${options.botUsername}`}`;
  const text = args === undefined || args === '' ? commandText : `${commandText} ${args}`;
  const entities: MessageEntity[] = [{ type: 'bot_command', offset: 0, length: commandText.length }];
  return messageUpdate(user, { text, entities: options.entities ?? entities }, options);
}

export interface MyChatMemberOptions {
  /** The bot whose membership changed; the fake's default bot unless given. */
  readonly bot?: User;
  /** The bot's new status: `member` (added, the default), `administrator`, `left` or `kicked` (removed). */
  readonly status?: 'member' | 'administrator' | 'left' | 'kicked';
  readonly date?: number;
  readonly updateId?: number;
}

/** `my_chat_member`: `user` added the bot to `group` (or, with `status`, promoted or removed it). */
export function myChatMember(user: User, group: GroupChat, options: MyChatMemberOptions = {}): MyChatMemberUpdate {
  const bot = options.bot ?? { id: kittyBotInfo.id, is_bot: true, first_name: kittyBotInfo.first_name, username: kittyBotInfo.username };
  const status = options.status ?? 'member';
  const removed = status === 'left' || status === 'kicked';
  return {
    update_id: options.updateId ?? nextUpdateId(),
    my_chat_member: {
      chat: group,
      from: user,
      date: options.date ?? nowInSeconds(),
      old_chat_member: chatMember(bot, removed ? 'member' : 'left'),
      new_chat_member: chatMember(bot, status),
    },
  };
}

function chatMember(user: User, status: 'member' | 'administrator' | 'left' | 'kicked'): ChatMember {
  switch (status) {
    case 'member':
      return { status, user };
    case 'left':
      return { status, user };
    case 'kicked':
      return { status, user, until_date: 0 };
    case 'administrator':
      return {
        status,
        user,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: false,
        can_restrict_members: false,
        can_promote_members: false,
        can_change_info: false,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_pin_messages: true,
        can_send_welcome_messages: false,
      };
  }
}

type MessageContent = Omit<Partial<Message>, 'chat' | 'from' | 'date' | 'message_id'>;

function messageUpdate(user: User, content: MessageContent, options: MessageOptions): MessageUpdate {
  const { entities, ...rest } = content;
  const message = {
    message_id: options.messageId ?? nextMessageId(),
    from: user,
    chat: options.chat ?? privateChatOf(user),
    date: options.date ?? nowInSeconds(),
    ...rest,
    ...entitiesField('entities', entities ?? []),
  } as UserMessage; // the content fields make it one of Message's variants; TypeScript cannot see which
  return { update_id: options.updateId ?? nextUpdateId(), message };
}

function entitiesField<K extends string>(key: K, entities: readonly MessageEntity[]): Partial<Record<K, MessageEntity[]>> {
  return entities.length === 0 ? {} : ({ [key]: [...entities] } as Record<K, MessageEntity[]>);
}

/**
 * The entities Telegram's server attaches to plain text that matter to a bot: a command at the
 * start and `@username` mentions. Offsets are UTF-16 code units, which is what JavaScript string
 * indices already are.
 */
export function detectEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const commandMatch = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?/.exec(text);
  if (commandMatch) entities.push({ type: 'bot_command', offset: 0, length: commandMatch[0].length });
  for (const mention of text.matchAll(/(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{4,31}/g)) {
    entities.push({ type: 'mention', offset: mention.index, length: mention[0].length });
  }
  return entities;
}

function uniqueIdFor(fileId: string): string {
  return `AgAD${createHash('sha1').update(fileId).digest('base64url').slice(0, 12)}`;
}

/** Stable per chat, like Telegram's: a signed 64-bit number as a string. */
function chatInstanceOf(chatId: number): string {
  const mixed = (BigInt(Math.abs(chatId)) * 2_654_435_761n) % 9_000_000_000_000_000_000n;
  return (chatId < 0 ? -mixed : mixed).toString();
}
