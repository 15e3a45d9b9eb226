/**
 * Expense messages: one or more priced items plus shared modifiers (a date, who paid, a split).
 * Modifiers are claimed first so they cannot be mistaken for amounts or descriptions; the rest is
 * cut into items at separators ("," "+" "and" newlines) or, failing that, after each amount
 * ("sabzi 120 auto 40"). Each item keeps exactly one amount.
 */
import type { IsoDate } from '../../domain/dates.ts';
import type { InterpretContext, ProposedDraft, ProposedSplit } from '../interpretation.ts';
import { findAmounts, isNotMoneySuffix, knownCurrency, toMinorUnits, type AmountMatch } from './amounts.ts';
import { chooseCategory, lexiconKeys, type CategoryChoice } from './categorize.ts';
import { findDates, type DateOptions } from './dates.ts';
import type { Habits } from './habits.ts';
import type { Original } from './locale-words.ts';
import { COMMON_WORDS } from './lexicon/common-words.ts';
import { FUNCTION_WORDS } from './lexicon/function-words.ts';
import { PHRASE_INDEX, TIER_WEIGHTS, VOCABULARY, lexiconKey } from './lexicon/index.ts';
import { findPayers, findSplit, memberOfWord, type Members, type PayerMention } from './members.ts';
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

const SEPARATOR_WORDS: ReadonlySet<string> = new Set(['and', 'plus', 'also', 'then', 'aur', 'n']);

/** Words that carry no description: verbs of paying, articles, prepositions at the edges. */
const EDGE_FILLER: ReadonlySet<string> = new Set([
  'paid', 'pay', 'payed', 'paying', 'spent', 'spend', 'bought', 'buy', 'got', 'get', 'for', 'on', 'the', 'a', 'an', 'of', 'to',
  'at', 'in', 'from', 'with', 'is', 'was', 'it', 'i', 'we', 'me', 'my', 'our', 'us', 'add', 'added', 'log', 'forgot', 'please',
  'just', 'also', 'around', 'about', 'total', 'worth', 'and', 'expense', 'amount', 'cost', 'costs', 'filled', 'fill', 'did',
  'had', 'have', 'made', 'gave', 'give', 'rs', 'inr', 'rupees', 'bucks', 'today', 'so', 'ok', 'hey', 'kitty', 'new',
]);
const ALWAYS_DROP: ReadonlySet<string> = new Set(['paid', 'payed', 'spent', 'rs', 'inr', 'rupees', 'bucks', 'forgot', 'please', 'kitty']);

interface Range {
  start: number;
  end: number;
  amounts: AmountMatch[];
}

function isSeparator(token: Token | undefined, taken: boolean): boolean {
  if (!token || taken) return false;
  return token.kind === 'sep' || (token.kind === 'word' && SEPARATOR_WORDS.has(token.value));
}

function contentWords(tokens: readonly Token[], range: { start: number; end: number }, taken: Uint8Array, inAmount: Uint8Array): string[] {
  return contentIndexes(tokens, range, taken, inAmount).map((i) => (tokens[i] as Token).value);
}

function contentIndexes(tokens: readonly Token[], range: { start: number; end: number }, taken: Uint8Array, inAmount: Uint8Array): number[] {
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

function isFiller(word: string): boolean {
  return EDGE_FILLER.has(word) || FUNCTION_WORDS.has(word);
}

function hasContent(words: readonly string[]): boolean {
  return words.some((w) => !isFiller(w) && !SEPARATOR_WORDS.has(w));
}

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

/** A word of a description as the person wrote it, and what it was read as (one or more words). */
interface Written {
  readonly shown: string;
  readonly values: string[];
}

/** The piece's content words as the person wrote them: a translated phrase comes back whole, once. */
function asWritten(tokens: readonly Token[], range: Range, taken: Uint8Array, inAmount: Uint8Array, originals: readonly Original[]): Written[] {
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
function describe(words: readonly Written[]): string {
  const out = words.filter((word) => !word.values.every((value) => ALWAYS_DROP.has(value) || PRONOUNS.has(value)));
  const filler = (word: Written | undefined) => word !== undefined && word.values.every((value) => isFiller(value) || PRONOUNS.has(value));
  while (out.length > 0 && filler(out[0])) out.shift();
  while (out.length > 0 && filler(out[out.length - 1])) out.pop();
  return out.map((word) => word.shown).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * "split 70-30, 70 ako", "60/40 (me 60)": a number equal to one share of the split, beside the
 * member it belongs to, says whose share it is; it is no price.
 */
function shareNotes(
  amounts: readonly AmountMatch[],
  tokens: readonly Token[],
  split: ProposedSplit | undefined,
  members: Members,
): { notes: AmountMatch[]; split: ProposedSplit | undefined } {
  if (split === undefined || split === 'equal') return { notes: [], split };
  const shares = Object.entries(split);
  const notes: AmountMatch[] = [];
  let result: ProposedSplit = split;
  for (const amount of amounts) {
    if (amount.currency !== undefined || !shares.some(([, percent]) => String(percent) === amount.decimal)) continue;
    const beside = [tokens[amount.start - 1], tokens[amount.end]].map((t) => (t?.kind === 'word' ? memberOfWord(t.value, members) : undefined)).find((m) => m !== undefined);
    if (beside === undefined) continue;
    notes.push(amount);
    const [first, second] = shares;
    if (first && second && shares.length === 2 && beside === second[0] && String(second[1]) !== amount.decimal) {
      result = { [first[0]]: second[1], [second[0]]: first[1] };
    } else if (first && second && shares.length === 2 && beside === first[0] && String(first[1]) !== amount.decimal) {
      result = { [first[0]]: second[1], [second[0]]: first[1] };
    }
  }
  return { notes, split: result };
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

/**
 * "weihnachtsmarkt 2 glühwein 9,00", "hab 3 kisten wasser, 11,97": a small whole number before
 * a noun counts things when the message's one other amount is plainly a price (cents or a
 * currency). Kept when every number is bare: "beer 6 pizza 18" is two prices.
 */
function withoutCounts(amounts: readonly AmountMatch[], tokens: readonly Token[]): AmountMatch[] {
  if (amounts.length !== 2) return [...amounts];
  const isCount = (amount: AmountMatch) => {
    const next = tokens[amount.end];
    return !amount.marked && /^\d{1,2}$/.test(amount.decimal) && Number(amount.decimal) <= 10 && next?.kind === 'word' && !SEPARATOR_WORDS.has(next.value);
  };
  // A plain price: cents or a currency, or so much larger that the small number cannot be one ("milk tea 2 large 290").
  const price = (amount: AmountMatch, count: AmountMatch) =>
    amount.currency !== undefined || amount.decimal.includes('.') || Number(amount.decimal) >= 50 * Number(count.decimal);
  const [a, b] = amounts as [AmountMatch, AmountMatch];
  if (isCount(a) && price(b, a)) return [b];
  if (isCount(b) && price(a, b) && (tokens[b.end + 1]?.kind !== 'num')) return [a];
  return [...amounts];
}

/**
 * One payer for every item, unless the message names payers in different items ("ola 410
 * meera ne diya, dinner 1,050 maine"): then each item has its own, and an item naming none was
 * paid by the sender.
 */
function payersByPiece(payers: readonly PayerMention[], pieces: readonly Range[]): (PayerMention | undefined)[] {
  const own = pieces.map((piece) => payers.find((p) => p.start >= piece.start && p.start < piece.end));
  const only = payers[0];
  // "priya paid for uber 250 and lunch 400": said before the first price, it is every item's.
  const first = pieces[0];
  if (payers.length === 1 && only && first && (only.start < (first.amounts[0]?.start ?? 0) || !own.includes(only) || only.forAll)) return pieces.map(() => only);
  return own;
}

/**
 * "curry 48 split w aisha, and taxi home 12": a split said inside one item is that item's;
 * said after the last item, past a separator ("hotel 12k and flights 9,400, split equally"),
 * it is everyone's. Said at the end of the last item with no separator, it is most likely
 * everyone's too, but only a guess.
 */
function splitsByPiece(at: number, pieces: readonly Range[], tokens: readonly Token[]): { pieces: boolean[]; ambiguous: boolean } {
  if (at < 0 || pieces.length <= 1) return { pieces: pieces.map(() => true), ambiguous: false };
  const owner = pieces.findIndex((piece) => at >= piece.start && at < piece.end);
  const last = pieces.length - 1;
  if (owner === -1 || owner === 0 && at < (pieces[0]?.amounts[0]?.start ?? 0) && pieces[0]?.start === 0 && at === 0) {
    // Said first ("split: dinner 80 and taxi 20") or outside every item: all of them.
    return { pieces: pieces.map(() => true), ambiguous: false };
  }
  if (owner < last) return { pieces: pieces.map((_, k) => k === owner), ambiguous: false };
  const amountEnd = pieces[last]?.amounts[0]?.end ?? at;
  let separated = false;
  for (let k = amountEnd; k < at; k++) if (tokens[k]?.kind === 'sep') separated = true;
  // Said last with no separator ("… and albert heijn 33,70 a medias"): most likely everyone's, but a guess.
  return { pieces: pieces.map(() => true), ambiguous: !separated };
}

export function parseExpense(tokens: readonly Token[], env: ParseEnv): ExpenseParse | undefined {
  const taken = new Uint8Array(tokens.length);
  const split = findSplit(tokens, taken, env.members);
  const splitAt = split ? taken.indexOf(1) : -1;
  const payers = findPayers(tokens, taken, env.members, namesAThing, COMMON_WORDS);
  const dates = findDates(tokens, env.today, env.dateOptions, taken);
  for (const date of dates) for (let k = date.start; k < date.end; k++) taken[k] = 1;
  const found = findAmounts(tokens, taken, { currency: env.context.currency });
  const shares = shareNotes(found, tokens, split, env.members);
  const amounts = withoutCounts(found.filter((amount) => !shares.notes.includes(amount)), tokens);
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
    const repaired = [...category.used].some((i) => fixed[i]);
    const guessed = !category.matched || category.alternatives.length > 0;
    // An ordinary item word beside a name Kitty does not know ("DB ticket hamburg") may be about that name instead.
    const thin = unexplained.length > 0 && category.score < TIER_WEIGHTS.strong;
    if (guessed || repaired || thin || description === '' || (amount.spelled && !amount.marked) || amount.doubtful || unexplained.length > 2) confident = false;
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
