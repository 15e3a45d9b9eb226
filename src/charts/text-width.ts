/**
 * Text width without a font engine. SVG has no text measuring outside a browser, so layout uses
 * DejaVu Sans advance widths by character class: close enough to keep labels clear of bars and of
 * each other, and generous rather than tight (Liberation Sans and Arial are narrower).
 */

const NARROW = new Set([...' .,:;\'"!|ijlIftr()[]{}/\\-']);
const WIDE = new Set([...'mwMW@%']);

function charWidth(char: string): number {
  if (NARROW.has(char)) return 0.34;
  if (WIDE.has(char)) return 0.95;
  if (/[0-9]/.test(char)) return 0.64;
  if (/[A-Z]/.test(char)) return 0.72;
  const code = char.codePointAt(0) ?? 0;
  // CJK, kana, hangul, full-width forms and emoji take a full em.
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f300)) {
    return 1;
  }
  return 0.62;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.08 : 1);
}

/** The text, or as much of it as fits followed by an ellipsis; never splits a surrogate pair. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  const room = maxWidth - textWidth('…', fontSize, bold);
  let width = 0;
  let end = 0;
  while (end < chars.length) {
    const next = textWidth(chars[end] ?? '', fontSize, bold);
    if (width + next > room) break;
    width += next;
    end += 1;
  }
  return end === 0 ? '…' : `${chars.slice(0, end).join('').trimEnd()}…`;
}
