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
  /** A num whose separators could be read two ways ("2,40" in Chicago, "1,250" in Berlin). */
  readonly doubtful?: boolean;
  /** Where the token starts in the normalized text. */
  readonly offset: number;
  /** Written right after "(": "54,20 (Hannah)" is an aside about the item before it. */
  readonly inParens?: boolean;
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
  ['₺', 'TRY'],
  ['₴', 'UAH'],
  ['₦', 'NGN'],
  ['₫', 'VND'],
  ['₪', 'ILS'],
  ['₽', 'RUB'],
  ['₡', 'CRC'],
  ['₲', 'PYG'],
  ['₸', 'KZT'],
  ['₾', 'GEL'],
  ['৳', 'BDT'],
]);

/** Letters that may follow a number without a space and still leave it a number ("15k", "5th", "2kg"). */
export const NUMBER_SUFFIXES: ReadonlySet<string> = new Set([
  'k', 'l', 'lakh', 'lakhs', 'lac', 'lacs', 'cr', 'crore', 'crores', 'm', 'mn', 'bn', 'million', 'thousand',
  'st', 'nd', 'rd', 'th', 'am', 'pm', 'kg', 'kgs', 'gm', 'gms', 'ml', 'ltr', 'ltrs', 'litre', 'litres', 'x',
  'rs', 'inr', 'usd', 'eur', 'gbp', 'jpy', 'aud', 'cad', 'sgd', 'aed', 'bucks', 'rupees', 'd', 'day', 'days',
  'chf', 'pln', 'czk', 'sek', 'nok', 'dkk', 'php', 'brl', 'try', 'krw', 'mxn', 'zł', 'zl', 'kč', 'kc', 'kr', 'eu', 'euro', 'euros',
  'baje', 'bje', 'uhr', 'ft', 'pesos', 'peso', 'ct', 'cts', 'cents', 'er', 'ère', 'ème', 'eme', 'e', 'º', 'ª', 'te', 'ten', 'std',
  'hr', 'hrs', 'h', 'min', 'mins', 'pcs', 'pc', 'km', 'kms', 'w', 'wk', 'wks', 'weeks', 'yrs',
]);

/** Words that may be glued before a number ("rs1500", "usd12") without forming one word. */
const NUMBER_PREFIXES: ReadonlySet<string> = new Set([
  'rs', 'inr', 'usd', 'eur', 'gbp', 'jpy', 'aud', 'cad', 'sgd', 'aed', 'last', 'top', 'x', 'chf', 'pln', 'czk', 'sek', 'nok',
  'dkk', 'php', 'brl', 'krw', 'mxn', 'zł', 'zl', 'kč', 'kr', 'p', 'rp', 'rm',
]);

const PIECE = new RegExp(
  [
    '(?<space>\\s+)',
    '(?<iso>\\d{4}-\\d{1,2}-\\d{1,2})(?![\\d])',
    '(?<dmy>\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2}))(?![\\d])',
    '(?<tail>\\/-)',
    '(?<time>\\d{1,2}:\\d{2})(?![\\d])',
    // "am 14.03.", "bis 3.11.": a day and a month, dotted, as much of Europe writes them.
    '(?<dotted>(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.)(?!\\d)',
    '(?<pair>\\d{1,3}\\s?[/-]\\s?\\d{1,3})(?![\\d.,]\\d|\\/-|[/-]\\d)',
    "(?<num>\\d+(?:[.,']\\d+)*|[.,]\\d+)",
    '(?<word>\\p{L}[\\p{L}\\p{M}]*(?:[\'&][\\p{L}\\p{M}]+)*\'?)',
    '(?<cur>[₹$€£¥￥₩฿₱₨₺₴₦₫₪₽₡₲₸₾৳])',
    '(?<sep>\\n|[,;+&:|•]|(?<=^|\\s)-+(?=\\s|$)|\\.(?!\\d))',
    '(?<slash>\\/)',
    '(?<question>\\?)',
    '(?<other>[\\s\\S])',
  ].join('|'),
  'uy',
);

type Draft = { kind: TokenKind; text: string; value: string; glued: boolean; doubtful?: boolean; offset: number; inParens?: boolean };

/** How the household writes numbers; the decimal mark is all the tokenizer needs. */
export interface NumberHabits {
  readonly decimalComma: boolean;
}

const DOT_DECIMAL: NumberHabits = { decimalComma: false };

/** Words after which a dotted "12.10." is a date even where a dot is the decimal mark. */
const DATE_LEADS: ReadonlySet<string> = new Set(['on', 'am', 'le', 'el', 'op', 'dated', 'vom', 'seit', 'since', 'bis', 'from', 'til', 'till', 'until']);

/** Western groups of three after the first, or the Indian lakh/crore pattern ("1,50,000"). */
function validGroups(groups: readonly string[]): boolean {
  const [first = '', ...rest] = groups;
  if (first.length === 0 || first.length > 3 || rest.length === 0) return false;
  if (rest.every((g) => g.length === 3)) return true;
  const last = rest[rest.length - 1] ?? '';
  return first.length <= 2 && last.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
}

/**
 * The decimal value of a written number, in the household's way of writing them: "2,40" and
 * "2.349,00" in Berlin, "1,250" and "1,50,000" in Delhi, "1'250" in Zurich. A reading that the
 * other convention would read differently is `doubtful`.
 */
export function readNumeral(text: string, habits: NumberHabits): { value: string; doubtful: boolean } {
  if (/^\d+$/.test(text)) return { value: text, doubtful: false };
  const separators = text.replace(/\d/g, '');
  const groups = text.split(/[.,']/);
  const lastSeparator = separators[separators.length - 1] ?? '';
  const lastGroup = groups[groups.length - 1] ?? '';
  const whole = (parts: readonly string[]) => parts.join('').replace(/^0+(?=\d)/, '') || '0';
  const decimal = (intParts: readonly string[], fraction: string) => `${whole(intParts)}.${fraction}`;

  if (text.startsWith('.') || text.startsWith(',')) {
    return { value: `0.${text.slice(1).replace(/[.,']/g, '')}`, doubtful: text.startsWith(',') !== habits.decimalComma };
  }
  const kinds = new Set(separators);
  if (kinds.size > 1) {
    // Both marks: the last one is the decimal point, the others group ("2.349,00", "1,234.56", "1'234.50").
    const intGroups = groups.slice(0, -1);
    const decimalMark = lastSeparator;
    const groupMarks = separators.slice(0, -1);
    const consistent = !groupMarks.includes(decimalMark) && new Set(groupMarks).size === 1 && lastGroup.length <= 3;
    const doubtful = !consistent || !validGroups(intGroups) || (decimalMark === ',') !== habits.decimalComma && decimalMark !== "'";
    const swiss = decimalMark === '.' && groupMarks.includes("'") && validGroups(intGroups);
    return { value: decimal(intGroups, lastGroup), doubtful: doubtful && !swiss };
  }
  const mark = lastSeparator;
  if (mark === "'") return { value: whole(groups), doubtful: !validGroups(groups) };
  if (separators.length > 1) return { value: whole(groups), doubtful: !validGroups(groups) };
  // One mark: a decimal, unless three digits follow it in the household's grouping style.
  const groupingMark = habits.decimalComma ? '.' : ',';
  if (mark === groupingMark && lastGroup.length === 3) return { value: whole(groups), doubtful: false };
  if (mark !== groupingMark && lastGroup.length === 3) {
    // "1,250" in Berlin or "1.250" in Chicago: either convention could have written it.
    return mark === ',' ? { value: whole(groups), doubtful: true } : { value: decimal(groups.slice(0, 1), lastGroup), doubtful: true };
  }
  if (mark === groupingMark) {
    // "2,40" in Chicago is a European's decimal comma; a dot decimal in Berlin is common in chat.
    return { value: decimal(groups.slice(0, 1), lastGroup), doubtful: mark === ',' };
  }
  return { value: decimal(groups.slice(0, 1), lastGroup), doubtful: lastGroup.length > 3 };
}

export function tokenize(text: string, habits: NumberHabits = DOT_DECIMAL): Token[] {
  const raw: Draft[] = [];
  PIECE.lastIndex = 0;
  let glued = false;
  let opened = false;
  while (PIECE.lastIndex < text.length) {
    const match = PIECE.exec(text);
    if (!match?.groups) break;
    const groups = match.groups;
    const piece = match[0];
    const offset = match.index;
    if (groups.space !== undefined) {
      glued = false;
      continue;
    }
    let kind: TokenKind = 'other';
    let value = piece;
    if (groups.time !== undefined) kind = 'other';
    else if (groups.dotted !== undefined) {
      const before = raw[raw.length - 1];
      // At the very end with nothing leading it ("taxi 9.10."), it is a price and a full stop.
      const last = PIECE.lastIndex >= text.trimEnd().length;
      if ((habits.decimalComma && !last) || (before?.kind === 'word' && DATE_LEADS.has(before.value))) {
        kind = 'pair';
        value = piece.slice(0, -1).replace('.', '/');
        raw.push({ kind, text: piece, value, glued, offset });
        glued = true;
        continue;
      }
      // A price at the end of a sentence ("coffee 12.50."): the number, then the full stop.
      raw.push({ kind: 'num', text: piece.slice(0, -1), value: piece.slice(0, -1).replace(/^0+(?=\d)/, ''), glued, offset });
      raw.push({ kind: 'sep', text: '.', value: '.', glued: true, offset: offset + piece.length - 1 });
      glued = true;
      continue;
    }
    else if (groups.iso !== undefined) kind = 'iso';
    else if (groups.dmy !== undefined) kind = 'dmy';
    else if (groups.tail !== undefined) kind = 'rupee_tail';
    else if (groups.pair !== undefined) {
      kind = 'pair';
      value = piece.replace(/\s/g, '');
    } else if (groups.num !== undefined) {
      kind = 'num';
      const read = readNumeral(piece, habits);
      value = read.value;
      if (read.doubtful) {
        raw.push({ kind, text: piece, value, glued, doubtful: true, offset });
        glued = true;
        continue;
      }
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
      opened = piece === '(';
      continue;
    }
    raw.push({ kind, text: piece, value, glued, offset, ...(opened ? { inParens: true } : {}) });
    opened = false;
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
    const hyphen = previous;
    const beforeHyphen = out[out.length - 2];
    // "s-26", "7-eleven", "a-1": letters and digits joined by a hyphen are one name.
    // "milk-40" and "taxi-150" stay an item and its price: only a letter or two before the hyphen make a name.
    if (hyphen?.kind === 'other' && hyphen.text === '-' && hyphen.glued && token.glued && beforeHyphen &&
        ((beforeHyphen.kind === 'word' && beforeHyphen.text.length <= 2 && token.kind === 'num') || (beforeHyphen.kind === 'num' && token.kind === 'word'))) {
      const text = beforeHyphen.text + hyphen.text + token.text;
      out.splice(out.length - 2, 2, { kind: 'word', text, value: text, glued: beforeHyphen.glued, offset: beforeHyphen.offset });
      continue;
    }
    if (previous && token.glued) {
      const numThenWord = previous.kind === 'num' && token.kind === 'word' && !NUMBER_SUFFIXES.has(token.value);
      const wordThenNum = previous.kind === 'word' && token.kind === 'num' && !NUMBER_PREFIXES.has(previous.value);
      const wordThenWord = previous.kind === 'word' && token.kind === 'word' && /^\d/.test(previous.text);
      if (numThenWord || wordThenNum || wordThenWord) {
        const text = previous.text + token.text;
        out[out.length - 1] = { kind: 'word', text, value: text, glued: previous.glued, offset: previous.offset };
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
