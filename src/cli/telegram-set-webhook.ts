import { Bot } from 'grammy';
import { readNodeConfig } from '../runtime/node-config.ts';

/**
 * `telegram:set-webhook`: tells Telegram to post updates to PUBLIC_URL/telegram/webhook with the
 * secret header, for TELEGRAM_MODE=webhook. (Polling needs nothing: `npm start` deletes any webhook.)
 */
export async function runSetWebhook(): Promise<number> {
  const config = readNodeConfig();
  if (!config.telegram) throw new Error('Set TELEGRAM_BOT_TOKEN first.');
  if (!config.telegram.webhookSecret) throw new Error('Set TELEGRAM_WEBHOOK_SECRET first (16-256 characters of A-Z a-z 0-9 _ -).');
  if (!config.publicUrl.startsWith('https://')) throw new Error(`Telegram only posts to https addresses; PUBLIC_URL is ${config.publicUrl}.`);
  const bot = new Bot(config.telegram.token, config.telegram.apiRoot ? { client: { apiRoot: config.telegram.apiRoot } } : {});
  const url = `${config.publicUrl}/telegram/webhook`;
  await bot.api.setWebhook(url, {
    secret_token: config.telegram.webhookSecret,
    allowed_updates: ['message', 'edited_message', 'callback_query'],
  });
  process.stdout.write(`Telegram will post updates to ${url}\n`);
  return 0;
}
