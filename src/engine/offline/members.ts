/**
 * Who paid and how it is split: "priya paid 650", "paid by priya", "split with priya",
 * "50/50", "half half", "split 60/40 me/priya". Matched tokens are marked taken so they stay out
 * of amounts and descriptions.
 */
import type { InterpretContext, ProposedSplit } from '../interpretation.ts';
import type { Token } from './tokens.ts';

export interface Members {
  readonly names: readonly string[];
  readonly sender: string | undefined;
  /** Lower-case first names and full names → display name. */
  readonly byWord: ReadonlyMap<string, string>;
}

const SEPARATORS_AFTER: ReadonlySet<string> = new Set(['and', 'then', 'plus']);

export const SELF_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself', 'mine', 'self']);
const PAY_VERBS: ReadonlySet<string> = new Set([
  'paid', 'pays', 'payed', 'covered', 'bought', 'spent', 'gave', 'ordered', 'booked', 'settled', 'treated', 'got', 'purchased',
]);
const EQUAL_WORDS: ReadonlySet<string> = new Set(['equally', 'evenly', 'equal', 'even', 'half', 'halves', 'halfway', 'fifty']);
const SPLIT_VERBS: ReadonlySet<string> = new Set(['split', 'splitting', 'share', 'shared', 'sharing', 'divide', 'divided', 'splitwise']);

const membersCache = new WeakMap<readonly string[], Members>();

export function membersOf(context: InterpretContext): Members {
  const names = Array.isArray(context.members) ? context.members.filter((n): n is string => typeof n === 'string' && n.trim() !== '') : [];
  const cached = membersCache.get(context.members);
  if (cached) return cached;
  const byWord = new Map<string, string>();
  for (const name of names) {
    const lower = name.toLowerCase().trim();
    const first = lower.split(/\s+/)[0] ?? lower;
    if (!byWord.has(first)) byWord.set(first, name);
    byWord.set(lower, name);
  }
  const result: Members = { names, sender: names[0], byWord };
  if (Array.isArray(context.members)) membersCache.set(context.members, result);
  return result;
}

/** The member a word names ("priya", "priya's"), or the sender for "i"/"me"/"my". */
export function memberOfWord(value: string | undefined, members: Members, selfWords = true): string | undefined {
  if (value === undefined) return undefined;
  if (selfWords && SELF_WORDS.has(value)) return members.sender;
  const bare = value.replace(/'s?$/, '');
  return members.byWord.get(bare);
}

function word(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  return token?.kind === 'word' ? token.value : undefined;
}

function mark(taken: Uint8Array, start: number, end: number): void {
  for (let k = Math.max(0, start); k < end && k < taken.length; k++) taken[k] = 1;
}

export interface PayerMention {
  /** A member's display name, or the name as written when nobody in the household has it. */
  readonly name: string;
  readonly known: boolean;
  readonly start: number;
  readonly end: number;
  /** Said as "she paid" / "he paid": the partner in a household of two, but only a likely reading. */
  readonly implied?: boolean;
  /** "Marc a payé les deux", "si Joy nagbayad sa duha": for every item of the message. */
  readonly forAll?: boolean;
}

/** Family words are names here: "mom paid 40" is about someone outside the household. */
const FAMILY_NAMES: ReadonlySet<string> = new Set(['mom', 'dad', 'mum', 'papa', 'mummy', 'mama', 'amma', 'appa', 'mami', 'tito', 'tita', 'lola', 'lolo', 'nanay', 'tatay', 'oma', 'opa', 'brother', 'sister', 'bhai', 'didi', 'bhaiya']);
const NOT_NAMES: ReadonlySet<string> = new Set(['we', 'you', 'they', 'he', 'she', 'who', 'it', 'that', 'this', 'already', 'also', 'just', 'and', 'then', 'have', 'has', 'had', 'bill', 'i', 'me', 'kitty']);

function nameLike(value: string, isThing: (word: string) => boolean, common: ReadonlySet<string>): boolean {
  if (!/^\p{L}[\p{L}'-]*$/u.test(value) || value.length < 2 || NOT_NAMES.has(value) || SELF_WORDS.has(value)) return false;
  if (FAMILY_NAMES.has(value)) return true;
  return !isThing(value) && !common.has(value);
}

/** "div paid 430" in a household with Divya: the one member whose first name it starts. */
function nicknameOf(value: string, members: Members): string | undefined {
  const matches = members.names.filter((name) => name !== members.sender && name.toLowerCase().startsWith(value) && name.length > value.length);
  return matches.length === 1 ? matches[0] : undefined;
}

function displayName(value: string): string {
  return value.replace(/'s?$/, '').replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase());
}

/**
 * Every "X paid" in the message, in order, with where it stands, so a message that names two
 * payers ("ola 410 meera ne diya, dinner 1,050 maine") gives each item its own. A name that is
 * no member's is returned as written (`known: false`) so Kitty can ask instead of guessing.
 * `isThing` and `common` say which words are never a name: a shop or item on its own ("uber"),
 * an ordinary word. A word that is only part of a shop's name ("sam" of "sam's club") can be one.
 */
export function findPayers(
  tokens: readonly Token[],
  taken: Uint8Array,
  members: Members,
  isThing: (word: string) => boolean = () => false,
  common: ReadonlySet<string> = new Set(),
): PayerMention[] {
  const found: PayerMention[] = [];
  const verbFinal = (from: number): number => {
    // German and Hinglish put the verb last: "Lea hat Rewe 34,50 bezahlt", "meera ne 500 paid".
    for (let k = from; k < tokens.length; k++) {
      const w = word(tokens, k);
      if (w !== undefined && (w === 'paid' || w === 'payed') && (k === tokens.length - 1 || tokens[k + 1]?.kind === 'sep' || word(tokens, k + 1) === 'for' || tokens[k + 1]?.kind === 'question')) return k;
      if (tokens[k]?.kind === 'sep' && tokens[k]?.text !== ',') return -1;
    }
    return -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const w = word(tokens, i);
    if (w === undefined) continue;
    const startOfClause = i === 0 || tokens[i - 1]?.kind === 'sep' || tokens[i - 1]?.kind === 'num' || ['and', 'then'].includes(word(tokens, i - 1) ?? '');
    // "Edeka 54,20 (Hannah) und Semmeln 6,80 (ich)": a member named in brackets after a price paid for it.
    if (tokens[i]?.inParens && tokens[i - 1]?.kind === 'num') {
      const who = memberOfWord(w, members);
      const closes = tokens[i + 1] === undefined || tokens[i + 1]?.kind === 'sep' || !tokens[i + 1]?.glued || SEPARATORS_AFTER.has(word(tokens, i + 1) ?? '');
      if (who && closes) {
        mark(taken, i, i + 1);
        found.push({ name: who, known: true, start: i, end: i + 1 });
        continue;
      }
    }
    // "hat Hannah zahlt": German puts the helper verb first, the payer, then the verb.
    if ((w === 'has' || w === 'hat') && memberOfWord(word(tokens, i + 1), members, false) && PAY_VERBS.has(word(tokens, i + 2) ?? '')) {
      const who = memberOfWord(word(tokens, i + 1), members, false) as string;
      mark(taken, i, i + 3);
      found.push({ name: who, known: true, start: i, end: i + 3 });
      i += 2;
      continue;
    }
    // "pagó Marc", "a payé Elise": the verb first, the payer after, then nothing else of the item.
    if ((w === 'paid' || w === 'payed') && word(tokens, i + 1) !== 'by') {
      const after = memberOfWord(word(tokens, i + 1), members, false);
      const next = tokens[i + 2];
      if (after && after !== members.sender && !taken[i + 1] && (next === undefined || next.kind === 'sep')) {
        mark(taken, i, i + 2);
        found.push({ name: after, known: true, start: i, end: i + 2, implied: true });
        continue;
      }
    }
    // "paid by priya", "paid by sam".
    if ((w === 'paid' || w === 'payed') && word(tokens, i + 1) === 'by' && !taken[i + 2]) {
      const named = word(tokens, i + 2);
      const who = memberOfWord(named, members);
      if (who || (named && nameLike(named, isThing, common))) {
        mark(taken, i, i + 3);
        found.push({ name: who ?? displayName(named ?? ''), known: who !== undefined, start: i, end: i + 3 });
        continue;
      }
    }
    // "dinner w/ jess 64, she paid": in a household of two, the partner.
    if ((w === 'she' || w === 'he') && members.names.length === 2 && PAY_VERBS.has(word(tokens, i + 1) ?? '')) {
      const partner = members.names.find((name) => name !== members.sender);
      if (partner) {
        mark(taken, i, i + 2);
        found.push({ name: partner, known: true, start: i, end: i + 2, implied: true });
        continue;
      }
    }
    const member = memberOfWord(w, members, w === 'i');
    // "28th paid": letters glued to a number are its suffix, never a name.
    const suffix = tokens[i]?.glued === true && tokens[i - 1]?.kind === 'num';
    const nickname = !member && !suffix && startOfClause && w.length >= 3 ? nicknameOf(w, members) : undefined;
    const unknown = !member && !nickname && startOfClause && !suffix && nameLike(w, isThing, common) ? displayName(w) : undefined;
    const who = member ?? nickname ?? unknown;
    if (!who) continue;
    let at = i + 1;
    while (['has', 'had', 'just', 'already', 'have', 'also', 'hat'].includes(word(tokens, at) ?? '')) at++;
    const verb = word(tokens, at);
    if (verb !== undefined && PAY_VERBS.has(verb) && (member || nickname || verb === 'paid' || verb === 'payed' || verb === 'covered' || verb === 'treated')) {
      mark(taken, i, at + 1);
      if (word(tokens, at + 1) === 'for') mark(taken, at + 1, at + 2);
      const both = ['both', 'all'].includes(word(tokens, at + 1) ?? '') || (word(tokens, at + 1) === 'for' && word(tokens, at + 2) === 'both');
      if (both) mark(taken, at + 1, word(tokens, at + 1) === 'for' ? at + 3 : at + 2);
      found.push({ name: who, known: member !== undefined || nickname !== undefined, start: i, end: at + 1, ...(both ? { forAll: true } : {}), ...(nickname ? { implied: true } : {}) });
      i = at;
      continue;
    }
    if (at > i + 1 || (member && startOfClause)) {
      const last = verbFinal(at);
      if (last > at && (member || at > i + 1)) {
        mark(taken, i, at);
        mark(taken, last, last + 1);
        found.push({ name: who, known: member !== undefined, start: i, end: last + 1 });
        continue;
      }
    }
    if (!member) continue;
    // "on priya's card", "priya's treat".
    if (w.endsWith("'s") && ['card', 'treat', 'account', 'upi'].includes(word(tokens, i + 1) ?? '')) {
      mark(taken, word(tokens, i - 1) === 'on' ? i - 1 : i, i + 2);
      found.push({ name: member, known: true, start: i, end: i + 2 });
      continue;
    }
    if (word(tokens, i - 1) === 'by' && !taken[i - 1] && w !== 'me') {
      mark(taken, i - 1, i + 1);
      found.push({ name: member, known: true, start: i - 1, end: i + 1 });
    }
  }
  return found;
}

/** The member who paid, when the message says so; the sender counts ("i paid") but is returned too. */
export function findPayer(tokens: readonly Token[], taken: Uint8Array, members: Members): string | undefined {
  return findPayers(tokens, taken, members).find((mention) => mention.known)?.name;
}

function ratioOf(token: Token | undefined): [number, number] | undefined {
  if (token?.kind !== 'pair') return undefined;
  const [a, b] = token.value.split(/[/-]/).map(Number);
  if (a === undefined || b === undefined || a + b !== 100 || a <= 0 || b <= 0) return undefined;
  return [a, b];
}

/** "me/priya", "priya/me", "me and priya": the two members a ratio is written for. */
function ratioNames(tokens: readonly Token[], i: number, members: Members): { names: [string, string]; end: number } | undefined {
  const first = memberOfWord(word(tokens, i), members);
  const joiner = tokens[i + 1];
  const second = memberOfWord(word(tokens, i + 2), members);
  if (first && second && first !== second && (joiner?.kind === 'slash' || word(tokens, i + 1) === 'and' || joiner?.kind === 'sep')) {
    return { names: [first, second], end: i + 3 };
  }
  return undefined;
}

function proportional(a: number, b: number, names: readonly string[]): ProposedSplit {
  if (a === b) return 'equal';
  const [first, second] = names;
  if (first === undefined || second === undefined) return 'equal';
  return { [first]: a, [second]: b };
}

/** "ich übernehm 60%, Hannah 40%", "I'll take 60% dana 40%": each member named beside a share. */
function sharesByName(tokens: readonly Token[], taken: Uint8Array, members: Members): ProposedSplit | undefined {
  const shares = new Map<string, number>();
  const used: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'num' || tokens[i + 1]?.text !== '%' || taken[i]) continue;
    for (let back = i - 1; back >= Math.max(0, i - 4); back--) {
      const w = word(tokens, back);
      if (w === undefined) break;
      if (['take', 'will', 'pay', 'pays', 'for', 'is', 'has'].includes(w)) continue;
      const who = memberOfWord(w, members);
      if (who && !shares.has(who)) {
        shares.set(who, Number(token.value));
        for (let k = back; k <= i + 1; k++) used.push(k);
      }
      break;
    }
  }
  const total = [...shares.values()].reduce((sum, share) => sum + share, 0);
  if (shares.size < 2 || total !== 100) return undefined;
  for (const k of used) taken[k] = 1;
  const values = [...shares.values()];
  return values.every((share) => share === values[0]) ? 'equal' : Object.fromEntries(shares);
}

/** The split a message asks for, if any. */
export function findSplit(tokens: readonly Token[], taken: Uint8Array, members: Members): ProposedSplit | undefined {
  const named = sharesByName(tokens, taken, members);
  if (named) return named;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const w = word(tokens, i);
    let ratioAt = -1;
    let ratio = ratioOf(tokens[i]);
    let ratioEnd = i + 1;
    // "60:40", "60 40" and "60% 40%" after "split" are ratios too.
    if (!ratio && tokens[i]?.kind === 'num' && SPLIT_VERBS.has(word(tokens, i - 1) ?? '')) {
      let at = i + 1;
      if (tokens[at]?.text === '%') at++;
      if (tokens[at]?.kind === 'sep' && tokens[at]?.text === ':') at++;
      const second = tokens[at];
      const a = Number(tokens[i]?.value);
      const b = Number(second?.value);
      if (second?.kind === 'num' && a + b === 100 && a > 0 && b > 0) {
        ratio = [a, b];
        ratioEnd = tokens[at + 1]?.text === '%' ? at + 2 : at + 1;
      }
    }
    if (ratio) ratioAt = i;
    if (ratioAt >= 0 && ratio) {
      let start = SPLIT_VERBS.has(word(tokens, i - 1) ?? '') ? i - 1 : i;
      let end = ratioEnd;
      let names: readonly string[] = members.names;
      const after = ratioNames(tokens, end, members);
      const before = ratioNames(tokens, start - 3, members);
      if (after) {
        names = after.names;
        end = after.end;
      } else if (['between', 'for', 'with'].includes(word(tokens, end) ?? '') && ratioNames(tokens, end + 1, members)) {
        const named = ratioNames(tokens, end + 1, members);
        if (named) {
          names = named.names;
          end = named.end;
        }
      } else if (before) {
        names = before.names;
        start -= 3;
      }
      mark(taken, start, end);
      return proportional(ratio[0], ratio[1], names);
    }
    if (w === undefined) continue;
    if (w === 'half' && ['half', 'and'].includes(word(tokens, i + 1) ?? '')) {
      const end = word(tokens, i + 1) === 'and' && word(tokens, i + 2) === 'half' ? i + 3 : i + 2;
      mark(taken, i, extendWith(tokens, end, members));
      return 'equal';
    }
    // "split 3 ways": equal shares, however many people.
    if (SPLIT_VERBS.has(w) && tokens[i + 1]?.kind === 'num' && word(tokens, i + 2) === 'ways') {
      mark(taken, i, i + 3);
      return 'equal';
    }
    if ((w === 'go' || w === 'going') && word(tokens, i + 1) === 'halves') {
      mark(taken, i, i + 2);
      return 'equal';
    }
    if (SPLIT_VERBS.has(w)) {
      // "split 60/40 …" and "split 60:40": the ratio branch reads it on the next token.
      if (ratioOf(tokens[i + 1]) || (tokens[i + 1]?.kind === 'num' && word(tokens, i + 2) !== 'ways')) continue;
      let end = i + 1;
      while (['it', 'this', 'that', 'the', 'bill', 'cost', 'amount'].includes(word(tokens, end) ?? '')) end++;
      if (EQUAL_WORDS.has(word(tokens, end) ?? '')) end++;
      if (word(tokens, end) === 'and' && word(tokens, end + 1) === 'half') end += 2;
      end = extendWith(tokens, end, members);
      const standalone = w === 'split' || w === 'splitwise' || end > i + 1;
      if (!standalone) continue;
      mark(taken, i, end);
      return 'equal';
    }
  }
  return undefined;
}

/** "with priya", "between us", "b/w me and priya", "among us". */
function extendWith(tokens: readonly Token[], end: number, members: Members): number {
  const lead = word(tokens, end);
  if (lead !== 'with' && lead !== 'between' && lead !== 'among' && lead !== 'amongst' && lead !== 'by') return end;
  let at = end + 1;
  let used = false;
  while (at < tokens.length && at < end + 6) {
    const w = word(tokens, at);
    if (w === undefined) break;
    if (w === 'us' || w === 'both' || w === 'all' || w === 'of' || w === 'and' || w === 'two' || memberOfWord(w, members)) {
      used = true;
      at++;
      continue;
    }
    break;
  }
  return used ? at : end;
}
