/**
 * Expense messages: one or more priced items plus shared modifiers (a date, who paid, a split).
 * Modifiers are claimed first so they cannot be mistaken for amounts or descriptions; the rest is
 * cut into items at separators ("," "+" "and" newlines) or, failing that, after each amount
 * ("sabzi 120 auto 40"). Each item keeps exactly one amount.
 */
import type { IsoDate } from '../../domain/dates.ts';
import type { InterpretContext, ProposedDraft } from '../interpretation.ts';
import { findAmounts, isNotMoneySuffix, knownCurrency, toMinorUnits, type AmountMatch } from './amounts.ts';
import { chooseCategory, lexiconKeys, type CategoryChoice } from './categorize.ts';
import { findDates, type DateOptions } from './dates.ts';
import type { Habits } from './habits.ts';
import type { Original } from './locale-words.ts';
import { COMMON_WORDS } from './lexicon/common-words.ts';
import { PHRASE_INDEX, TIER_WEIGHTS, VOCABULARY, lexiconKey } from './lexicon/index.ts';
import { payersByPiece, shareNotes, splitsByPiece, withoutCounts } from './item-modifiers.ts';
import { asWritten, contentWords, describe, hasContent, isFiller, isSeparator, SEPARATOR_WORDS, type Range } from './item-words.ts';
import { findPayers, findSplit, memberOfWord, type Members } from './members.ts';
import type { Token } from './tokens.ts';

export interface ParseEnv {
  readonly context: InterpretContext;
  readonly today: IsoDate;
  readonly habits: Habits;
  readonly dateOptions: DateOptions;
  readonly members: Members;
  /** Words read from another language, as the person wrote them (normalize.ts). */
  readonly originals?: readonly Original[];
}

export type ExpenseParse =
  | { readonly kind: 'expense'; readonly drafts: ProposedDraft[]; readonly confident: boolean }
  | { readonly kind: 'invalid_amount' };

const MAX_ITEMS = 25;

/** Splits a range holding several amounts into one range per amount. */
function splitByAmounts(range: Range, tokens: readonly Token[], taken: Uint8Array, inAmount: Uint8Array): Range[] {
  let amounts = range.amounts;
  const first = amounts[0];
  const before = first ? contentWords(tokens, { start: range.start, end: first.start }, taken, inAmount) : [];
  // "2 coffees 300": a small bare count at the start, followed by words, is a quantity.
  if (first && amounts.length > 1 && !first.marked && /^\d{1,2}$/.test(first.decimal) && Number(first.decimal) <= 20 && !hasContent(before)) {
    const next = tokens[first.end];
    if (next?.kind === 'word') amounts = amounts.slice(1);
  }
  // "movie 2 tickets 560": a small bare number before a plural noun counts things, not money.
  amounts = amounts.filter((amount, k) => {
    const next = tokens[amount.end];
    const plural = next?.kind === 'word' && next.value.length > 3 && next.value.endsWith('s') && !next.value.endsWith('ss');
    return !(amounts.length > 1 && k < amounts.length - 1 && !amount.marked && /^\d{1,2}$/.test(amount.decimal) && Number(amount.decimal) <= 20 && plural);
  });
  if (amounts.length <= 1) return [{ ...range, amounts }];
  const amountFirst = !hasContent(contentWords(tokens, { start: range.start, end: amounts[0]?.start ?? range.start }, taken, inAmount));
  const pieces: Range[] = [];
  if (amountFirst) {
    amounts.forEach((amount, k) => {
      const next = amounts[k + 1];
      pieces.push({ start: k === 0 ? range.start : amount.start, end: next ? next.start : range.end, amounts: [amount] });
    });
  } else {
    let start = range.start;
    amounts.forEach((amount, k) => {
      const last = k === amounts.length - 1;
      pieces.push({ start, end: last ? range.end : amount.end, amounts: [amount] });
      start = amount.end;
    });
  }
  return pieces;
}

/** A word that is a shop or an item on its own ("uber", "petrol"), so never a person's name. */
function namesAThing(word: string): boolean {
  return PHRASE_INDEX.get(lexiconKey(word))?.some((phrase) => phrase.words.length === 1) ?? false;
}

/** What an unknown merchant most often is, after whatever the words half-matched. */
const EVERYDAY_CHOICES: readonly string[] = ['groceries', 'dining', 'shopping', 'household', 'other'];

function choicesFor(category: CategoryChoice): string[] {
  const first = category.matched ? [category.slug, ...category.alternatives] : category.alternatives;
  return [...new Set([...first, ...EVERYDAY_CHOICES])].slice(0, 5);
}

export function parseExpense(tokens: readonly Token[], env: ParseEnv): ExpenseParse | undefined {
  const taken = new Uint8Array(tokens.length);
  const split = findSplit(tokens, taken, env.members);
  const splitAt = split ? taken.indexOf(1) : -1;
  const payers = findPayers(tokens, taken, env.members, namesAThing, COMMON_WORDS);
  const dates = findDates(tokens, env.today, env.dateOptions, taken);
  for (const date of dates) for (let k = date.start; k < date.end; k++) taken[k] = 1;
  const found = findAmounts(tokens, taken, { currency: env.context.currency });
  // "koffie 3,20 at Lot Sixty One": beside a price in digits, a number in words is part of a name.
  const spelledAside = found.some((amount) => !amount.spelled) ? found.filter((amount) => amount.spelled && !amount.marked) : [];
  const shares = shareNotes(found.filter((amount) => !spelledAside.includes(amount)), tokens, split, env.members);
  const amounts = withoutCounts(found.filter((amount) => !shares.notes.includes(amount) && !spelledAside.includes(amount)), tokens);
  const splitWithShares = shares.split;
  if (amounts.length === 0) return undefined;
  let confident = amounts.length === found.length;
  const inAmount = new Uint8Array(tokens.length);
  for (const amount of amounts) for (let k = amount.start; k < amount.end; k++) inAmount[k] = 1;

  const segments: Range[] = [];
  let segmentStart = 0;
  let next = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !isSeparator(tokens[i], taken[i] === 1 || inAmount[i] === 1)) continue;
    const inside: AmountMatch[] = [];
    while (next < amounts.length && (amounts[next]?.start ?? Infinity) < i) inside.push(amounts[next++] as AmountMatch);
    segments.push({ start: segmentStart, end: i, amounts: inside });
    segmentStart = i + 1;
  }

  const items: Range[] = [];
  let pending = -1;
  for (const segment of segments) {
    if (segment.amounts.length === 0) {
      if (pending < 0 && hasContent(contentWords(tokens, segment, taken, inAmount))) pending = segment.start;
      continue;
    }
    items.push({ start: pending >= 0 ? pending : segment.start, end: segment.end, amounts: segment.amounts });
    pending = -1;
  }
  const lastItem = items[items.length - 1];
  if (pending >= 0 && lastItem) lastItem.end = segments[segments.length - 1]?.end ?? lastItem.end;

  const allPieces = items.flatMap((item) => splitByAmounts(item, tokens, taken, inAmount));
  // A pasted statement is not a chat message: keep the first items and let a person check.
  const pieces = allPieces.slice(0, MAX_ITEMS);
  const explicit = new Set(pieces.map((p) => p.amounts[0]?.currency).filter((c): c is string => c !== undefined));
  const sharedCurrency = explicit.size === 1 ? [...explicit][0] : undefined;
  const payerOf = payersByPiece(payers, pieces);
  const splitOf = splitsByPiece(splitAt, pieces, tokens);
  if (split && splitOf.ambiguous) confident = false;

  // "para kay baby: diapers 899, gatas 1,450": a heading before a colon says what every item was for.
  const colon = tokens.findIndex((t) => t.kind === 'sep' && t.text === ':');
  const heading = colon > 0 && (amounts[0]?.start ?? 0) > colon ? contentWords(tokens, { start: 0, end: colon }, taken, inAmount) : [];

  const drafts: ProposedDraft[] = [];
  if (allPieces.length > MAX_ITEMS) confident = false;
  for (const [index, piece] of pieces.entries()) {
    const amount = piece.amounts[0];
    if (!amount) continue;
    const currency = knownCurrency(amount.currency ?? sharedCurrency) ?? knownCurrency(env.context.currency) ?? 'INR';
    // "Eurostar 120 and the tube £8,50": one item's currency lent to another is a guess.
    if (amount.currency === undefined && sharedCurrency !== undefined && sharedCurrency !== env.context.currency) confident = false;
    const minor = toMinorUnits(amount.decimal, currency);
    if (!minor.ok) return { kind: 'invalid_amount' };
    const words = contentWords(tokens, piece, taken, inAmount).filter((w) => !SEPARATOR_WORDS.has(w) || w === 'and');
    const { keys, fixed } = lexiconKeys(words);
    // The description keeps the person's own words: a typo repair or a translation only helps read it.
    const description = describe(asWritten(tokens, piece, taken, inAmount, env.originals ?? []));
    const scoringWords = words.map((w, i) => (fixed[i] ? (keys[i] ?? w) : w));
    if (piece.start > colon) scoringWords.push(...heading);
    const category = chooseCategory(scoringWords, description || words.join(' '), env.context);
    const ownDate = dates.find((d) => d.start >= piece.start && d.start < piece.end);
    const date = ownDate?.date ?? dates[0]?.date ?? env.today;

    const unexplained = words.filter(
      (w, i) => !category.used.has(i) && !isFiller(w) && !COMMON_WORDS.has(w) && !VOCABULARY.has(keys[i] ?? w) && memberOfWord(w, env.members) === undefined,
    );
    const repaired = [...category.used].some((i) => fixed[i]) || category.compound === true;
    const guessed = !category.matched || category.alternatives.length > 0;
    // An ordinary item word beside a name Kitty does not know ("DB ticket hamburg") may be about that name instead.
    const thin = (unexplained.length > 0 || words.filter((w) => !isFiller(w)).length > category.used.size + 1) && category.score < TIER_WEIGHTS.strong;
    if (guessed || repaired || thin || description === '' || (amount.spelled && !amount.marked) || amount.doubtful || unexplained.length > 1) confident = false;
    if (ownDate?.invalid || (!ownDate && dates[0]?.invalid)) confident = false;
    const payer = payerOf[index];
    if (payer && (!payer.known || payer.implied)) confident = false;
    drafts.push({
      amountMinor: minor.minor,
      currency,
      category: category.slug,
      date,
      description: description === '' ? category.slug.replace('_', ' ') : description,
      ...(payer?.known && payer.name !== env.members.sender ? { paidBy: payer.name } : {}),
      ...(payer && !payer.known ? { unknownPayer: payer.name } : {}),
      ...(splitWithShares && splitOf.pieces[index] ? { split: splitWithShares } : {}),
      // Nothing described, nothing to learn: "sam paid 210" asks who Sam is, not what it was.
      ...(guessed && description !== '' ? { categoryChoices: choicesFor(category) } : {}),
    });
  }
  if (drafts.length === 0) return undefined;
  // Leftover numbers nobody explained (a stray "10/03" or second price) make the reading a guess.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (taken[i] || inAmount[i]) continue;
    const counted = token?.kind === 'num' && (isNotMoneySuffix(tokens[i + 1]) || (token.glued && tokens[i - 1]?.value === 'x'));
    if (!counted && (token?.kind === 'num' || token?.kind === 'pair' || token?.kind === 'dmy')) confident = false;
  }
  return { kind: 'expense', drafts, confident };
}
