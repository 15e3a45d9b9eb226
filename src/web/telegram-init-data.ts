/**
 * Telegram Mini App sign-in: Telegram signs the launch data (initData) with a key derived from
 * the bot token, so a valid hash proves which Telegram user opened the app from our bot.
 * https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Launch data older than this is refused: a captured initData string stops working. */
export const INIT_DATA_MAX_AGE_SECONDS = 24 * 60 * 60;

export type InitDataCheck = { ok: true; telegramUserId: number } | { ok: false; reason: string };

export function checkInitData(initData: string, botToken: string, now = new Date()): InitDataCheck {
  const params = new URLSearchParams(initData);
  const hash = params.get('hash');
  if (!hash || !/^[0-9a-f]{64}$/.test(hash)) return { ok: false, reason: 'missing hash' };
  params.delete('hash');
  const dataCheckString = [...params.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const expected = createHmac('sha256', secret).update(dataCheckString).digest();
  if (!timingSafeEqual(Buffer.from(hash, 'hex'), expected)) return { ok: false, reason: 'bad signature' };

  const authDate = Number(params.get('auth_date'));
  const age = now.getTime() / 1000 - authDate;
  if (!Number.isFinite(authDate) || age > INIT_DATA_MAX_AGE_SECONDS || age < -300) return { ok: false, reason: 'stale' };
  try {
    const user = JSON.parse(params.get('user') ?? 'null') as { id?: unknown } | null;
    if (user && Number.isSafeInteger(user.id)) return { ok: true, telegramUserId: user.id as number };
  } catch {
    // fall through
  }
  return { ok: false, reason: 'no user' };
}

/** The signing side, for tests and for anyone checking how the hash is made. */
export function signInitData(fields: Record<string, string>, botToken: string): string {
  const dataCheckString = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const hash = createHmac('sha256', secret).update(dataCheckString).digest('hex');
  return new URLSearchParams({ ...fields, hash }).toString();
}
