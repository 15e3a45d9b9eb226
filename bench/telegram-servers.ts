/**
 * The two servers the telegram suite compares, each behind @hono/node-server on a free local
 * port, and the households whose members write to them. Both send their Bot API calls to the
 * same fake Bot API (in the driver process), so the network is the same for both.
 */
import { serve } from '@hono/node-server';
import { Bot, webhookCallback } from 'grammy';
import type { User, UserFromGetMe } from 'grammy/types';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createTelegramBot } from '../src/channels/telegram/bot.ts';
import { TELEGRAM_CHART_PIXEL_RATIO } from '../src/runtime/node-telegram.ts';
import { renderChartPng } from '../src/charts/png.ts';
import type { Database } from '../src/db/database.ts';
import type { Chart } from '../src/engine/chart.ts';
import type { Engine } from '../src/engine/engine.ts';
import type { InterpretContext } from '../src/engine/interpretation.ts';
import type { Logger } from '../src/log/logger.ts';
import { webhookFor } from '../src/runtime/node-telegram.ts';
import { importExpenses } from '../src/services/imports.ts';
import { VERSION } from '../src/version.ts';
import { createApp } from '../src/web/app.ts';
import { mulberry32 } from './prng.ts';
import { generateRows } from './rows.ts';

/** The route both servers answer on, as Kitty's app mounts it. */
export const WEBHOOK_PATH = '/telegram/webhook';
export const WEBHOOK_SECRET = 'bench-webhook-secret-0123456789';

export type BotApi = { apiRoot: string; token: string; botInfo: UserFromGetMe };
export type RunningServer = { url: string; close(): Promise<void> };

/**
 * The bare baseline: grammY's own Hono adapter on the same route, one handler that echoes the
 * text. No transformers, no database: what any grammY bot on this machine costs per update.
 */
export function startBareServer(api: BotApi): Promise<RunningServer> {
  const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot }, botInfo: api.botInfo });
  bot.on('message:text', (ctx) => ctx.reply(ctx.msg.text));
  const app = new Hono().post(WEBHOOK_PATH, webhookCallback(bot, 'hono', { secretToken: WEBHOOK_SECRET }));
  return listen(app.fetch);
}

export type KittyServerOptions = {
  api: BotApi;
  engine: Engine;
  logger: Logger;
  /**
   * false removes grammY's API throttler for the run. As shipped it paces sends to Telegram's
   * limits (one message a second per private chat, 30 a second overall), so with it the figure is
   * the pacing, not the stack; the fake Bot API has no limits to respect.
   */
  throttled: boolean;
  /** false answers questions in text only, to show what rendering chart PNGs costs of the whole. */
  chartPictures: boolean;
};

/**
 * Kitty as `npm start` serves it in webhook mode: createApp with the webhook route, the bot from
 * createTelegramBot with chart pictures as node-telegram.ts gives them, handed over by webhookFor.
 */
export async function startKittyServer(options: KittyServerOptions): Promise<RunningServer> {
  const bot = createTelegramBot({
    token: options.api.token,
    apiRoot: options.api.apiRoot,
    botInfo: options.api.botInfo,
    engine: options.engine,
    logger: options.logger,
    ...(options.chartPictures && { renderChart: (chart: Chart) => renderChartPng(chart, { pixelRatio: TELEGRAM_CHART_PIXEL_RATIO }) }),
    // The per-chat flood limit (30 a minute) would turn most timed updates into one "slow down"
    // reply and a skip; the load here is many people's worth sent from a few accounts.
    messagesPerMinute: Number.MAX_SAFE_INTEGER,
    throttle: options.throttled,
  });
  const webhook = await webhookFor(bot, WEBHOOK_SECRET);
  const app = createApp({
    version: VERSION,
    logger: options.logger,
    databaseStatus: async () => ({ kind: 'postgres', migrationsApplied: 0 }),
    // Far above any handling time, so a webhook response means the update was handled.
    telegramWebhook: { ...webhook, answerWithinMs: 60_000 },
  });
  return listen(app.fetch);
}

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<RunningServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}${WEBHOOK_PATH}`,
        close: () =>
          new Promise<void>((done, fail) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}

/** Telegram ids in the range real users have, far from the fake's own cast. */
const FIRST_USER_ID = 5_300_000_000;
const SEED = 0x74676d; // "tgm"

/**
 * `households` households of `context.members`, each founded and joined through the engine's
 * people API with a Telegram identity, as /start and /join make them; each gets `confirmedRows`
 * confirmed expenses so questions have a ledger to read. Returns the Telegram users, household
 * by household, founder first.
 */
export async function seedTelegramHouseholds(
  engine: Engine,
  db: Database,
  input: { households: number; confirmedRows: number; context: InterpretContext },
): Promise<User[]> {
  const { members, currency, timeZone } = input.context;
  const random = mulberry32(SEED);
  const users: User[] = [];
  for (let household = 0; household < input.households; household++) {
    const people = members.map((name, index): User => ({
      id: FIRST_USER_ID + household * 100 + index,
      is_bot: false,
      first_name: name,
      language_code: 'en',
    }));
    const [founder, ...partners] = people;
    if (!founder) throw new Error('A household needs a member.');
    const identity = (user: User) => ({ provider: 'telegram', externalId: String(user.id) }) as const;
    const { scope } = await engine.people.startHousehold(identity(founder), {
      name: `Telegram household ${household + 1}`,
      currency,
      timeZone,
      displayName: founder.first_name,
    });
    const code = await engine.people.inviteCode(scope);
    const memberIds = [scope.memberId];
    for (const partner of partners) {
      memberIds.push((await engine.people.join(identity(partner), { code, displayName: partner.first_name })).scope.memberId);
    }
    const payers: [string, string] = [scope.memberId, memberIds[1] ?? scope.memberId];
    await importExpenses(db, scope, generateRows(random, input.confirmedRows, payers));
    users.push(...people);
  }
  return users;
}
