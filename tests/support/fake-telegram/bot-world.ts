import { createHash } from 'node:crypto';
import type { Chat, File as TelegramFile, Message, Update, User, UserFromGetMe } from 'grammy/types';
import { badRequest, type BotApiResponse } from './bot-api.ts';
import { arjunUser, botAsUser, familyBasicGroup, familyGroup, priyaUser, privateChatOf, strangerUser } from './people.ts';

/**
 * What the fake Telegram remembers between calls: the chats it has seen, the messages in them
 * (so edits and replies resolve), the files it can serve, the commands and the webhook.
 */
export interface BotWorld {
  readonly botInfo: UserFromGetMe;
  readonly botUser: User;
  resolveChat(chatId: unknown): Chat | BotApiResponse;
  nextMessageId(): number;
  storeMessage(message: Message): Message;
  findMessage(chatId: number, messageId: number): Message | undefined;
  forgetMessage(chatId: number, messageId: number): boolean;
  addFile(fileId: string, bytes: Uint8Array, filePath?: string): TelegramFile;
  /** A new file id of Telegram's shape for `kind` ('photo', 'document', ...), served with `bytes`; `fileName` lends its extension to the path. */
  storeUpload(kind: string, bytes: Uint8Array, fileName?: string): TelegramFile;
  findFile(fileId: string): TelegramFile | undefined;
  fileBytesAt(filePath: string): Buffer | undefined;
  /** Learns the chats and people's messages of an update the fake delivers. */
  rememberUpdate(update: Update): void;
  webhookUrl: string;
  readonly commands: Map<string, unknown>;
}

const FILE_ID_PREFIX: Record<string, string> = {
  photo: 'AgACAgIAAxkDAAI',
  document: 'BQACAgIAAxkDAAI',
  voice: 'AwACAgIAAxkDAAI',
  audio: 'CQACAgIAAxkDAAI',
  video: 'BAACAgIAAxkDAAI',
};

export function createBotWorld(botInfo: UserFromGetMe): BotWorld {
  const chats = new Map<number, Chat>();
  for (const chat of [familyGroup, familyBasicGroup, ...[arjunUser, priyaUser, strangerUser].map(privateChatOf)]) chats.set(chat.id, chat);
  const messages = new Map<string, Message>();
  const files = new Map<string, { file: TelegramFile; bytes: Buffer }>();
  const filesByPath = new Map<string, Buffer>();
  let lastMessageId = 0;
  let lastFile = 0;

  const key = (chatId: number, messageId: number): string => `${chatId}:${messageId}`;
  const rememberMessage = (message: Message): void => {
    chats.set(message.chat.id, message.chat);
    lastMessageId = Math.max(lastMessageId, message.message_id);
    messages.set(key(message.chat.id, message.message_id), message);
  };

  const world: BotWorld = {
    botInfo,
    botUser: botAsUser(botInfo),
    resolveChat: (chatId) => {
      if (typeof chatId === 'string' && chatId.startsWith('@')) {
        const found = [...chats.values()].find((chat) => 'username' in chat && chat.username === chatId.slice(1));
        return found ?? badRequest('chat not found');
      }
      const id = typeof chatId === 'number' ? chatId : typeof chatId === 'string' && /^-?\d+$/.test(chatId) ? Number(chatId) : undefined;
      if (id === undefined || id === 0) return badRequest('chat not found');
      // The fake cannot know every chat a test delivered through handleUpdate; it makes one up.
      return chats.get(id) ?? inventChat(id);
    },
    nextMessageId: () => ++lastMessageId,
    storeMessage: (message) => {
      rememberMessage(message);
      return message;
    },
    findMessage: (chatId, messageId) => messages.get(key(chatId, messageId)),
    forgetMessage: (chatId, messageId) => messages.delete(key(chatId, messageId)),
    addFile: (fileId, bytes, filePath) => {
      const path = filePath ?? defaultPath(bytes, ++lastFile);
      const file: TelegramFile = { file_id: fileId, file_unique_id: uniqueIdFor(fileId), file_size: bytes.length, file_path: path };
      const copy = Buffer.from(bytes);
      files.set(fileId, { file, bytes: copy });
      filesByPath.set(path, copy);
      return file;
    },
    storeUpload: (kind, bytes, fileName) => {
      const serial = ++lastFile;
      const extension = /\.[A-Za-z0-9]{1,5}$/.exec(fileName ?? '')?.[0];
      const fileId = `${FILE_ID_PREFIX[kind] ?? 'BQACAgIAAxkDAAI'}${serial.toString(36).padStart(6, '0')}${createHash('sha1').update(bytes).digest('base64url').slice(0, 20)}`;
      return world.addFile(fileId, bytes, extension ? `${kind === 'photo' ? 'photos' : 'documents'}/file_${serial}${extension}` : defaultPath(bytes, serial));
    },
    findFile: (fileId) => files.get(fileId)?.file,
    fileBytesAt: (filePath) => filesByPath.get(filePath),
    rememberUpdate: (update) => {
      const message = update.message ?? update.edited_message;
      if (message) rememberMessage(message);
      const callbackChat = update.callback_query?.message?.chat;
      if (callbackChat) chats.set(callbackChat.id, callbackChat);
      if (update.my_chat_member) chats.set(update.my_chat_member.chat.id, update.my_chat_member.chat);
    },
    webhookUrl: '',
    commands: new Map(),
  };
  return world;
}

function inventChat(id: number): Chat {
  if (id > 0) return { id, type: 'private', first_name: `User ${id}` };
  if (id < -1_000_000_000_000) return { id, type: 'supergroup', title: `Group ${-id}` };
  return { id, type: 'group', title: `Group ${-id}` };
}

function defaultPath(bytes: Uint8Array, serial: number): string {
  const magic = Buffer.from(bytes.subarray(0, 4));
  if (magic.toString('latin1') === 'OggS') return `voice/file_${serial}.oga`;
  if (magic[0] === 0xff && magic[1] === 0xd8) return `photos/file_${serial}.jpg`;
  if (magic.toString('latin1') === '\x89PNG') return `photos/file_${serial}.png`;
  if (magic.toString('latin1') === '%PDF') return `documents/file_${serial}.pdf`;
  return `documents/file_${serial}`;
}

function uniqueIdFor(fileId: string): string {
  return `AQAD${createHash('sha1').update(fileId).digest('base64url').slice(0, 12)}`;
}
