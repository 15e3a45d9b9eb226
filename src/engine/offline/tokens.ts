/**
 * Tokenizer for normalized chat text. Numbers keep their exact decimal spelling (no floats) and
 * every token knows whether it was glued to the previous one, because "15k", "rs1500" and "5th"
 * mean something different from "15 k", "rs 1500 " and "5 th".
 */

export type TokenKind =
  | 'word'
  /** A plain decimal number, commas removed: "1,00,000" → "100000". */
  | 'num'
  /** A currency symbol; `value` is its ISO code. */
  | 'cur'
  /** "2026-03-10". */
  | 'iso'
  /** Two whole numbers joined by "/" or "-": a split ratio ("60/40") or a day and month ("10/03"). */
  | 'pair'
  /** Day, month and year: "10/03/2026". */
  | 'dmy'
  /** Something that separates items: , ; + & newline : | and a free-standing dash. */
  | 'sep'
  | 'slash'
  | 'question'
  /** "/-" after an Indian amount ("250/-"). */
  | 'rupee_tail'
  | 'other';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** For num: the decimal digits; for cur: the ISO code; otherwise the text. */
  readonly value: string;
  /** No whitespace between this token and the previous one. */
  readonly glued: boolean;
}

const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['₹', 'INR'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['₩', 'KRW'],
  ['฿', 'THB'],
  ['₱', 'PHP'],
  ['₨', 'INR'],
]);

/** Letters that may follow a number without a space and still leave it a number ("15k", "5th", "2kg"). */
export const NUMBER_SUFFIXES: ReadonlySet<string> = new Set([
  'k', 'l', 'lakh', 'lakhs', 'lac', 'lacs', 'cr', 'crore', 'crores', 'm', 'mn', 'bn', 'million', 'thousand',
  'st', 'nd', 'rd', 'th', 'am', 'pm', 'kg', 'kgs', 'gm', 'gms', 'ml', 'ltr', 'ltrs', 'litre', 'litres', 'x',
  'rs', 'inr', 'usd', 'eur', 'gbp', 'jpy', 'aud', 'cad', 'sgd', 'aed', 'bucks', 'rupees', 'd', 'day', 'days',
  'hr', 'hrs', 'h', 'min', 'mins', 'pcs', 'pc', 'km', 'kms', 'w', 'wk', 'wks', 'weeks', 'yrs',
]);

/** Words that may be glued before a number ("rs1500", "usd12") without forming one word. */
const NUMBER_PREFIXES: ReadonlySet<string> = new Set([
  'rs', 'inr', 'usd', 'eur', 'gbp', 'jpy', 'aud', 'cad', 'sgd', 'aed', 'last', 'top', 'x',
]);

const PIECE = new RegExp(
  [
    '(?<space>\\s+)',
    '(?<iso>\\d{4}-\\d{1,2}-\\d{1,2})(?![\\d])',
    '(?<dmy>\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2}))(?![\\d])',
    '(?<tail>\\/-)',
    '(?<time>\\d{1,2}:\\d{2})(?![\\d])',
    '(?<pair>\\d{1,3}\\s?[/-]\\s?\\d{1,3})(?![\\d.,]\\d|\\/-|[/-]\\d)',
    '(?<num>\\d{1,3}(?:,\\d{2,3})*,\\d{3}(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?|\\.\\d+)',
    '(?<word>\\p{L}[\\p{L}\\p{M}]*(?:[\'&][\\p{L}\\p{M}]+)*\'?)',
    '(?<cur>[₹$€£¥￥₩฿₱₨])',
    '(?<sep>\\n|[,;+&:|•]|(?<=^|\\s)-+(?=\\s|$)|\\.(?!\\d))',
    '(?<slash>\\/)',
    '(?<question>\\?)',
    '(?<other>[\\s\\S])',
  ].join('|'),
  'uy',
);

type Draft = { kind: TokenKind; text: string; value: string; glued: boolean };

export function tokenize(text: string): Token[] {
  const raw: Draft[] = [];
  PIECE.lastIndex = 0;
  let glued = false;
  while (PIECE.lastIndex < text.length) {
    const match = PIECE.exec(text);
    if (!match?.groups) break;
    const groups = match.groups;
    const piece = match[0];
    if (groups.space !== undefined) {
      glued = false;
      continue;
    }
    let kind: TokenKind = 'other';
    let value = piece;
    if (groups.time !== undefined) kind = 'other';
    else if (groups.iso !== undefined) kind = 'iso';
    else if (groups.dmy !== undefined) kind = 'dmy';
    else if (groups.tail !== undefined) kind = 'rupee_tail';
    else if (groups.pair !== undefined) {
      kind = 'pair';
      value = piece.replace(/\s/g, '');
    } else if (groups.num !== undefined) {
      kind = 'num';
      value = piece.replace(/,/g, '');
      if (value.startsWith('.')) value = `0${value}`;
    } else if (groups.word !== undefined) {
      kind = 'word';
      value = piece.replace(/'$/, '');
    } else if (groups.cur !== undefined) {
      kind = 'cur';
      value = CURRENCY_SYMBOLS.get(piece) ?? 'USD';
    } else if (groups.sep !== undefined) kind = 'sep';
    else if (groups.slash !== undefined) kind = 'slash';
    else if (groups.question !== undefined) kind = 'question';
    if (kind === 'other' && /['"()[\]{}*_~#@!=<>^]/.test(piece)) {
      glued = false;
      continue;
    }
    raw.push({ kind, text: piece, value, glued });
    glued = true;
  }
  return mergeAlphanumerics(raw);
}

/**
 * "1mg", "ps5" and "4g" are names, not amounts: a number glued to letters that are no known
 * suffix, or letters glued to a number that are no currency prefix, become one word.
 */
function mergeAlphanumerics(raw: Draft[]): Token[] {
  const out: Draft[] = [];
  for (const token of raw) {
    const previous = out[out.length - 1];
    if (previous && token.glued) {
      const numThenWord = previous.kind === 'num' && token.kind === 'word' && !NUMBER_SUFFIXES.has(token.value);
      const wordThenNum = previous.kind === 'word' && token.kind === 'num' && !NUMBER_PREFIXES.has(previous.value);
      const wordThenWord = previous.kind === 'word' && token.kind === 'word' && /^\d/.test(previous.text);
      if (numThenWord || wordThenNum || wordThenWord) {
        const text = previous.text + token.text;
        out[out.length - 1] = { kind: 'word', text, value: text, glued: previous.glued };
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

export function isWord(token: Token | undefined, ...values: string[]): boolean {
  return token !== undefined && token.kind === 'word' && (values.length === 0 || values.includes(token.value));
}
