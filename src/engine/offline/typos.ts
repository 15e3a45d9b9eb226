/**
 * Typo repair against the category vocabulary ("petorl" → "petrol", "elecricity" → "electricity").
 * A symmetric-delete index (every word with up to two letters removed) is built once, so a lookup
 * costs a handful of map probes instead of a scan of the lexicon; candidates are then confirmed
 * with a true Damerau-Levenshtein distance: ≤ 1 for words of 4-6 letters, ≤ 2 from 7 letters on.
 */
import { COMMON_WORDS } from './lexicon/common-words.ts';
import { VOCABULARY } from './lexicon/index.ts';

/** Four-letter words have too many neighbours ("bier", "prag"): only longer ones are repaired. */
const MIN_LENGTH = 5;
const LONG_WORD = 7;

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter)) {
      out.add(shorter);
      deletes(shorter, depth - 1, out);
    }
  }
}

function maxDistance(length: number): number {
  return length >= LONG_WORD ? 2 : 1;
}

const DELETE_INDEX: Map<string, string[]> = (() => {
  const index = new Map<string, string[]>();
  const add = (key: string, word: string): void => {
    const list = index.get(key);
    if (list) {
      if (!list.includes(word)) list.push(word);
    } else index.set(key, [word]);
  };
  for (const word of VOCABULARY) {
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
    add(word, word);
    const variants = new Set<string>();
    deletes(word, maxDistance(word.length), variants);
    for (const variant of variants) add(variant, word);
  }
  return index;
})();

/** Optimal string alignment distance, stopping early once it exceeds `limit`. */
export function damerauLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

const cache = new Map<string, string | null>();
const CACHE_LIMIT = 5000;

/** The vocabulary word `word` is a typo of, when exactly one closest candidate exists. */
export function correctTypo(word: string): string | undefined {
  if (word.length < MIN_LENGTH || VOCABULARY.has(word) || COMMON_WORDS.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  const cached = cache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const limit = maxDistance(word.length);
  const probes = new Set<string>([word]);
  deletes(word, limit, probes);
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const probe of probes) {
    for (const candidate of DELETE_INDEX.get(probe) ?? []) {
      if (candidate.length < MIN_LENGTH || maxDistance(Math.min(candidate.length, word.length)) < 1) continue;
      const allowed = Math.min(limit, maxDistance(candidate.length));
      const distance = damerauLevenshtein(word, candidate, allowed);
      // The first letter must agree: "packets" is not "tickets", nor German "hatte" a "latte".
      if (distance > allowed || candidate[0] !== word[0]) continue;
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance && candidate !== best) {
        tie = true;
      }
    }
  }
  const result = best !== undefined && !tie ? best : undefined;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result ?? null);
  return result;
}
