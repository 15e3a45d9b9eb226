/**
 * How one expense is shared between household members. Shares always add up to the expense
 * exactly: leftover minor units go by the largest-remainder method, ties to whoever comes first
 * in the household's member order, so the same split always gives the same paisa to the same person.
 */
import { numberToPlainDecimal, parseUnsignedDecimal } from './decimal.ts';
import { KittyError } from './errors.ts';

export type SplitSpec =
  | { kind: 'equal'; memberIds?: string[] }
  | { kind: 'percent'; percents: Record<string, number> }
  | { kind: 'amounts'; amounts: Record<string, number> };

export interface Share {
  memberId: string;
  shareMinor: number;
}

/** Percentages typed as 33.333333333 three times are meant to be 100. */
const PERCENT_TOLERANCE_DIGITS = 9;

function splitError(message: string): KittyError {
  return new KittyError('invalid_split', message, 'split');
}

function unknownMember(): KittyError {
  return new KittyError('unknown_member', 'Someone in the split is not a member of this household.', 'split');
}

/** Splits amount in proportion to integer weights; the result sums exactly to amount. */
function distribute(amountMinor: number, weights: readonly bigint[]): number[] {
  const amount = BigInt(amountMinor);
  const total = weights.reduce((sum, w) => sum + w, 0n);
  const shares = weights.map((w) => (amount * w) / total);
  const remainders = weights.map((w) => (amount * w) % total);
  let left = amount - shares.reduce((sum, s) => sum + s, 0n);
  const order = weights
    .map((_, index) => index)
    .sort((a, b) => {
      const ra = remainders[a] ?? 0n;
      const rb = remainders[b] ?? 0n;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  // Each remainder is under one unit, so fewer units are left than people with a remainder.
  for (const index of order) {
    if (left === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

function entriesOf(record: unknown, noun: string): [string, unknown][] {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw splitError(`Give the ${noun} for each person in the split.`);
  }
  const entries = Object.entries(record);
  if (entries.length === 0) throw splitError(`Give the ${noun} for at least one person.`);
  return entries;
}

function checkMembers(ids: Iterable<string>, household: ReadonlySet<string>): void {
  for (const id of ids) if (!household.has(id)) throw unknownMember();
}

function formatScaled(units: bigint, scale: number): string {
  const text = units.toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

function percentWeights(percents: unknown, household: ReadonlySet<string>): Map<string, bigint> {
  const entries = entriesOf(percents, 'percentage');
  checkMembers(
    entries.map(([id]) => id),
    household,
  );
  const decimals = entries.map(([id, value]) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw splitError('Each percentage must be a number greater than zero.');
    }
    // Exact decimal, not float maths, so 33.3/33.3/33.4 really is 100.
    const decimal = parseUnsignedDecimal(numberToPlainDecimal(value));
    if (!decimal) throw splitError('Each percentage must be a number greater than zero.');
    return { id, ...decimal };
  });
  const scale = Math.max(PERCENT_TOLERANCE_DIGITS, ...decimals.map((d) => d.scale));
  const weights = new Map<string, bigint>();
  let sum = 0n;
  for (const d of decimals) {
    const units = d.units * 10n ** BigInt(scale - d.scale);
    weights.set(d.id, units);
    sum += units;
  }
  const hundred = 100n * 10n ** BigInt(scale);
  const difference = sum > hundred ? sum - hundred : hundred - sum;
  if (difference * 10n ** BigInt(PERCENT_TOLERANCE_DIGITS) > 10n ** BigInt(scale)) {
    throw splitError(`The percentages add up to ${formatScaled(sum, scale)}%, but they must add up to 100%.`);
  }
  return weights;
}

function exactAmounts(amounts: unknown, household: ReadonlySet<string>, amountMinor: number): Map<string, number> {
  const entries = entriesOf(amounts, 'amount');
  checkMembers(
    entries.map(([id]) => id),
    household,
  );
  const result = new Map<string, number>();
  let sum = 0n;
  for (const [id, value] of entries) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      throw splitError("Each person's share must be an amount greater than zero.");
    }
    result.set(id, value);
    sum += BigInt(value);
  }
  if (sum !== BigInt(amountMinor)) {
    throw splitError(
      sum > BigInt(amountMinor)
        ? 'The shares add up to more than the expense. They must add up to exactly the expense amount.'
        : 'The shares add up to less than the expense. They must add up to exactly the expense amount.',
    );
  }
  return result;
}

export function computeShares(
  amountMinor: number,
  spec: SplitSpec,
  householdMemberIds: readonly string[],
): Share[] {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) {
    throw new KittyError('invalid_amount', 'Amounts must be greater than zero.', 'amount');
  }
  const householdOrder = [...new Set(householdMemberIds)];
  const household: ReadonlySet<string> = new Set(householdOrder);
  if (!spec || typeof spec !== 'object') throw splitError('Say how the expense should be split.');

  let byMember: Map<string, number>;
  switch (spec.kind) {
    case 'equal': {
      const requested: unknown = spec.memberIds ?? householdOrder;
      if (!Array.isArray(requested) || requested.some((id) => typeof id !== 'string')) {
        throw splitError('List the people to split the expense with.');
      }
      const chosen = new Set<string>(requested as string[]);
      checkMembers(chosen, household);
      if (chosen.size === 0) throw splitError('Choose at least one person to share the expense with.');
      const members = householdOrder.filter((id) => chosen.has(id));
      const shares = distribute(
        amountMinor,
        members.map(() => 1n),
      );
      byMember = new Map(members.map((id, i) => [id, shares[i] ?? 0]));
      break;
    }
    case 'percent': {
      const weights = percentWeights(spec.percents, household);
      const members = householdOrder.filter((id) => weights.has(id));
      const shares = distribute(
        amountMinor,
        members.map((id) => weights.get(id) ?? 0n),
      );
      byMember = new Map(members.map((id, i) => [id, shares[i] ?? 0]));
      break;
    }
    case 'amounts':
      byMember = exactAmounts(spec.amounts, household, amountMinor);
      break;
    default:
      throw splitError('Split the expense equally, by percentages, or by amounts.');
  }

  const result: Share[] = [];
  for (const memberId of householdOrder) {
    const shareMinor = byMember.get(memberId) ?? 0;
    if (shareMinor > 0) result.push({ memberId, shareMinor });
  }
  return result;
}
