/**
 * Articles and prepositions of the languages households mix in, leaving out those that are also
 * English words or names ("van", "die", "la", "al", "sa"). They stay in the text (they are
 * part of names: "El Corte Inglés", "menú del día", "Le Pain Quotidien") but never name a
 * category, a merchant or anything a description should start or end with.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `der das den dem des ein eine einen einem einer vom zum zur auf zu nach
  le les l du des de d qu une au aux
  el los las del unos unas
  het een
  ang ng mga`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Per language, the little words left out above because English has them too. */
const SHARED_WITH_ENGLISH: Readonly<Record<string, string>> = {
  de: 'die hat an im mal so was man war bin',
  fr: 'la un et pour mes ou par dans va sa',
  es: 'la al lo un una con o y',
  nl: 'van die al de dan op te',
  tl: 'sa si ni na pa ba po',
  hi: 'se ke ki ka ko pe',
};

const byLanguages = new Map<string, ReadonlySet<string>>();

/** FUNCTION_WORDS plus the shared little words of the household's own languages. */
export function functionWordsOf(languages: readonly string[]): ReadonlySet<string> {
  const key = languages.join(',');
  let words = byLanguages.get(key);
  if (!words) {
    words = new Set([...FUNCTION_WORDS, ...languages.flatMap((language) => (SHARED_WITH_ENGLISH[language] ?? '').split(' ').filter(Boolean))]);
    byLanguages.set(key, words);
  }
  return words;
}
