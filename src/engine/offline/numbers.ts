/**
 * Exact decimal helpers and spelled-out numbers ("fifty", "two hundred and fifty", "ten").
 * Values stay decimal strings so "1.2k" is exactly 1200 and never 1199.9999.
 */
import type { Token } from './tokens.ts';

const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['a', 1], ['an', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Multipliers as powers of ten, shared by digits ("2 lakh", "15k") and words ("two thousand"). */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['k', 3], ['thousand', 3], ['thousands', 3], ['grand', 3],
  ['l', 5], ['lakh', 5], ['lakhs', 5], ['lac', 5], ['lacs', 5], ['lk', 5],
  ['cr', 7], ['crore', 7], ['crores', 7],
  ['m', 6], ['mn', 6], ['million', 6], ['millions', 6],
  ['bn', 9], ['billion', 9],
]);

const SMALL_MAGNITUDES: ReadonlyMap<string, number> = new Map([['hundred', 2], ['hundreds', 2]]);

/** "1.25" × 10^3 → "1250" exactly; fraction digits that survive stay ("1.2345k" → "1234.5"). */
export function shiftDecimal(decimal: string, power: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const digits = whole + fraction.padEnd(power, '0');
  const point = whole.length + power;
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  return fracPart === '' ? intPart : `${intPart}.${fracPart}`;
}

export function isNumberWord(value: string): boolean {
  return UNITS.has(value) || SMALL_MAGNITUDES.has(value) || MAGNITUDES.has(value);
}

export interface SpelledNumber {
  readonly value: string;
  /** Index after the last token used. */
  readonly end: number;
  /** The phrase used "hundred" or a bigger magnitude, so it is unlikely to be a count. */
  readonly large: boolean;
}

/** Reads a spelled-out number starting at tokens[start]; "a"/"an" only count before a magnitude. */
export function readSpelledNumber(tokens: readonly Token[], start: number): SpelledNumber | undefined {
  let total = 0;
  let current = 0;
  let used = 0;
  let large = false;
  let end = start;
  for (let i = start; i < tokens.length && i < start + 12; i++) {
    const token = tokens[i];
    if (!token || token.kind !== 'word') break;
    const word = token.value;
    const unit = UNITS.get(word);
    if (unit !== undefined) {
      const next = tokens[i + 1];
      const beforeMagnitude = next?.kind === 'word' && (SMALL_MAGNITUDES.has(next.value) || (MAGNITUDES.has(next.value) && next.value.length > 2));
      if ((word === 'a' || word === 'an') && !beforeMagnitude) break;
      if (current % 100 !== 0 && unit >= 10) break;
      if (current % 10 !== 0 && unit > 0) break;
      current += unit;
      used++;
      end = i + 1;
      continue;
    }
    const small = SMALL_MAGNITUDES.get(word);
    if (small !== undefined && used > 0) {
      current = (current === 0 ? 1 : current) * 100;
      large = true;
      used++;
      end = i + 1;
      continue;
    }
    const magnitude = word.length > 2 ? MAGNITUDES.get(word) : undefined;
    if (magnitude !== undefined && used > 0) {
      total += (current === 0 ? 1 : current) * 10 ** magnitude;
      current = 0;
      large = true;
      used++;
      end = i + 1;
      continue;
    }
    if (word === 'and' && used > 0 && tokens[i + 1]?.kind === 'word' && UNITS.has(tokens[i + 1]?.value ?? '')) continue;
    break;
  }
  if (used === 0) return undefined;
  return { value: String(total + current), end, large };
}
