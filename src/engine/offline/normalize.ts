/**
 * Turns a raw chat message into the plain lower-case text the tokenizer reads. Chat text arrives
 * with emoji, full-width digits, curly quotes and SMS spellings ("hw much hav we spent this yr");
 * folding all of that here keeps every later stage small.
 */

import type { Language } from './habits.ts';
import { rewriteLocaleWords, type Rewritten } from './locale-words.ts';

/** Longer messages are cut: nobody logs an expense in 4,000 characters, and the cap keeps work linear. */
export const MAX_PARSED_CHARS = 4000;

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3]/gu;
const FORMAT_CHARS = /\p{Cf}/gu;
const CONTROL_CHARS = /[\p{Cc}\u2028\u2029]/gu;
const CURLY_APOSTROPHES = /[\u2018\u2019\u201B\u2032`´]/g;
const CURLY_QUOTES = /[\u201C\u201D\u201E\u2033"]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** SMS and Hinglish spellings, applied per word; the right side is what the grammar knows. */
const WORD_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['n', 'and'],
  ['nd', 'and'],
  ['hw', 'how'],
  ['hv', 'have'],
  ['hav', 'have'],
  ['wat', 'what'],
  ['wht', 'what'],
  ['wot', 'what'],
  ['whats', 'what is'],
  ['wheres', 'where is'],
  ['whos', 'who is'],
  ['hows', 'how is'],
  ['u', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['mnth', 'month'],
  ['mth', 'month'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['avg', 'average'],
  ['tix', 'tickets'],
  ['tkts', 'tickets'],
  ['tkt', 'ticket'],
  ['thx', 'thanks'],
  ['thnx', 'thanks'],
  ['thanx', 'thanks'],
  ['tq', 'thanks'],
  ['ty', 'thanks'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['yday', 'yesterday'],
  ['ystrdy', 'yesterday'],
  ['yest', 'yesterday'],
  ['yesterdy', 'yesterday'],
  ['yesteday', 'yesterday'],
  ['tdy', 'today'],
  ['2day', 'today'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['tmrow', 'tomorrow'],
  ['2moro', 'tomorrow'],
  ['2morrow', 'tomorrow'],
  ['ydy', 'yesterday'],
  ['ystd', 'yesterday'],
  ['yda', 'yesterday'],
  ['bday', 'birthday'],
  ['b\'day', 'birthday'],
  ['veggies', 'vegetables'],
  ['amt', 'amount'],
  ['dat', 'that'],
  ['dis', 'this'],
  ['thru', 'through'],
  ['b/w', 'between'],
  ['w/', 'with'],
  ['btwn', 'between'],
  ['approx', 'about'],
  ['xmas', 'christmas'],
  ['grocs', 'groceries'],
  ['elec', 'electricity'],
  ['dinr', 'dinner'],
  ['bil', 'bill'],
]);

/** Contractions that hide a cue word ("where's most of our money going"). */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ["what's", 'what is'],
  ["where's", 'where is'],
  ["who's", 'who is'],
  ["how's", 'how is'],
  ["that's", 'that is'],
  ["it's", 'it is'],
  ["i've", 'i have'],
  ["we've", 'we have'],
  ["i'm", 'i am'],
  ["we're", 'we are'],
  ["i'd", 'i would'],
  ["what'd", 'what did'],
  ["how'd", 'how did'],
  ["where'd", 'where did'],
  ["i'll", 'i will'],
  ["let's", 'let us'],
  ["didn't", 'did not'],
  ["don't", 'do not'],
  ["dont", 'do not'],
  ["doesn't", 'does not'],
  ["isn't", 'is not'],
  ["wasn't", 'was not'],
  ["there's", 'there is'],
]);

/** A hyphen inside a word keeps it whole, so the "u" of "u-bahn" is never expanded to "you". */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'/]|-(?=[\p{L}\p{N}]))*/gu;
/** Markup pasted from elsewhere ("<b>snacks</b> 6"): the tags say nothing. */
const TAGS = /<\/?(?:b|i|u|s|em|strong|br|p|span|a|code|div|small|mark|del|ins|sub|sup)(?:\s[^<>]*)?\/?>/gi;

function expandWord(word: string): string {
  return CONTRACTIONS.get(word) ?? WORD_EXPANSIONS.get(word) ?? word;
}

function expandWords(text: string): string {
  // Part of a name joined by "&" ("s&r", "m&s") or a hyphen is never an SMS spelling, nor is the letter of a currency sign ("r$ 50" is reais, not "are $").
  return text.replace(WORD, (word, at: number) => {
    const after = text[at + word.length] ?? '';
    return word.includes('-') || text[at - 1] === '&' || after === '&' || /\p{Sc}/u.test(after) ? word : expandWord(word);
  });
}

/** `languages`: the household's other languages (habits.ts), whose words are read as English. */
export function normalizeText(raw: string, languages: readonly Language[] = []): string {
  return normalizeMessage(raw, languages).text;
}

/** The normalized text and, for words read from another language, what the person wrote. */
export function normalizeMessage(raw: string, languages: readonly Language[] = []): Rewritten {
  if (typeof raw !== 'string' || raw === '') return { text: '', originals: [] };
  const head = raw.length > MAX_PARSED_CHARS ? raw.slice(0, MAX_PARSED_CHARS) : raw;
  const folded = head
    .replace(TAGS, ' ')
    // "1 234,56 €": a thin or no-break space groups thousands, as French and banking apps write;
    // a plain space only when the cents that follow say so.
    .replace(/(\d{1,3})(?:[\u00a0\u202f\u2009](\d{3}))(?!\d)/g, '$1$2')
    .replace(/(?<![\d.,])(\d{1,3}) (\d{3}),(\d{2})(?!\d)/g, '$1$2,$3')
    .normalize('NFKC')
    .toLowerCase()
    .replace(EMOJI, ' ')
    .replace(FORMAT_CHARS, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, (ch) => (ch === '\n' ? '\n' : ' '))
    .replace(CURLY_APOSTROPHES, "'")
    .replace(CURLY_QUOTES, ' ')
    .replace(DASHES, '-')
    // "Rs.1500": the abbreviation's dot would otherwise read as a decimal point.
    .replace(/\b(rs|inr|mr|mrs|dr)\.\s*/g, '$1 ');
  // French elision: "l'essence", "d'Action" are the article and the word.
  const elided = languages.includes('fr') ? folded.replace(/(?<![\p{L}])(l|d|qu)'(?=\p{L})/gu, "$1' ") : folded;
  const spaced = expandWords(elided.replace(/[ \t]+/g, ' ')).replace(/[ \t]+/g, ' ').trim();
  return rewriteLocaleWords(spaced, languages);
}
