/**
 * Typed, signed callback data for inline buttons. Telegram gives us back whatever string a
 * button carried, so a client could send any data for any message: each button's data carries a
 * short HMAC under a key derived from the bot token, and a button is only acted on when it
 * verifies. The household wall stands behind it anyway: the engine acts in the presser's scope,
 * so another household's expense id is simply not found.
 *
 * Telegram allows 64 bytes; an expense id travels as 22 base64url characters.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type ButtonAction =
  | { kind: 'confirm'; expenseId: string }
  | { kind: 'discard'; expenseId: string }
  | { kind: 'edit'; expenseId: string }
  | { kind: 'category'; expenseId: string; slug: string }
  /** The answer to a card's "which category?" (learned for the merchant). */
  | { kind: 'choose-category'; expenseId: string; slug: string }
  /** The answer to a card's "who paid?". */
  | { kind: 'choose-payer'; expenseId: string; memberId: string }
  | { kind: 'date'; expenseId: string; date: string }
  | { kind: 'pick-date'; expenseId: string }
  | { kind: 'back'; expenseId: string }
  | { kind: 'confirm-all'; expenseId: string }
  | { kind: 'currency'; currency: string }
  | { kind: 'time-zone'; currency: string; timeZone: string };

const CODES = {
  confirm: 'c',
  discard: 'x',
  edit: 'e',
  category: 'k',
  'choose-category': 'q',
  'choose-payer': 'w',
  date: 'd',
  'pick-date': 'p',
  back: 'b',
  'confirm-all': 'a',
  currency: 'cu',
  'time-zone': 'tz',
} as const satisfies Record<ButtonAction['kind'], string>;
const KINDS = Object.fromEntries(Object.entries(CODES).map(([kind, code]) => [code, kind])) as Record<string, ButtonAction['kind']>;

const MAC_LENGTH = 8;
export const MAX_CALLBACK_BYTES = 64;

export interface CallbackCodec {
  encode(action: ButtonAction): string;
  /** Undefined for anything not made by `encode` with this bot's key. */
  decode(data: string): ButtonAction | undefined;
}

export function createCallbackCodec(botToken: string): CallbackCodec {
  const key = createHmac('sha256', 'kitty telegram callback data').update(botToken).digest();
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url').slice(0, MAC_LENGTH);

  return {
    encode(action) {
      const body = [CODES[action.kind], ...fields(action)].join(':');
      const data = `${body}:${mac(body)}`;
      if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`Callback data too long for Telegram: ${data}`);
      return data;
    },
    decode(data) {
      const cut = data.lastIndexOf(':');
      if (cut < 0) return undefined;
      const body = data.slice(0, cut);
      const given = Buffer.from(data.slice(cut + 1));
      const expected = Buffer.from(mac(body));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      return parse(body.split(':'));
    },
  };
}

function fields(action: ButtonAction): string[] {
  switch (action.kind) {
    case 'currency':
      return [action.currency];
    case 'time-zone':
      return [action.currency, action.timeZone];
    case 'category':
    case 'choose-category':
      return [compactId(action.expenseId), action.slug];
    case 'choose-payer':
      return [compactId(action.expenseId), compactId(action.memberId)];
    case 'date':
      return [compactId(action.expenseId), action.date];
    default:
      return [compactId(action.expenseId)];
  }
}

function parse([code, first, second]: string[]): ButtonAction | undefined {
  const kind = code === undefined ? undefined : KINDS[code];
  switch (kind) {
    case undefined:
      return undefined;
    case 'currency':
      return first ? { kind, currency: first } : undefined;
    case 'time-zone':
      return first && second ? { kind, currency: first, timeZone: second } : undefined;
    case 'category':
    case 'choose-category':
      return first && second ? { kind, expenseId: expandId(first), slug: second } : undefined;
    case 'choose-payer':
      return first && second ? { kind, expenseId: expandId(first), memberId: expandId(second) } : undefined;
    case 'date':
      return first && second ? { kind, expenseId: expandId(first), date: second } : undefined;
    default:
      return first ? { kind, expenseId: expandId(first) } : undefined;
  }
}

function compactId(uuid: string): string {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
}

function expandId(compact: string): string {
  const hex = Buffer.from(compact, 'base64url').toString('hex').padEnd(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
