/**
 * Telegram on Node: the bot with its transcriber and chart pictures, run by long polling or
 * handed to the web app as a webhook. The only place that knows both the runtime and grammY.
 */
import type { Bot } from 'grammy';
import { renderChartPng } from '../charts/png.ts';
import { createTelegramBot, registerCommands } from '../channels/telegram/bot.ts';
import type { KittyContext } from '../channels/telegram/context.ts';
import type { Config, TelegramConfig } from '../config/index.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log/logger.ts';
import type { Transcriber } from '../transcribe/index.ts';
import { signInLink } from '../web/auth/sign-in-link.ts';
import type { TelegramWebhook } from '../web/routes/telegram.ts';


/** 1.5× the pixels: sharp enough on a phone's dense screen at half the rendering cost of 2×. */
export const TELEGRAM_CHART_PIXEL_RATIO = 1.5;

export function nodeTelegramBot(
  config: Config & { telegram: TelegramConfig },
  engine: Engine,
  logger: Logger,
  transcriber: Transcriber | undefined,
): Bot<KittyContext> {
  return createTelegramBot({
    token: config.telegram.token,
    ...(config.telegram.apiRoot && { apiRoot: config.telegram.apiRoot }),
    engine,
    logger,
    ...(transcriber && { transcriber }),
    renderChart: (chart) => renderChartPng(chart, { pixelRatio: TELEGRAM_CHART_PIXEL_RATIO }),
    ...(config.sessionSecret && {
      dashboardLink: (member) => signInLink({ secret: config.sessionSecret!, publicUrl: config.publicUrl }, member),
    }),
  });
}

/** Long polling: for a laptop or a server without a public address. */
export async function startPolling(bot: Bot<KittyContext>, logger: Logger): Promise<void> {
  await bot.init();
  await registerCommands(bot);
  // bot.start() deletes any webhook first: Telegram serves updates one way at a time.
  void bot.start({
    allowed_updates: ['message', 'edited_message', 'callback_query'],
    onStart: () => logger.info('telegram: long polling', { bot: bot.botInfo.username }),
  });
}

/** Webhook mode: the web app's POST /telegram/webhook hands updates to the bot. */
export async function webhookFor(bot: Bot<KittyContext>, secret: string): Promise<TelegramWebhook> {
  await bot.init();
  return { secret, handleUpdate: (update) => bot.handleUpdate(update as Parameters<typeof bot.handleUpdate>[0]) };
}
