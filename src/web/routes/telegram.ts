import { Hono } from 'hono';

/**
 * POST /telegram/webhook. Telegram sends the secret we registered in a header; anything else is
 * refused with 401 before the body is read. The update is handed to the bot, and the answer goes
 * back as soon as it is handled or after a few seconds, whichever comes first: every update is in
 * the inbox before any slow work (a model call, a transcription), and Telegram would otherwise
 * resend what it thinks timed out.
 */
export interface TelegramWebhook {
  readonly secret: string;
  handleUpdate(update: { update_id: number }): Promise<void>;
  /** How long to hold Telegram's request before answering anyway; default 5 s. */
  readonly answerWithinMs?: number;
  /** Keeps the rest of the work alive after the answer (Workers: ctx.waitUntil). */
  readonly keepAlive?: (work: Promise<unknown>) => void;
}

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** Telegram's updates are small; a body past this is not from Telegram. */
const MAX_BODY_BYTES = 1024 * 1024;

export function telegramRoutes(webhook: TelegramWebhook) {
  const expected = new TextEncoder().encode(webhook.secret);
  return new Hono().post('/webhook', async (c) => {
    if (!sameSecret(new TextEncoder().encode(c.req.header(SECRET_HEADER) ?? ''), expected)) {
      return c.json({ error: 'unauthorized', message: 'Wrong or missing secret token.' }, 401);
    }
    if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) {
      return c.json({ error: 'too_large', message: 'That is not a Telegram update.' }, 413);
    }
    const update = await c.req.json<unknown>().catch(() => undefined);
    if (!isUpdate(update)) return c.json({ error: 'invalid_input', message: 'Expected a Telegram Update with an update_id.' }, 400);

    const work = webhook.handleUpdate(update);
    webhook.keepAlive?.(work);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      work.catch(() => undefined), // the bot's own error boundary has replied and logged
      new Promise((resolve) => (timer = setTimeout(resolve, webhook.answerWithinMs ?? 5000))),
    ]);
    clearTimeout(timer);
    return c.body(null, 200);
  });
}

function isUpdate(value: unknown): value is { update_id: number } {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as { update_id?: unknown }).update_id);
}

/** Constant time in the secret's length, so the comparison leaks nothing about how much matched. */
function sameSecret(given: Uint8Array, expected: Uint8Array): boolean {
  let difference = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i += 1) difference |= (given[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
