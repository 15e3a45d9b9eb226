/**
 * Conversational corrections of the latest draft: "make it 450", "actually 500", "that's
 * groceries", "move it to health", "that was yesterday", "split it with priya", "priya paid for
 * that", "no, discard that". A message is an edit only when it opens like one or consists of
 * nothing but a correction, so "uber 250" stays an expense.
 */
import type { DraftEdit } from '../interpretation.ts';
import { findAmounts, knownCurrency, toMinorUnits } from './amounts.ts';
import { chooseCategory } from './categorize.ts';
import { findDates } from './dates.ts';
import type { ParseEnv } from './expense.ts';
import { VOCABULARY } from './lexicon/index.ts';
import { findPayer, findSplit, memberOfWord } from './members.ts';
import { tokenize, type Token } from './tokens.ts';

const INTERJECTIONS = /^((no|nope|nah|oops|sorry|wait|oh|hmm|ah|correction|wrong|my bad|not quite|err|uh|hey|kitty)\b[\s,!.:;-]*)+/;
const DISCARD =
  /^(please )?(discard|delete|cancel|remove|scrap|drop|trash|forget|ignore|nevermind|never mind|nvm|don't save|do not save|dont save|don't add|do not add|skip)\b(\s*(it|that|this|the|last|previous|one|draft|expense|entry|please|pls|that one|this one|it please))*\s*[!.]*$/;
const NO_SPLIT = /\b(do not split|don't split|dont split|no split|not split|unsplit|remove (the )?split|not shared|no need to split|only mine|just mine|all mine|just me)\b/;
const EDIT_STARTS: ReadonlySet<string> = new Set([
  'actually', 'make', 'change', 'changed', 'update', 'correct', 'set', 'move', 'put', 'mark', 'category', 'amount', 'date',
  'it', 'that', 'this', 'should', 'instead', 'rename', 'call', 'recategorize', 'recategorise', 'its', 'price',
]);
/** Words an edit is made of; anything else is a category or description being named. */
const EDIT_WORDS: ReadonlySet<string> = new Set([
  'actually', 'make', 'change', 'changed', 'update', 'correct', 'set', 'move', 'moved', 'put', 'mark', 'category', 'amount', 'date',
  'it', 'that', 'this', 'should', 'be', 'been', 'was', 'is', 'instead', 'to', 'the', 'in', 'into', 'under', 'as', 'for', 'a',
  'an', 'of', 'not', 'please', 'pls', 'its', 'one', 'draft', 'expense', 'entry', 'last', 'have', 'has', 'from', 'paid',
  'price', 'cost', 'total', 'and', 'also', 'no', 'on', 'rs', 'inr', 'rupees', 'bucks', 'with', 'split', 'by', 'me', 'i',
  'do', 'not', 'dont', 'type', 'label', 'bucket', 'section', 'then', 'really', 'recategorize', 'recategorise', 'there', 'here',
]);

/** "that WAS yesterday", "it SHOULD be dining": what makes "it"/"that" point back at the draft. */
const POINTING_VERBS: ReadonlySet<string> = new Set([
  'was', 'is', 'should', 'one', 'goes', 'belongs', 'needs', 'go', 'has', 'cost', 'costs', 'came', 'be', 'were', 'wasnt', 'isnt',
]);

export interface EditParse {
  readonly edit: DraftEdit;
  readonly confident: boolean;
}

/** `tokens` are text's tokens; they are redone only when a leading "no," or "oops" is cut off. */
export function parseEdit(text: string, textTokens: readonly Token[], env: ParseEnv): EditParse | undefined {
  // "AH 34,56" is Albert Heijn, not "ah, make it 34,56": a shop's name is no interjection.
  const openingWord = /^[\p{L}']+/u.exec(text)?.[0] ?? '';
  const hadInterjection = INTERJECTIONS.test(text) && !VOCABULARY.has(openingWord);
  const body = hadInterjection ? text.replace(INTERJECTIONS, '').trim() : text;
  if (DISCARD.test(body)) return { edit: { discard: true }, confident: true };

  const tokens = hadInterjection ? tokenize(body, env.habits) : textTokens;
  const firstWord = tokens[0]?.kind === 'word' ? tokens[0].value : '';
  const taken = new Uint8Array(tokens.length);
  const noSplit = NO_SPLIT.test(body);
  const split = noSplit ? undefined : findSplit(tokens, taken, env.members);
  const payer = findPayer(tokens, taken, env.members);
  const dates = findDates(tokens, env.today, env.dateOptions, taken);
  for (const date of dates) for (let k = date.start; k < date.end; k++) taken[k] = 1;
  const amounts = findAmounts(tokens, taken, { currency: env.context.currency });
  for (const amount of amounts) for (let k = amount.start; k < amount.end; k++) taken[k] = 1;

  const rest: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word' || taken[i]) continue;
    if (EDIT_WORDS.has(token.value) || memberOfWord(token.value, env.members) !== undefined) continue;
    rest.push(token.value);
  }
  const secondWord = tokens[1]?.kind === 'word' ? tokens[1].value : '';
  const pointsBack = !['it', 'that', 'this', 'its'].includes(firstWord) || POINTING_VERBS.has(secondWord);
  const renaming = /^(call it|rename( it)?( to)?|description( is| to)?|name it)\b/.test(body);
  // "date night sushi 96" and "amount of stuff 40" name a thing: a field word opens an edit only
  // when what follows it is the new value ("date: yesterday", "amount 450", "price is 90").
  const fieldValueFollows = (() => {
    const next = tokens[1];
    if (firstWord !== 'date' && firstWord !== 'amount' && firstWord !== 'price') return true;
    if (next === undefined || next.kind === 'sep' || (next.kind === 'word' && ['to', 'is', 'should', 'was', 'changed'].includes(next.value))) return true;
    if (firstWord === 'date') return dates.some((date) => date.start <= 1 && date.end > 1);
    return amounts.some((amount) => amount.start === 1);
  })();
  const opensLikeEdit = (EDIT_STARTS.has(firstWord) && pointsBack && fieldValueFollows) || renaming || (hadInterjection && (amounts.length > 0 || dates.length > 0));
  const onlyCorrection = rest.length === 0 && (payer !== undefined || split !== undefined || noSplit || dates.length > 0);
  const refersBack = /\b(for (it|that|this)|paid (it|that|this)|that one|this one)\b(?! (year|month|week|morning|evening|weekend))/.test(body);
  // "TNEB came to 2310, paid it just now" describes a new expense; "paid it" alone points back.
  const pointsBackAlone = refersBack && (rest.length === 0 || amounts.length === 0);
  if (!opensLikeEdit && !onlyCorrection && !pointsBackAlone) return undefined;
  // "yesterday total?", "how much has meera paid this year": a question, not a correction.
  if (!opensLikeEdit && /\?|\bhow (much|many)\b/.test(body)) return undefined;
  // "that was 2 days ago" opens like an edit; "that dinner 2400" is still an edit of the last draft.
  if (amounts.length > 1) return undefined;

  const edit: { -readonly [K in keyof DraftEdit]: DraftEdit[K] } = {};
  let confident = true;
  const amount = amounts[0];
  if (amount) {
    const currency = knownCurrency(amount.currency) ?? knownCurrency(env.context.currency) ?? 'INR';
    const minor = toMinorUnits(amount.decimal, currency);
    if (minor.ok) {
      edit.amountMinor = minor.minor;
      if (amount.currency && currency !== env.context.currency) edit.currency = currency;
    } else confident = false;
  }
  const firstDate = dates[0];
  if (firstDate) edit.date = firstDate.date;
  if (noSplit) edit.split = 'none';
  else if (split) edit.split = split;
  if (payer !== undefined) edit.paidBy = payer;
  if (rest.length > 0) {
    if (renaming) edit.description = rest.join(' ');
    else {
      const category = chooseCategory(rest, rest.join(' '), env.context);
      if (category.matched) edit.category = category.slug;
      else if (Object.keys(edit).length === 0) return undefined;
      else confident = false;
    }
  }
  if (Object.keys(edit).length === 0) return undefined;
  return { edit, confident };
}
