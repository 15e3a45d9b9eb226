/**
 * Just enough of Telegram's `parse_mode` handling to fail where Telegram certainly fails — an
 * unescaped `<` in HTML, an unescaped `.` or `!` in MarkdownV2 are the classic "can't parse
 * entities" bugs of chat bots — and to return the text a client would show. It accepts some
 * malformed markup Telegram would reject (unbalanced tags, MarkdownV2 `_*[]()~` misuse).
 */
export type ParsedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const HTML_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'a',
  'code',
  'pre',
  'blockquote',
  'tg-emoji',
  'tg-time',
]);

export function parseFormattedText(text: string, parseMode: unknown): ParsedText {
  if (parseMode === 'HTML') return parseHtml(text);
  if (parseMode === 'MarkdownV2') return parseMarkdownV2(text);
  return { ok: true, text };
}

function parseHtml(text: string): ParsedText {
  for (const match of text.matchAll(/</g)) {
    const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?>/.exec(text.slice(match.index));
    const offset = Buffer.byteLength(text.slice(0, match.index));
    if (!tag) return { ok: false, reason: `can't parse entities: Unexpected end of name token at byte offset ${offset}` };
    const name = (tag[1] ?? '').toLowerCase();
    if (!HTML_TAGS.has(name)) return { ok: false, reason: `can't parse entities: Unsupported start tag "${name}" at byte offset ${offset}` };
  }
  const visible = text
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
  return { ok: true, text: visible };
}

/** Characters MarkdownV2 reserves that open no formatting (parentheses only around a link URL). */
const ALWAYS_ESCAPED = new Set(['.', '!', '-', '+', '=', '#', '{', '}', '(', ')']);

function parseMarkdownV2(text: string): ParsedText {
  let visible = '';
  let inCode = false;
  let inLinkUrl = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\\') {
      visible += text[i + 1] ?? '';
      i++;
      continue;
    }
    if (char === '`') {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      visible += char;
      continue;
    }
    if (inLinkUrl) {
      if (char === ')') inLinkUrl = false;
      continue;
    }
    if (char === '(' && text[i - 1] === ']') {
      inLinkUrl = true;
      continue;
    }
    if (ALWAYS_ESCAPED.has(char)) {
      return { ok: false, reason: `can't parse entities: Character '${char}' is reserved and must be escaped with the preceding '\\'` };
    }
    if ('*_~|[]'.includes(char)) continue;
    visible += char;
  }
  return { ok: true, text: visible };
}
