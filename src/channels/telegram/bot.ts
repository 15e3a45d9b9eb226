/**
 * The Telegram channel: a thin grammY adapter that parses updates, calls the engine and renders
 * its replies. `createTelegramBot` takes everything it needs, so the same bot runs under long
 * polling, behind the webhook route, and in tests driven by real Update JSON.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { createCallbackCodec } from './callback-data.ts';
import type { KittyContext, TelegramDeps } from './context.ts';
import { buttons } from './features/buttons.ts';
import { COMMANDS, commands } from './features/commands.ts';
import { messages } from './features/messages.ts';
import { onboarding } from './features/onboarding.ts';
import { unhandled } from './features/unhandled.ts';
import { rateLimit, receive } from './middleware.ts';

const DEFAULT_API_ROOT = 'https://api.telegram.org';

export interface TelegramBotOptions extends Omit<TelegramDeps, 'codec' | 'fileRoot' | 'now'> {
  readonly token: string;
  readonly apiRoot?: string;
  /** Given in tests (and after the first getMe) so no call is needed before the first update. */
  readonly botInfo?: UserFromGetMe;
  readonly now?: () => Date;
  /**
   * Pace sends to Telegram's limits (one a second per chat, 30 a second overall); default true.
   * Off only where nothing real is on the other end: tests and benchmarks against a fake Bot API.
   */
  readonly throttle?: boolean;
  /** Messages per chat per minute before the flood reply; default 30. */
  readonly messagesPerMinute?: number;
}

export function createTelegramBot(options: TelegramBotOptions): Bot<KittyContext> {
  const apiRoot = options.apiRoot ?? DEFAULT_API_ROOT;
  const bot = new Bot<KittyContext>(options.token, {
    client: { apiRoot },
    ...(options.botInfo && { botInfo: options.botInfo }),
  });
  // 429s are waited out and retried; sends are paced to Telegram's limits per chat and overall.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  if (options.throttle !== false) bot.api.config.use(apiThrottler());

  const now = options.now ?? (() => new Date());
  const deps: TelegramDeps = {
    ...options,
    codec: createCallbackCodec(options.token),
    fileRoot: `${apiRoot}/file/bot${options.token}`,
    now,
  };

  // An error boundary, not bot.catch: bot.catch only sees errors under long polling, while the
  // webhook route (and every test) hands updates to bot.handleUpdate, which would just throw.
  const features = bot.errorBoundary(async ({ ctx, error }) => {
    options.logger.error('telegram update failed', { updateId: ctx.update.update_id, error: error instanceof Error ? error.message : String(error) });
    if (ctx.kitty?.member && ctx.kitty.inboundId) {
      await options.engine.settle(ctx.kitty.member, ctx.kitty.inboundId, { state: 'failed', error: String(error) }).catch(() => undefined);
    }
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: 'Something went wrong on my side; try again in a moment.' }).catch(() => undefined);
    else if (ctx.chat) await ctx.reply('Something went wrong on my side. Your message is saved; try again in a moment.').catch(() => undefined);
  });
  features.use(receive(deps));
  features.use(rateLimit({ limit: options.messagesPerMinute ?? 30, windowMs: 60_000, now: () => now().getTime() }));
  features.use(onboarding(deps));
  features.use(commands(deps));
  features.use(buttons(deps));
  features.use(messages(deps));
  features.use(unhandled());
  // Under long polling, grammY's default handler would stop the bot on anything that got past the boundary.
  bot.catch(({ ctx, error }) => options.logger.error('telegram error boundary failed', { updateId: ctx.update.update_id, error: error instanceof Error ? error.message : String(error) }));
  return bot;
}

/** The command menu people see in Telegram. */
export async function registerCommands(bot: Bot<KittyContext>): Promise<void> {
  await bot.api.setMyCommands(COMMANDS);
}
