/**
 * The compiled category lexicon: every phrase indexed by its first word, longest first, built
 * once at module load. Lookups work on "keys": a word with apostrophes dropped and, when only
 * the singular is known, the singular ("autos" → "auto").
 */
import { withoutAccents } from '../accents.ts';
import { FOOD } from './food.ts';
import { FOOD_ITEMS } from './food-items.ts';
import { GETTING_AROUND } from './getting-around.ts';
import { GETTING_AROUND_ITEMS } from './getting-around-items.ts';
import { HOME } from './home.ts';
import { HOME_ITEMS } from './home-items.ts';
import { LIFE } from './life.ts';
import { LIFE_ITEMS } from './life-items.ts';
import { NAMES } from './names.ts';
import { REGIONAL } from './regional.ts';
import { SPENDING } from './spending.ts';
import type { CategoryWords, Lexicon } from './types.ts';

export const TIER_WEIGHTS = { purpose: 6, strong: 4, normal: 2, weak: 1 } as const;
type Tier = keyof typeof TIER_WEIGHTS;

export interface Phrase {
  readonly words: readonly string[];
  readonly slug: string;
  readonly weight: number;
}

// The *-items files name things bought rather than shops; they compile into the same index.
const SOURCES: readonly Lexicon[] = [NAMES, FOOD, GETTING_AROUND, HOME, SPENDING, LIFE, FOOD_ITEMS, GETTING_AROUND_ITEMS, HOME_ITEMS, LIFE_ITEMS, REGIONAL];

/** Drops apostrophes, possessive "'s" and a lone "s" left by splitting "trader joe's". */
export function keyWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/['’]/g, '')
    .split(/[\s-]+/)
    .filter((word) => word !== '' && word !== 's');
}

function build(): { index: Map<string, Phrase[]>; vocabulary: Set<string> } {
  const index = new Map<string, Phrase[]>();
  const vocabulary = new Set<string>();
  const seen = new Map<string, number>();
  // A spelling listed on its own keeps its own tier: "súper" is strong, plain "super" only a hint.
  const spelled = new Set<string>();
  for (const source of SOURCES) {
    for (const words of Object.values(source)) {
      for (const tier of Object.keys(TIER_WEIGHTS) as Tier[]) {
        for (const phrase of (words as CategoryWords)[tier] ?? []) spelled.add(keyWords(phrase).join(' '));
      }
    }
  }
  for (const source of SOURCES) {
    for (const [slug, words] of Object.entries(source)) {
      for (const tier of Object.keys(TIER_WEIGHTS) as Tier[]) {
        const listed = (words as CategoryWords)[tier] ?? [];
        const folded = listed.map(withoutAccents).filter((phrase) => !spelled.has(keyWords(phrase).join(' ')));
        for (const phrase of new Set([...listed, ...folded])) {
          const parts = keyWords(phrase);
          const first = parts[0];
          if (first === undefined) continue;
          const weight = TIER_WEIGHTS[tier] + (parts.length - 1) * 0.5;
          const id = `${parts.join(' ')}|${slug}`;
          // A phrase listed twice keeps its strongest tier.
          if ((seen.get(id) ?? 0) >= weight) continue;
          seen.set(id, weight);
          const list = index.get(first) ?? [];
          const existing = list.findIndex((p) => p.slug === slug && p.words.join(' ') === parts.join(' '));
          if (existing >= 0) list.splice(existing, 1);
          list.push({ words: parts, slug, weight });
          index.set(first, list);
          for (const part of parts) vocabulary.add(part);
        }
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || b.weight - a.weight);
  return { index, vocabulary };
}

const BUILT = build();
export const PHRASE_INDEX: ReadonlyMap<string, readonly Phrase[]> = BUILT.index;
/** Every word that appears in some phrase. */
export const VOCABULARY: ReadonlySet<string> = BUILT.vocabulary;

/** The lexicon's spelling of a word: as is, or singular when only that is known. */
export function lexiconKey(word: string): string {
  const base = word.replace(/'s$/, '').replace(/'/g, '');
  if (VOCABULARY.has(base)) return base;
  if (base.length > 3) {
    if (base.endsWith('ies') && VOCABULARY.has(`${base.slice(0, -3)}y`)) return `${base.slice(0, -3)}y`;
    if (base.endsWith('es') && VOCABULARY.has(base.slice(0, -2))) return base.slice(0, -2);
    if (base.endsWith('s') && VOCABULARY.has(base.slice(0, -1))) return base.slice(0, -1);
  }
  return base;
}

export interface LexiconMatch {
  readonly start: number;
  readonly end: number;
  readonly slug: string;
  readonly weight: number;
}

/** Longest phrase at each position, left to right; keys are lexiconKey()'d words. */
export function matchPhrases(keys: readonly string[]): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  let i = 0;
  while (i < keys.length) {
    const candidates = PHRASE_INDEX.get(keys[i] ?? '');
    let best: LexiconMatch | undefined;
    for (const phrase of candidates ?? []) {
      if (best && phrase.words.length < best.end - best.start) break;
      if (phrase.words.every((w, k) => keys[i + k] === w)) {
        const match = { start: i, end: i + phrase.words.length, slug: phrase.slug, weight: phrase.weight };
        // Same length, several categories (a word in two lists): keep every reading for the score.
        if (best && match.end === best.end) matches.push(match);
        else best = match;
      }
    }
    if (best) {
      matches.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return matches;
}
