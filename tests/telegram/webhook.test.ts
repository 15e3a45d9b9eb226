import { describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { countAppliedMigrations } from '../../src/db/status.ts';
import { createLogger } from '../../src/log/logger.ts';
import { createApp } from '../../src/web/app.ts';
import type { TelegramWebhook } from '../../src/web/routes/telegram.ts';
import { photo, privateText } from '../support/fake-telegram/index.ts';
import { expensesOf, inboxRowsFor, startKitty, telegramHousehold, telegramTestFile, type Kitty, type TelegramHousehold } from './support.ts';

/** POST /telegram/webhook on the real Hono app, handing updates to the real bot. */
let handle: DatabaseHandle;
let kitty: Kitty;
let home: TelegramHousehold;

telegramTestFile((opened) => (handle = opened), () => kitty);

const SECRET = 'webhook-secret_0123456789-abcdef';

async function webhookApp(extra: Partial<TelegramWebhook> = {}) {
  kitty = await startKitty(handle.db);
  home = await telegramHousehold(handle.db);
  return createApp({
    version: 'test',
    logger: createLogger('silent'),
    databaseStatus: async () => ({ kind: handle.kind, migrationsApplied: await countAppliedMigrations(handle.db) }),
    telegramWebhook: { secret: SECRET, handleUpdate: (update) => kitty.bot.handleUpdate(update as Update), ...extra },
  });
}

/** `secret: null` sends no secret header at all. */
function post(app: Awaited<ReturnType<typeof webhookApp>>, body: string, secret: string | null = SECRET) {
  return app.request('/telegram/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret !== null && { 'x-telegram-bot-api-secret-token': secret }) },
    body,
  });
}

describe('POST /telegram/webhook', () => {
  it('hands an update with the right secret to the bot, which replies', async () => {
    const app = await webhookApp();
    const update = privateText(home.arjunUser, 'coffee 180');

    const response = await post(app, JSON.stringify(update));

    expect(response.status).toBe(200);
    expect(kitty.sentTexts()).toEqual(['Here is the draft. Confirm it?\n\n📝 <b>₹180.00</b> · Dining out\ncoffee · Wed, Mar 18\npaid by Arjun']);
    expect(await inboxRowsFor(handle.db, update.update_id)).toEqual([expect.objectContaining({ state: 'processed' })]);
  });

  it.each([
    ['a wrong secret', 'webhook-secret_0123456789-abcdeF'],
    ['a shorter secret', SECRET.slice(0, -1)],
    ['an empty secret', ''],
    ['no secret', null],
  ])('refuses %s with 401 and processes nothing', async (_, secret) => {
    const app = await webhookApp();
    const update = privateText(home.arjunUser, 'coffee 180');

    const response = await post(app, JSON.stringify(update), secret);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized', message: 'Wrong or missing secret token.' });
    expect(kitty.fake.calls).toEqual([]);
    expect(await inboxRowsFor(handle.db, update.update_id)).toEqual([]);
    expect(await expensesOf(handle.db, home.arjun)).toEqual([]);
  });

  it.each([
    ['malformed JSON', '{"update_id": 1, "message": '],
    ['JSON without an update_id', JSON.stringify({ message: { text: 'coffee 180' } })],
    ['an update_id that is not an integer', JSON.stringify({ update_id: '12' })],
  ])('answers %s with 400', async (_, body) => {
    const app = await webhookApp();

    const response = await post(app, body);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_input', message: 'Expected a Telegram Update with an update_id.' });
    expect(kitty.fake.calls).toEqual([]);
  });

  it('processes an update Telegram delivers twice only once', async () => {
    const app = await webhookApp();
    const body = JSON.stringify(privateText(home.arjunUser, 'coffee 180'));

    const first = await post(app, body);
    const again = await post(app, body);

    expect([first.status, again.status]).toEqual([200, 200]);
    expect(kitty.fake.callsOf('sendMessage')).toHaveLength(1);
    expect(await expensesOf(handle.db, home.arjun)).toHaveLength(1);
  });

  it('answers 200 when handling fails inside the bot, which has replied kindly itself', async () => {
    const app = await webhookApp();
    const receipt = photo(home.arjunUser, [{ fileId: 'AgACAgIAAxkBAAIBunknown', width: 800, height: 600 }]);

    const response = await post(app, JSON.stringify(receipt));

    expect(response.status).toBe(200);
    expect(kitty.sentTexts()).toEqual(['Something went wrong on my side. Your message is saved; try again in a moment.']);
    expect(kitty.logs.some((line) => line.includes('telegram update failed'))).toBe(true);
    expect(await inboxRowsFor(handle.db, receipt.update_id)).toEqual([expect.objectContaining({ state: 'failed' })]);
  });

  it('answers Telegram in time while slow work goes on, and the reply still arrives', async () => {
    const kept: Promise<unknown>[] = [];
    const app = await webhookApp({ answerWithinMs: 50, keepAlive: (work) => kept.push(work) });
    kitty.fake.respondTo('sendMessage', (_call, fallback) => fallback(), { delayMs: 400, times: 1 });

    const response = await post(app, JSON.stringify(privateText(home.arjunUser, 'coffee 180')));

    expect(response.status).toBe(200);
    const reply = await kitty.fake.waitForCall('sendMessage');
    expect(reply.response).toBeUndefined(); // Telegram has its 200 while the reply is still on its way
    expect(kept).toHaveLength(1);
    await kept[0];
    expect(reply.response?.ok).toBe(true);
    expect(reply.params.text).toMatch(/^Here is the draft\./);
  });
});
