/**
 * Exact decimal helpers shared by money and splits. JavaScript numbers are binary floats, so
 * anything that must be exact goes through the number's shortest round-trip decimal string and
 * then BigInt, never through float multiplication.
 */

/**
 * The shortest decimal spelling of a finite number without exponent notation:
 * 1e21 -> "1000000000000000000000", 1e-7 -> "0.0000001", 0.1 -> "0.1".
 */
export function numberToPlainDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  // String() gives the shortest string that round-trips, which is what the person meant by 0.1.
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A non-negative decimal as an exact fraction: value = units / 10^scale. */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

/** Parses "12", "12.5", "0.001" (no sign, no exponent); undefined for anything else. */
export function parseUnsignedDecimal(text: string): ScaledDecimal | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const [, whole = '', fraction = ''] = match;
  return { units: BigInt(whole + fraction), scale: fraction.length };
}
