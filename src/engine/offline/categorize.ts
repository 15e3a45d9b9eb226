/**
 * Chooses a category slug for some words, in the household's order of authority: its own
 * corrections (learned merchant keys), then labels it renamed or added, then the lexicon.
 */
import type { InterpretContext } from '../interpretation.ts';
import { merchantKey } from '../merchant-key.ts';
import { PHRASE_INDEX, keyWords, lexiconKey, matchPhrases } from './lexicon/index.ts';
import { correctTypo } from './typos.ts';

/** The default taxonomy's labels (spec/categories.json): these are lexicon words already, not overrides. */
const DEFAULT_LABELS: ReadonlyMap<string, string> = new Map([
  ['groceries', 'groceries'], ['dining', 'dining out'], ['transport', 'transport'], ['fuel', 'fuel'],
  ['utilities', 'utilities'], ['housing', 'housing'], ['household', 'household'], ['shopping', 'shopping'],
  ['health', 'health'], ['personal_care', 'personal care'], ['entertainment', 'entertainment'],
  ['subscriptions', 'subscriptions'], ['travel', 'travel'], ['education', 'education'], ['kids', 'kids'],
  ['pets', 'pets'], ['gifts', 'gifts & giving'], ['other', 'other'],
]);

/** A runner-up this close to the best score leaves the category in doubt (a purpose word beats an item: 4 < 0.75 × 6). */
const CONTESTED = 0.5;

/** A household's own label beats every lexicon reading. */
const LABEL_WEIGHT = 8;

interface LabelPhrase {
  readonly words: readonly string[];
  readonly slug: string;
}

interface HouseholdCategories {
  readonly slugs: ReadonlySet<string> | undefined;
  readonly labels: readonly LabelPhrase[];
}

const householdCache = new WeakMap<object, HouseholdCategories>();
const NO_HOUSEHOLD: HouseholdCategories = { slugs: undefined, labels: [] };

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function householdOf(context: InterpretContext): HouseholdCategories {
  const categories = context.categories;
  if (!categories || !Array.isArray(categories)) return NO_HOUSEHOLD;
  const cached = householdCache.get(categories);
  if (cached) return cached;
  const labels: LabelPhrase[] = [];
  for (const category of categories) {
    const label = typeof category.label === 'string' ? category.label.toLowerCase().trim() : '';
    if (label === '' || DEFAULT_LABELS.get(category.slug) === label) continue;
    // "Wine & spirits" is also understood as "wine" and as "spirits".
    const variants = new Set([label, ...label.split(/\s*(?:&|\/|,|\band\b)\s*/)]);
    for (const variant of variants) {
      const words = keyWords(variant.replace(/[^\p{L}\p{N}'\s-]/gu, ' ')).map(stem);
      if (words.length > 0 && !(words.length === 1 && (words[0] ?? '').length < 3)) labels.push({ words, slug: category.slug });
    }
  }
  labels.sort((a, b) => b.words.length - a.words.length);
  const result = { slugs: new Set(categories.map((c) => c.slug)), labels };
  householdCache.set(categories, result);
  return result;
}

/** Compounds of German and Dutch: only long words, only known parts of five letters or more. */
const COMPOUND_MIN = 9;
const PART_MIN = 5;

/** The category of the longest known word a long compound starts or ends with ("lebensmitteleinkäufe", "kindersokken"). */
function compoundPart(keys: readonly string[], household: HouseholdCategories): { slug: string; weight: number; index: number } | undefined {
  let best: { slug: string; weight: number; index: number; length: number } | undefined;
  keys.forEach((key, index) => {
    if (key.length < COMPOUND_MIN) return;
    for (let length = key.length - 3; length >= PART_MIN; length--) {
      for (const part of [key.slice(0, length), key.slice(key.length - length)]) {
        const phrase = PHRASE_INDEX.get(part)?.find((p) => p.words.length === 1 && allowed(p.slug, household));
        if (phrase && (!best || length > best.length)) best = { slug: phrase.slug, weight: phrase.weight, index, length };
      }
      if (best && best.length >= length) break;
    }
  });
  return best;
}

export interface CategoryChoice {
  readonly slug: string;
  /** Something real matched (a learned key, a label or the lexicon), not the fallback. */
  readonly matched: boolean;
  readonly score: number;
  /** Word positions the choice rests on, so callers know what is still unexplained. */
  readonly used: ReadonlySet<number>;
  /** Other categories the words score nearly as well for, best first: the choice is a guess between them. */
  readonly alternatives: readonly string[];
  /** Read from part of a compound word ("Winterschuhe" → shoes): a likely reading, not a sure one. */
  readonly compound?: boolean;
}

/** Words as the lexicon spells them, typos repaired; `fixed` says which were repaired. */
export function lexiconKeys(words: readonly string[]): { keys: string[]; fixed: boolean[] } {
  const keys: string[] = [];
  const fixed: boolean[] = [];
  for (const word of words) {
    const key = lexiconKey(word);
    const repaired = correctTypo(key);
    keys.push(repaired ?? key);
    fixed.push(repaired !== undefined);
  }
  return { keys, fixed };
}

function allowed(slug: string, household: HouseholdCategories): boolean {
  return household.slugs === undefined || household.slugs.has(slug);
}

function fallback(household: HouseholdCategories): string {
  return household.slugs === undefined || household.slugs.has('other') ? 'other' : ([...household.slugs][0] ?? 'other');
}

/**
 * Scores `words` (normalized, in order). `description` is what a learned correction was keyed on.
 */
export function chooseCategory(words: readonly string[], description: string, context: InterpretContext): CategoryChoice {
  const household = householdOf(context);
  const learned = context.learned;
  if (learned && typeof learned.get === 'function' && learned.size > 0) {
    const whole = learned.get(merchantKey(description));
    if (whole && allowed(whole, household)) return { slug: whole, matched: true, score: 10, used: new Set(words.keys()), alternatives: [] };
    for (let i = 0; i < words.length; i++) {
      const single = learned.get(merchantKey(words[i] ?? ''));
      if (single && allowed(single, household)) return { slug: single, matched: true, score: 10, used: new Set([i]), alternatives: [] };
    }
  }

  const scores = new Map<string, number>();
  const used = new Map<string, Set<number>>();
  const credit = (slug: string, weight: number, start: number, end: number): void => {
    scores.set(slug, (scores.get(slug) ?? 0) + weight);
    const set = used.get(slug) ?? new Set<number>();
    for (let k = start; k < end; k++) set.add(k);
    used.set(slug, set);
  };

  const stems = words.map((w) => stem(w.replace(/'s$/, '').replace(/'/g, '')));
  const labelled = new Uint8Array(words.length);
  for (const label of household.labels) {
    for (let i = 0; i + label.words.length <= stems.length; i++) {
      if (label.words.every((w, k) => stems[i + k] === w && !labelled[i + k])) {
        credit(label.slug, LABEL_WEIGHT, i, i + label.words.length);
        for (let k = i; k < i + label.words.length; k++) labelled[k] = 1;
      }
    }
  }

  const { keys } = lexiconKeys(words);
  for (const match of matchPhrases(keys)) {
    if (labelled[match.start]) continue;
    credit(match.slug, match.weight, match.start, match.end);
  }

  let best: string | undefined;
  let bestScore = 0;
  for (const [slug, score] of scores) {
    if (!allowed(slug, household)) continue;
    if (score > bestScore) {
      best = slug;
      bestScore = score;
    }
  }
  if (best === undefined) {
    const part = compoundPart(keys, household);
    if (part) return { slug: part.slug, matched: true, score: part.weight, used: new Set([part.index]), alternatives: [], compound: true };
    return { slug: fallback(household), matched: false, score: 0, used: new Set(), alternatives: [] };
  }
  // A close second ("gas at the costco pump", "tickets ziggo dome") makes the choice a guess between them.
  const alternatives = [...scores]
    .filter(([slug, score]) => slug !== best && score >= bestScore * CONTESTED && allowed(slug, household))
    .sort((a, b) => b[1] - a[1])
    .map(([slug]) => slug);
  return { slug: best, matched: true, score: bestScore, used: used.get(best) ?? new Set(), alternatives };
}
