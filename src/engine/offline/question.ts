/**
 * Analytics questions → one of the eight intents of spec/intents.json with its parameters.
 * Cue words pick the intent in a fixed order of specificity (who-vs-who before comparisons before
 * averages before rankings before lists before totals); periods, a category, a member and a
 * limit are read from what is left.
 */
import type { IntentId, IntentRequest } from '../interpretation.ts';
import { addDays, addMonths } from '../../domain/dates.ts';
import { resolvePeriod, type Period } from '../../domain/periods.ts';
import { chooseCategory } from './categorize.ts';
import type { ParseEnv } from './expense.ts';
import { COMMON_WORDS } from './lexicon/common-words.ts';
import { CATEGORY_NAMES, namedByPhrase } from './lexicon/category-names.ts';
import { functionWordsOf } from './lexicon/function-words.ts';
import { PHRASE_INDEX, TIER_WEIGHTS, VOCABULARY, lexiconKey, matchPhrases } from './lexicon/index.ts';
import { SELF_WORDS, memberOfWord } from './members.ts';
import { readSpelledNumber } from './numbers.ts';
import { findPeriods, nextMonthOf, type PeriodMatch } from './periods.ts';
import type { Token } from './tokens.ts';

export interface QuestionParse {
  readonly intent: IntentRequest;
  readonly confident: boolean;
  /** The message opens like a question ("how", "what", "show"): it wins over a stray number. */
  readonly interrogative: boolean;
  /** Every number in the message was a limit or part of a period. */
  readonly numbersExplained: boolean;
}

const INTERROGATIVE_STARTS: ReadonlySet<string> = new Set([
  'how', 'what', 'which', 'where', 'who', 'when', 'did', 'do', 'does', 'are', 'is', 'was', 'were', 'have', 'has', 'show',
  'list', 'give', 'tell', 'compare', 'can', 'could', 'whats', 'any', 'summarize',
]);

/** Words that steer the intent or glue the question together; never category or leftover words. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'show', 'list', 'top', 'biggest', 'largest', 'most', 'highest', 'expensive', 'costliest', 'priciest', 'major', 'big',
  'recent', 'latest', 'last', 'lately', 'recently', 'history', 'total', 'totals', 'average', 'daily', 'per', 'day', 'compare',
  'compared', 'comparison', 'versus', 'vs', 'than', 'categories', 'category', 'expense', 'expenses', 'spend', 'spent',
  'spending', 'spends', 'cost', 'costs', 'money', 'purchases', 'purchase', 'transactions', 'transaction', 'things', 'thing',
  'stuff', 'items', 'item', 'entries', 'entry', 'bills', 'bought', 'paid', 'go', 'goes', 'going', 'went', 'ate', 'eat',
  'split', 'between', 'each', 'far', 'so', 'much', 'many', 'summary', 'breakdown', 'overall', 'month', 'week', 'year',
  'higher', 'lower', 'more', 'less', 'up', 'down', 'increase', 'decrease', 'changed', 'change', 'spendings', 'outgoings',
  'whole', 'altogether', 'in', 'on', 'for', 'of', 'the', 'a', 'an', 'we', 'our', 'us', 'did', 'do', 'does', 'have', 'has',
  'been', 'were', 'was', 'is', 'are', 'how', 'what', 'which', 'where', 'who', 'when', 'me', 'my', 'i', 'since', 'till', 'until',
  'now', 'please', 'kitty', 'tell', 'give', 'can', 'you', 'see', 'get', 'with', 'and', 'or', 'to', 'at', 'by', 'it', 'this',
  'that', 'be', 'been', 'spend', 'used', 'use', 'blown', 'blew', 'put', 'into', 'towards', 'toward', 'biggest', 'used',
]);

function periodOf(match: PeriodMatch | undefined): Period | undefined {
  return match?.period;
}

function has(text: string, pattern: RegExp): boolean {
  return pattern.test(text);
}

function readLimit(tokens: readonly Token[], taken: Uint8Array): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const token = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let count: number | undefined;
    let end = i + 1;
    if (token?.kind === 'num' && /^\d{1,3}$/.test(token.value)) count = Number(token.value);
    else if (token?.kind === 'word') {
      const spelled = readSpelledNumber(tokens, i);
      if (spelled && !['a', 'an'].includes(token.value)) {
        count = Number(spelled.value);
        end = spelled.end;
      }
    }
    if (count === undefined || count < 1 || count > 100) continue;
    const before = prev?.kind === 'word' ? prev.value : '';
    const after = next?.kind === 'word' ? next.value : '';
    const leads = ['top', 'last', 'latest', 'recent', 'first', 'biggest', 'largest', 'my', 'our', 'the'];
    const follows = ['biggest', 'largest', 'most', 'highest', 'recent', 'latest', 'expenses', 'expense', 'things',
      'purchases', 'transactions', 'items', 'entries', 'categories', 'costliest', 'priciest', 'top', 'big', 'spends'];
    if (leads.includes(before) || follows.includes(after)) {
      for (let k = i; k < end; k++) taken[k] = 1;
      return count;
    }
  }
  return undefined;
}

/** A word a terse question may consist of: a category, a shop or item the lexicon knows, glue. */
function knownTopicWord(value: string, env: ParseEnv): boolean {
  return CATEGORY_NAMES.has(value) || VOCABULARY.has(lexiconKey(value)) || QUESTION_WORDS.has(value) || fillers(env).has(value) ||
    MERCHANT_FILLER.has(value) || memberOfWord(value, env.members) !== undefined || COMMON_WORDS.has(value);
}

function fillers(env: ParseEnv): ReadonlySet<string> {
  return functionWordsOf(env.habits.languages);
}

function allowedSlug(slug: string, env: ParseEnv): boolean {
  return env.context.categories === undefined || env.context.categories.some((category) => category.slug === slug);
}

/** Glue around a merchant's name that is not part of it. */
const MERCHANT_FILLER: ReadonlySet<string> = new Set(['at', 'on', 'in', 'for', 'from', 'the', 'a', 'an', 'our', 'my', 'we', 'us', 'i', 'so', 'far', 'damage', 'whats', 'lol', 'to', 'with', 'and', 'of', 'all', 'na', 'sa', 'pe', 'out', 'there']);

/**
 * The merchant or item a spending question is about ("at costco", "on coffee", "swiggy pe"),
 * or undefined when its words name a category ("on groceries", "eating out") or several things
 * ("on uber and ola": the category they share is the better answer).
 */
function merchantOf(tokens: readonly Token[], taken: Uint8Array, env: ParseEnv): string | undefined {
  const free = tokens.map((t, i) => (t.kind === 'word' && !taken[i] ? t.value : ''));
  if (namedByPhrase(free) !== undefined) return undefined;
  const words: string[] = [];
  const named = new Set<number>();
  let joined = false;
  // A shop the lexicon knows by several words keeps them all, even ordinary ones ("whole foods").
  const keys = tokens.map((t, i) => (t.kind === 'word' && !taken[i] ? lexiconKey(t.value) : ''));
  const inName = new Uint8Array(tokens.length);
  for (const match of matchPhrases(keys)) if (match.end - match.start > 1) for (let k = match.start; k < match.end; k++) inName[k] = 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word' || taken[i]) continue;
    const names = CATEGORY_NAMES.get(token.value) ?? CATEGORY_NAMES.get(lexiconKey(token.value));
    // "grab rides", "costco groceries": a category word after a shop only says what was bought there.
    const afterShop = words.length > 0 && VOCABULARY.has(lexiconKey(words[words.length - 1] ?? '')) && !CATEGORY_NAMES.has(words[words.length - 1] ?? '');
    if (names !== undefined && names !== 'other' && afterShop) continue;
    if (names !== undefined && names !== 'other') return undefined;
    if (inName[i] && !fillers(env).has(token.value) && !MERCHANT_FILLER.has(token.value)) {
      words.push(token.value);
      named.add(words.length - 1);
      continue;
    }
    if (token.value === 'and' || token.value === 'or') {
      if (words.length > 0) joined = true;
      continue;
    }
    if (memberOfWord(token.value, env.members) !== undefined) continue;
    if (MERCHANT_FILLER.has(token.value) || QUESTION_WORDS.has(token.value) || fillers(env).has(token.value) || names !== undefined) continue;
    words.push(token.value);
  }
  if (words.length === 0 || joined) return undefined;
  // Chat adds asides ("starbucks this year omg", "milk tea lowkey scared"): when some words name a
  // known shop or thing, the merchant is those words alone.
  const known = words.filter((w, k) => named.has(k) || (VOCABULARY.has(lexiconKey(w)) && !COMMON_WORDS.has(w)));
  const picked = known.length > 0 && known.length < words.length ? known : words;
  if (picked.length > 4) return undefined;
  const label = picked.join(' ');
  // A household's own category label ("Coffee") is a category, not a merchant.
  if (env.context.categories?.some((category) => category.label.toLowerCase() === label || category.slug === label)) return undefined;
  return label;
}

export function parseQuestion(tokens: readonly Token[], env: ParseEnv): QuestionParse | undefined {
  const clock = { now: env.context.now, timeZone: env.context.timeZone };
  const taken = new Uint8Array(tokens.length);
  const periods = findPeriods(tokens, env.today, clock, env.dateOptions, taken);
  for (const period of periods) for (let k = period.start; k < period.end; k++) taken[k] = 1;
  const limit = readLimit(tokens, taken);

  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.value);
  const text = ` ${words.join(' ')} `;
  const first = words[0] ?? '';
  const asked = tokens.some((t) => t.kind === 'question');

  // For each position: does a spending verb come at or after it? One backward pass.
  const spendVerbAfter: boolean[] = new Array<boolean>(tokens.length + 1).fill(false);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    spendVerbAfter[k] = (spendVerbAfter[k + 1] ?? false) || (t?.kind === 'word' && /^(spen[dt]|spending|paid|pay|bought|buy|blew|blow|used|logged|added)$/.test(t.value));
  }
  let self = false;
  let other: string | undefined;
  let mentionsSelf = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word') continue;
    const member = memberOfWord(token.value, env.members, false);
    if (member && member !== env.members.sender) other = other ?? member;
    if (member && member === env.members.sender) self = true;
    if (SELF_WORDS.has(token.value)) mentionsSelf = true;
    if (token.value === 'my' || token.value === 'mine') self = true;
    // "how much did i spend", and verb-last "wie viel hab ich diese Woche ausgegeben".
    if (token.value === 'i' && (spendVerbAfter[i + 1] ?? false)) self = true;
  }

  const memberSplit =
    has(text, / who(?: is| has)?(?: been)? (?:spen[dt]|spending|paid|pays|paying|pay|bought|spends)\b/) ||
    has(text, / who .*\b(more|most|less|least)\b/) ||
    has(text, / each of us | both of us | between us | per person | by person | by member | per member | each person | each member | who paid what /) ||
    has(text, / split (?:between|among|of|for) /) ||
    has(text, / how is the split /) ||
    ((mentionsSelf || self) && other !== undefined && has(text, / (vs|versus|or|and|compared|against|than) /));
  const compareCue = has(text, / (compare|compared|comparison|vs|versus|than|month over month|mom) /);
  const periodMonths = periods.filter((p) => p.calendarMonth);
  const compare = compareCue || (periodMonths.length >= 2 && has(text, / (more|less|higher|lower|up|down|increase|decrease|change|changed) /));
  const daily = has(text, / (average|averages|per day|daily|a day|each day|every day|per-day) /);
  const categoriesCue =
    has(text, / categor(y|ies) /) ||
    has(text, / where (is|does|did|do|has|have)? ?.*(money|spending|spend|spent|salary|cash)? ?(go|goes|going|gone|went|spent) /) ||
    has(text, / (spend|spent|spending) (the )?most (money )?on /) ||
    has(text, / most (of )?(our |my |the )?money /) ||
    has(text, / breakdown | by category | what (do|did) we spend (the )?most on /);
  const largestCue = has(text, / (biggest|largest|most expensive|costliest|priciest|highest|expensive|major|big|top) /) || (limit !== undefined && has(text, / top /));
  const lastAsList = tokens.some((t, i) => t.kind === 'word' && t.value === 'last' && !taken[i] && (limit !== undefined || /^(expense|expenses|thing|things|purchase|purchases|entry|entries|transaction|transactions|few)$/.test(tokens[i + 1]?.value ?? '')));
  const recentCue =
    has(text, / (recent|recently|latest|lately|history) /) ||
    lastAsList ||
    has(text, / what (did|have|has) (i|we|you|\S+) (buy|bought|get|got|purchase|purchased|order|ordered|pay for|paid for) /);
  const listCue = has(text, / (show|list|display|see) /);
  const totalCue = has(text, / (how much|total|totals|spen[dt]|spending|spends|cost|costs|expenses|sum|outgoings) /) || has(text, / what (went|goes|go|has gone) (to|on|at) /);

  let id: IntentId | undefined;
  if (memberSplit) id = 'member_split';
  else if (compare && !(other && !self)) id = 'month_over_month_compare';
  else if (daily) id = 'daily_average';
  else if (categoriesCue) id = 'top_expense_categories';
  else if (largestCue) id = 'largest_expenses';
  else if (recentCue) id = 'recent_expenses';
  else if (totalCue && !(listCue && !has(text, / (how much|total) /))) id = 'total_by_period';
  else if (listCue) id = 'recent_expenses';
  // "transport this week?", "Lebensmittel Oktober?", "groceries ngayong buwan?": a topic and a period say it all.
  const terse =
    id === undefined && periods.length > 0 &&
    !periods.every((p) => p.bareYear) &&
    tokens.every((t, i) => taken[i] || t.kind === 'question' || t.kind === 'sep' || (t.kind === 'word' && knownTopicWord(t.value, env)));
  // "STIB ce mois-ci ?": a name Kitty does not know, a period and a question mark: most likely that shop.
  const unknownNames = tokens.filter((t, i) => !taken[i] && t.kind === 'word' && !knownTopicWord(t.value, env)).length;
  const terseGuess =
    !terse && id === undefined && asked && periods.length > 0 && !periods.every((p) => p.bareYear) && unknownNames >= 1 && unknownNames <= 2 &&
    tokens.every((t, i) => taken[i] || t.kind === 'question' || t.kind === 'sep' ||
      (t.kind === 'word' && (!knownTopicWord(t.value, env) || fillers(env).has(t.value) || MERCHANT_FILLER.has(t.value))));
  if (terse || terseGuess) id = 'total_by_period';
  if (id === undefined) return undefined;

  // Category words: whatever is not a question word, a member, or part of a period/limit.
  const categoryWords: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word' || taken[i]) continue;
    if (QUESTION_WORDS.has(token.value) || fillers(env).has(token.value) || memberOfWord(token.value, env.members) !== undefined) continue;
    categoryWords.push(token.value);
  }
  const category = categoryWords.length > 0 ? chooseCategory(categoryWords, categoryWords.join(' '), env.context) : undefined;
  // "santé le mois dernier?", "gastos en ocio": a word naming the category when the lexicon knows no item.
  const named = namedByPhrase(categoryWords) ?? categoryWords.map((w) => CATEGORY_NAMES.get(w) ?? CATEGORY_NAMES.get(lexiconKey(w))).find((slug) => slug !== undefined && slug !== 'other');
  const categorySlug = category?.matched ? category.slug : named !== undefined && allowedSlug(named, env) ? named : undefined;
  const merchant = merchantOf(tokens, taken, env);
  const leftovers = merchant ? [] : categoryWords.filter((w, i) => !category?.used.has(i) && !COMMON_WORDS.has(w) && !VOCABULARY.has(lexiconKey(w)) && !CATEGORY_NAMES.has(w));

  const thisMonth = resolvePeriod({ kind: 'this_month' }, clock);
  const main = periods.find((p) => !p.comparedAgainst) ?? periods[0];
  let period: Period | undefined = periodOf(main) ?? thisMonth;
  if (id === 'month_over_month_compare') {
    const months = periods.length > 0 ? periods : [];
    if (months.length >= 2) {
      period = months.reduce((later, p) => (p.period.start > later.period.start ? p : later)).period;
    } else if (months[0]?.comparedAgainst) {
      period = nextMonthOf(months[0].period, env.today) ?? months[0].period;
    } else {
      period = months[0]?.period ?? thisMonth;
    }
    // "karon kaysa last month", "today vs last month": months are compared, so "now" is this month.
    if (period.start === period.end) period = { start: `${period.start.slice(0, 8)}01`, end: addDays(addMonths(`${period.start.slice(0, 8)}01`, 1), -1) };
  } else if (id === 'total_by_period' && merchant) {
    id = 'merchant_spend';
  } else if (id === 'total_by_period' && categorySlug) {
    id = 'category_spend_by_period';
  }

  const member = other !== undefined && !memberSplit ? other : self && !memberSplit ? env.members.sender : undefined;
  const intent: IntentRequest = {
    id,
    ...(id !== 'recent_expenses' && period ? { period } : {}),
    ...(categorySlug && id !== 'member_split' && id !== 'top_expense_categories' && id !== 'merchant_spend' ? { category: categorySlug } : {}),
    ...(id === 'merchant_spend' && merchant ? { merchant } : {}),
    ...(member && (id === 'total_by_period' || id === 'category_spend_by_period' || id === 'recent_expenses' || id === 'merchant_spend') ? { member } : {}),
    ...(limit !== undefined && (id === 'top_expense_categories' || id === 'largest_expenses' || id === 'recent_expenses') ? { limit } : {}),
  };

  const interrogative = INTERROGATIVE_STARTS.has(first) || asked;
  let numbersExplained = true;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]?.kind;
    if (!taken[i] && (kind === 'num' || kind === 'cur')) numbersExplained = false;
  }
  // "how much on food?": a word that only hints at a category ("food", "bill") may mean the category, not the word.
  const vagueMerchant = id === 'merchant_spend' && merchant !== undefined && merchant.split(' ').every((w) => PHRASE_INDEX.get(lexiconKey(w))?.every((p) => p.weight <= TIER_WEIGHTS.weak) ?? false);
  const confident = !terseGuess && !vagueMerchant && leftovers.length === 0 && numbersExplained && (category === undefined || category.matched || categorySlug !== undefined || categoryWords.every((w) => COMMON_WORDS.has(w)));
  return { intent, confident, interrogative, numbersExplained };
}
