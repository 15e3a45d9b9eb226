import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Bot } from 'grammy';
import type { InlineKeyboardButton, Message, Update, User } from 'grammy/types';
import { createTelegramBot, type TelegramBotOptions } from '../../src/channels/telegram/bot.ts';
import type { KittyContext } from '../../src/channels/telegram/context.ts';
import type { LlmConfig } from '../../src/config/index.ts';
import type { Database, DatabaseHandle } from '../../src/db/database.ts';
import { inboundMessages } from '../../src/db/schema.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import type { Engine } from '../../src/engine/engine.ts';
import type { OfflineReader } from '../../src/engine/read-message.ts';
import { createLogger } from '../../src/log/logger.ts';
import { linkIdentity } from '../../src/services/identities.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestEngine, TEST_NOW } from '../support/engine.ts';
import { arjunUser, priyaUser, startFakeTelegram, strangerUser, type FakeTelegram, type TelegramCall, type TelegramPerson } from '../support/fake-telegram/index.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';

/**
 * The real bot (createTelegramBot) on the real database, talking to the fake Bot API over HTTP.
 * Updates are handed to `bot.handleUpdate` as Telegram's JSON; what the bot said is read back
 * from the calls the fake recorded.
 */
export interface Kitty {
  readonly fake: FakeTelegram;
  readonly engine: Engine;
  readonly bot: Bot<KittyContext>;
  /** The bot's log lines (JSON). */
  readonly logs: string[];
  send(update: Update): Promise<void>;
  /** The text of every sendMessage, in order. */
  sentTexts(): string[];
  close(): Promise<void>;
}

export type KittyOptions = Partial<Pick<TelegramBotOptions, 'transcriber' | 'renderChart' | 'messagesPerMinute'>> & {
  readonly llm?: Partial<LlmConfig>;
  /** Stands in for the offline interpreter (tests/support/asking-reader.ts). */
  readonly offlineReader?: OfflineReader;
};

export async function startKitty(db: Database, options: KittyOptions = {}): Promise<Kitty> {
  const fake = await startFakeTelegram();
  const { engine } = createTestEngine(db, { ...(options.llm && { llm: options.llm }), ...(options.offlineReader && { offlineReader: options.offlineReader }) });
  const logs: string[] = [];
  const bot = createTelegramBot({
    token: fake.token,
    apiRoot: fake.apiRoot,
    botInfo: fake.botInfo,
    engine,
    logger: createLogger('debug', (line) => logs.push(line)),
    now: () => TEST_NOW,
    // The fake Bot API has no limits to respect; pacing would only make the suite wait.
    throttle: false,
    ...(options.transcriber && { transcriber: options.transcriber }),
    ...(options.renderChart && { renderChart: options.renderChart }),
    ...(options.messagesPerMinute !== undefined && { messagesPerMinute: options.messagesPerMinute }),
  });
  return {
    fake,
    engine,
    bot,
    logs,
    send: (update) => bot.handleUpdate(update),
    sentTexts: () => fake.callsOf('sendMessage').map((call) => call.params.text),
    close: () => fake.close(),
  };
}

/** The file's database, opened before its tests and closed after them; each test's Kitty is closed after it. */
export function telegramTestFile(opened: (handle: DatabaseHandle) => void, kitty: () => Kitty | undefined): void {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase();
    opened(handle);
  });
  afterEach(() => kitty()?.close());
  afterAll(() => handle?.close());
}

/**
 * A Telegram account of its own for each test: identities are unique across the database, which
 * a Postgres run shares between files, so the cast's fixed ids cannot be reused.
 */
let lastUserId = 5_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
export function newPerson(like: TelegramPerson = arjunUser, overrides: Partial<User> = {}): TelegramPerson {
  return { ...like, ...overrides, id: ++lastUserId } as TelegramPerson;
}

export function newStranger(): TelegramPerson {
  return newPerson(strangerUser);
}

export type TelegramHousehold = TestHousehold & { arjunUser: TelegramPerson; priyaUser: TelegramPerson };

/** A two-member household (Arjun admin, Priya joined), each linked to a fresh Telegram account. */
export async function telegramHousehold(db: Database, options: Parameters<typeof createTestHousehold>[1] = {}): Promise<TelegramHousehold> {
  const home = await createTestHousehold(db, options);
  const arjun = newPerson(arjunUser);
  const priya = newPerson(priyaUser);
  await linkIdentity(db, home.arjun, { provider: 'telegram', externalId: String(arjun.id) });
  await linkIdentity(db, home.priya, { provider: 'telegram', externalId: String(priya.id) });
  return { ...home, arjunUser: arjun, priyaUser: priya };
}

/** The Message the Bot API answered a send or an edit with. */
export function resultOf(call: TelegramCall | undefined): Message {
  if (!call?.response?.ok) throw new Error(`expected a successful call, got ${JSON.stringify(call?.response)}`);
  return call.response.result as Message;
}

/** The message as it stands now: the latest send or edit of it the fake answered. */
export function currentMessage(fake: FakeTelegram, message: Message): Message {
  for (const call of [...fake.calls].reverse()) {
    if (!call.response?.ok || !/^(sendmessage|editmessagetext|editmessagereplymarkup)$/i.test(call.method)) continue;
    const result = call.response.result as Message;
    if (result.message_id === message.message_id && result.chat.id === message.chat.id) return result;
  }
  return message;
}

/** Button labels, row by row, as a client shows them (an empty row, which grammY's trailing `.row()` leaves, shows nothing). */
export function buttonRows(message: Message | undefined): string[][] {
  return (message?.reply_markup?.inline_keyboard ?? []).filter((row) => row.length > 0).map((row) => row.map((button) => button.text));
}

/** The callback data of the button labelled `label`. */
export function buttonData(message: Message, label: string): string {
  const button = (message.reply_markup?.inline_keyboard ?? []).flat().find((candidate: InlineKeyboardButton) => candidate.text === label);
  if (!button || !('callback_data' in button) || !button.callback_data) {
    throw new Error(`no button "${label}" on the message; it has ${JSON.stringify(buttonRows(message))}`);
  }
  return button.callback_data;
}

/** The household's expenses of every status, oldest first, with the fields the tests look at. */
export async function expensesOf(db: Database, scope: HouseholdScope) {
  const page = await listExpenses(db, scope, { status: ['draft', 'confirmed', 'discarded'], limit: 200 });
  return page.items.map((expense) => ({ id: expense.id, status: expense.status, amountMinor: expense.amountMinor, description: expense.description, paidBy: expense.paidBy, loggedBy: expense.loggedBy, spentOn: expense.spentOn, categorySlug: expense.categorySlug })).reverse();
}

/** The inbox rows stored for one Telegram update (0 or 1), read as the system. */
export async function inboxRowsFor(db: Database, updateId: number) {
  return db
    .select({ state: inboundMessages.state, householdId: inboundMessages.householdId, memberId: inboundMessages.memberId, kind: inboundMessages.kind, error: inboundMessages.error })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.provider, 'telegram'), eq(inboundMessages.externalId, String(updateId))));
}

export { arjunUser, priyaUser, strangerUser, TEST_NOW };
