/**
 * The words of one item of an expense message: which of them say something, and the
 * description they make, shown as the person wrote them.
 */
import type { Original } from './locale-words.ts';
import { FUNCTION_WORDS } from './lexicon/function-words.ts';
import { isNotMoneySuffix, type AmountMatch } from './amounts.ts';
import type { Token } from './tokens.ts';

/** A stretch of tokens; an item is one with exactly one amount. */
export interface Range {
  start: number;
  end: number;
  amounts: AmountMatch[];
}

export const SEPARATOR_WORDS: ReadonlySet<string> = new Set(['and', 'plus', 'also', 'then', 'aur', 'n']);

/** Words that carry no description: verbs of paying, articles, prepositions at the edges. */
const EDGE_FILLER: ReadonlySet<string> = new Set([
  'paid', 'pay', 'payed', 'paying', 'spent', 'spend', 'bought', 'buy', 'got', 'get', 'for', 'on', 'the', 'a', 'an', 'of', 'to',
  'at', 'in', 'from', 'with', 'is', 'was', 'it', 'i', 'we', 'me', 'my', 'our', 'us', 'add', 'added', 'log', 'forgot', 'please',
  'just', 'also', 'around', 'about', 'total', 'worth', 'and', 'expense', 'amount', 'cost', 'costs', 'filled', 'fill', 'did',
  'had', 'have', 'made', 'gave', 'give', 'rs', 'inr', 'rupees', 'bucks', 'today', 'so', 'ok', 'hey', 'kitty', 'new',
]);
const ALWAYS_DROP: ReadonlySet<string> = new Set(['paid', 'payed', 'spent', 'rs', 'inr', 'rupees', 'bucks', 'forgot', 'please', 'kitty']);

export function isSeparator(token: Token | undefined, taken: boolean): boolean {
  if (!token || taken) return false;
  return token.kind === 'sep' || (token.kind === 'word' && SEPARATOR_WORDS.has(token.value));
}

export function contentWords(tokens: readonly Token[], range: { start: number; end: number }, taken: Uint8Array, inAmount: Uint8Array): string[] {
  return contentIndexes(tokens, range, taken, inAmount).map((i) => (tokens[i] as Token).value);
}

export function contentIndexes(tokens: readonly Token[], range: { start: number; end: number }, taken: Uint8Array, inAmount: Uint8Array): number[] {
  const words: number[] = [];
  for (let i = range.start; i < range.end; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word' || taken[i] || inAmount[i]) continue;
    // Units of a count ("2kg", "8pm", "2 packets") and the "x" of "x2" describe nothing.
    const previous = tokens[i - 1];
    if (previous?.kind === 'num' && isNotMoneySuffix(token)) continue;
    if (token.value === 'x' && tokens[i + 1]?.kind === 'num' && tokens[i + 1]?.glued) continue;
    words.push(i);
  }
  return words;
}

export function isFiller(word: string): boolean {
  return EDGE_FILLER.has(word) || FUNCTION_WORDS.has(word);
}

export function hasContent(words: readonly string[]): boolean {
  return words.some((w) => !isFiller(w) && !SEPARATOR_WORDS.has(w));
}

/** A word of a description as the person wrote it, and what it was read as (one or more words). */
interface Written {
  readonly shown: string;
  readonly values: string[];
}

/** The piece's content words as the person wrote them: a translated phrase comes back whole, once. */
export function asWritten(tokens: readonly Token[], range: Range, taken: Uint8Array, inAmount: Uint8Array, originals: readonly Original[]): Written[] {
  const words: Written[] = [];
  let lastOriginal: Original | undefined;
  const wanted = new Set(contentIndexes(tokens, range, taken, inAmount));
  for (let i = range.start; i < range.end; i++) {
    const token = tokens[i];
    if (!token || !wanted.has(i) || (SEPARATOR_WORDS.has(token.value) && token.value !== 'and')) continue;
    const original = originals.find((o) => token.offset >= o.start && token.offset < o.end);
    if (original && original === lastOriginal) words[words.length - 1]?.values.push(token.value);
    else words.push({ shown: original?.text ?? token.value, values: [token.value] });
    lastOriginal = original;
  }
  return words;
}

/** Pronouns say who, which the payer already holds; a description names the thing. */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'me', 'my', 'our', 'us']);

/** Drops what says nothing about the thing ("paid", "i", "rs") and trims fillers from the ends, judged by what the words mean. */
export function describe(words: readonly Written[]): string {
  const out = words.filter((word) => !word.values.every((value) => ALWAYS_DROP.has(value) || PRONOUNS.has(value)));
  const filler = (word: Written | undefined) => word !== undefined && word.values.every((value) => isFiller(value) || PRONOUNS.has(value));
  while (out.length > 0 && filler(out[0])) out.shift();
  while (out.length > 0 && filler(out[out.length - 1])) out.pop();
  return out.map((word) => word.shown).join(' ').replace(/\s+/g, ' ').trim();
}
