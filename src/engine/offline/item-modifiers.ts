/**
 * How what a message says once (who paid, a split, a share, a count) applies to each of its
 * items: "ola 410 meera ne diya, dinner 1,050 maine" gives each item its own payer.
 */
import type { ProposedSplit } from '../interpretation.ts';
import type { AmountMatch } from './amounts.ts';
import { SEPARATOR_WORDS, type Range } from './item-words.ts';
import { memberOfWord, type Members, type PayerMention } from './members.ts';
import type { Token } from './tokens.ts';

/**
 * "split 70-30, 70 ako", "60/40 (me 60)": a number equal to one share of the split, beside the
 * member it belongs to, says whose share it is; it is no price.
 */
export function shareNotes(
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
    // The named member holds the other share than the one read: swap the two.
    const [first, second] = shares;
    const named = shares.find(([name]) => name === beside);
    if (first && second && shares.length === 2 && named && String(named[1]) !== amount.decimal) {
      result = { [first[0]]: second[1], [second[0]]: first[1] };
    }
  }
  return { notes, split: result };
}

/**
 * "weihnachtsmarkt 2 glühwein 9,00", "hab 3 kisten wasser, 11,97": a small whole number before
 * a noun counts things when the message's one other amount is plainly a price (cents or a
 * currency). Kept when every number is bare: "beer 6 pizza 18" is two prices.
 */
export function withoutCounts(amounts: readonly AmountMatch[], tokens: readonly Token[]): AmountMatch[] {
  if (amounts.length !== 2) return [...amounts];
  const isCount = (amount: AmountMatch) => {
    const next = tokens[amount.end];
    return !amount.marked && /^\d{1,2}$/.test(amount.decimal) && Number(amount.decimal) <= 10 && next?.kind === 'word' && !SEPARATOR_WORDS.has(next.value);
  };
  // A plain price: cents or a currency, or so much larger that the small number cannot be one ("milk tea 2 large 290").
  const price = (amount: AmountMatch, count: AmountMatch) =>
    amount.currency !== undefined || amount.decimal.includes('.') || Number(amount.decimal) >= 50 * Number(count.decimal);
  const [a, b] = amounts as [AmountMatch, AmountMatch];
  // "cebu pac 7,890 for 2": people or things counted after the price.
  const forCount = (amount: AmountMatch) => !amount.marked && /^\d$/.test(amount.decimal) && tokens[amount.start - 1]?.kind === 'word' && tokens[amount.start - 1]?.value === 'for';
  if (forCount(b) && price(a, b)) return [a];
  if (isCount(a) && price(b, a)) return [b];
  if (isCount(b) && price(a, b) && (tokens[b.end + 1]?.kind !== 'num')) return [a];
  return [...amounts];
}

/**
 * One payer for every item, unless the message names payers in different items ("ola 410
 * meera ne diya, dinner 1,050 maine"): then each item has its own, and an item naming none was
 * paid by the sender.
 */
export function payersByPiece(payers: readonly PayerMention[], pieces: readonly Range[]): (PayerMention | undefined)[] {
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
export function splitsByPiece(at: number, pieces: readonly Range[], tokens: readonly Token[]): { pieces: boolean[]; ambiguous: boolean } {
  if (at < 0 || pieces.length <= 1) return { pieces: pieces.map(() => true), ambiguous: false };
  const owner = pieces.findIndex((piece) => at >= piece.start && at < piece.end);
  const last = pieces.length - 1;
  if (owner === -1 || (at === 0 && at < (pieces[0]?.amounts[0]?.start ?? 0))) {
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
