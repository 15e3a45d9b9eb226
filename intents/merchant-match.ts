/**
 * Matching a merchant's words ("costco", "whole foods", "coffee") against expense descriptions:
 * case-insensitively, at the start of a word, so "coffee" finds "Blue Tokai coffee" and
 * "coffees" but not "decoffeinated", and "uber" does not find "tuber". The words arrive only as
 * a bound ILIKE pattern with its wildcards escaped; nothing the person typed becomes SQL.
 */
import { ilike, sql, type SQL } from 'drizzle-orm';
import { expenses } from '../src/db/schema.ts';

/**
 * Spaces and punctuation both end a word. Postgres' [:punct:] is the ASCII punctuation in every
 * collation, so a letter such as "é" stays inside its word on PGlite and on Postgres alike; the
 * words below are split the same way, with Unicode's wider idea of punctuation.
 */
const SEPARATORS = /[\s\p{P}\p{S}]+/u;

/** The merchant's words, lower-cased, in order; empty when it has none ("!!!"). */
export function merchantWords(merchant: string): string[] {
  return merchant
    .toLowerCase()
    .split(SEPARATORS)
    .filter((word) => word !== '');
}

/** "whole foods" → "Whole Foods", for the answer. */
export function merchantLabel(merchant: string): string {
  return merchantWords(merchant)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** LIKE's own characters taken literally (backslash is Postgres' default LIKE escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * The description, with every run of spaces and punctuation made one space and a space in front,
 * holds " <the words>" — so the phrase starts at a word, its words are whole words in a row, and
 * its last word may be the start of a longer one ("costc" finds Costco).
 */
export function descriptionMatches(merchant: string): SQL {
  const words = merchantWords(merchant);
  if (words.length === 0) throw new Error('A merchant needs at least one word.'); // merchantParam refuses this first
  const normalized = sql`' ' || regexp_replace(${expenses.description}, '[[:space:][:punct:]]+', ' ', 'g')`;
  return ilike(normalized, `% ${escapeLike(words.join(' '))}%`);
}
