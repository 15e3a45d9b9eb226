import { describe, expect, it } from 'vitest';
import { computeShares, type Share, type SplitSpec } from '../../src/domain/splits.ts';
import { expectKittyError } from './expect-kitty-error.ts';

const HOUSEHOLD = ['asha', 'ben', 'chen'] as const;

function total(shares: readonly Share[]): number {
  return shares.reduce((sum, s) => sum + s.shareMinor, 0);
}

function asMap(shares: readonly Share[]): Record<string, number> {
  return Object.fromEntries(shares.map((s) => [s.memberId, s.shareMinor]));
}

describe('computeShares: equal', () => {
  it('gives leftover units to the first members in household order', () => {
    expect(computeShares(100, { kind: 'equal' }, HOUSEHOLD)).toEqual([
      { memberId: 'asha', shareMinor: 34 },
      { memberId: 'ben', shareMinor: 33 },
      { memberId: 'chen', shareMinor: 33 },
    ]);
    expect(asMap(computeShares(101, { kind: 'equal' }, HOUSEHOLD))).toEqual({ asha: 34, ben: 34, chen: 33 });
    expect(asMap(computeShares(99, { kind: 'equal' }, HOUSEHOLD))).toEqual({ asha: 33, ben: 33, chen: 33 });
  });

  it('follows household order, not the order memberIds were given in', () => {
    expect(computeShares(100, { kind: 'equal', memberIds: ['chen', 'ben'] }, HOUSEHOLD)).toEqual([
      { memberId: 'ben', shareMinor: 50 },
      { memberId: 'chen', shareMinor: 50 },
    ]);
    expect(computeShares(101, { kind: 'equal', memberIds: ['chen', 'ben'] }, HOUSEHOLD)).toEqual([
      { memberId: 'ben', shareMinor: 51 },
      { memberId: 'chen', shareMinor: 50 },
    ]);
  });

  it('removes duplicate member ids', () => {
    expect(asMap(computeShares(100, { kind: 'equal', memberIds: ['asha', 'asha', 'ben'] }, HOUSEHOLD))).toEqual({
      asha: 50,
      ben: 50,
    });
    expect(asMap(computeShares(100, { kind: 'equal' }, ['asha', 'ben', 'asha']))).toEqual({ asha: 50, ben: 50 });
  });

  it('omits members whose share rounds to zero', () => {
    expect(computeShares(1, { kind: 'equal' }, HOUSEHOLD)).toEqual([{ memberId: 'asha', shareMinor: 1 }]);
    expect(computeShares(2, { kind: 'equal' }, HOUSEHOLD)).toEqual([
      { memberId: 'asha', shareMinor: 1 },
      { memberId: 'ben', shareMinor: 1 },
    ]);
  });

  it('lets one person take the whole expense', () => {
    expect(computeShares(4500, { kind: 'equal', memberIds: ['ben'] }, HOUSEHOLD)).toEqual([
      { memberId: 'ben', shareMinor: 4500 },
    ]);
  });

  it('rejects outsiders and empty lists', () => {
    expectKittyError(() => computeShares(100, { kind: 'equal', memberIds: ['asha', 'zed'] }, HOUSEHOLD), 'unknown_member', 'split');
    expectKittyError(() => computeShares(100, { kind: 'equal', memberIds: [] }, HOUSEHOLD), 'invalid_split', 'split');
    expectKittyError(() => computeShares(100, { kind: 'equal' }, []), 'invalid_split', 'split');
  });
});

describe('computeShares: percent', () => {
  it('splits 60/40 exactly', () => {
    expect(computeShares(10_000, { kind: 'percent', percents: { asha: 60, ben: 40 } }, HOUSEHOLD)).toEqual([
      { memberId: 'asha', shareMinor: 6000 },
      { memberId: 'ben', shareMinor: 4000 },
    ]);
    expect(asMap(computeShares(999, { kind: 'percent', percents: { ben: 40, asha: 60 } }, HOUSEHOLD))).toEqual({
      asha: 599, // 599.4
      ben: 400, // 399.6 gets the leftover unit: larger remainder
    });
  });

  it('uses the largest remainder, then household order for ties', () => {
    // 10% / 45% / 45% of 5: 0.5, 2.25, 2.25 -> asha's 0.5 is the largest remainder.
    expect(asMap(computeShares(5, { kind: 'percent', percents: { asha: 10, ben: 45, chen: 45 } }, HOUSEHOLD))).toEqual({
      asha: 1,
      ben: 2,
      chen: 2,
    });
    // 50/50 of 1 is a tie: the first household member pays the extra unit.
    expect(computeShares(1, { kind: 'percent', percents: { chen: 50, ben: 50 } }, HOUSEHOLD)).toEqual([
      { memberId: 'ben', shareMinor: 1 },
    ]);
  });

  it('accepts percentages that only sum to 100 within a billionth', () => {
    const third = 100 / 3;
    expect(asMap(computeShares(100, { kind: 'percent', percents: { asha: third, ben: third, chen: third } }, HOUSEHOLD))).toEqual({
      asha: 34,
      ben: 33,
      chen: 33,
    });
    expect(total(computeShares(1000, { kind: 'percent', percents: { asha: 33.3333333333, ben: 33.3333333333, chen: 33.3333333334 } }, HOUSEHOLD))).toBe(1000);
    expect(total(computeShares(1000, { kind: 'percent', percents: { asha: 0.1, ben: 0.2, chen: 99.7 } }, HOUSEHOLD))).toBe(1000);
  });

  it.each<[Record<string, number>, RegExp]>([
    [{ asha: 60, ben: 30 }, /add up to 90%/],
    [{ asha: 60, ben: 40.000001 }, /add up to 100.000001%/],
    [{ asha: 33.33, ben: 33.33, chen: 33.33 }, /add up to 99.99%/],
    [{ asha: 100, ben: 0 }, /greater than zero/],
    [{ asha: 110, ben: -10 }, /greater than zero/],
    [{ asha: Number.NaN, ben: 100 }, /greater than zero/],
    [{ asha: Infinity }, /greater than zero/],
    [{}, /at least one person/],
  ])('rejects %j', (percents, message) => {
    const error = expectKittyError(() => computeShares(100, { kind: 'percent', percents }, HOUSEHOLD), 'invalid_split', 'split');
    expect(error.message).toMatch(message);
  });

  it('rejects percentages for people outside the household', () => {
    expectKittyError(() => computeShares(100, { kind: 'percent', percents: { asha: 50, zed: 50 } }, HOUSEHOLD), 'unknown_member', 'split');
  });
});

describe('computeShares: amounts', () => {
  it('uses the given amounts, in household order', () => {
    expect(computeShares(1000, { kind: 'amounts', amounts: { chen: 250, asha: 750 } }, HOUSEHOLD)).toEqual([
      { memberId: 'asha', shareMinor: 750 },
      { memberId: 'chen', shareMinor: 250 },
    ]);
  });

  it.each<[Record<string, number>, RegExp]>([
    [{ asha: 500, ben: 400 }, /less than the expense/],
    [{ asha: 500, ben: 600 }, /more than the expense/],
    [{ asha: 1000, ben: 0 }, /greater than zero/],
    [{ asha: 1100, ben: -100 }, /greater than zero/],
    [{ asha: 999.5, ben: 0.5 }, /greater than zero/],
    [{}, /at least one person/],
  ])('rejects %j for an expense of 1000', (amounts, message) => {
    const error = expectKittyError(() => computeShares(1000, { kind: 'amounts', amounts }, HOUSEHOLD), 'invalid_split', 'split');
    expect(error.message).toMatch(message);
  });

  it('rejects amounts for people outside the household', () => {
    expectKittyError(() => computeShares(1000, { kind: 'amounts', amounts: { asha: 500, zed: 500 } }, HOUSEHOLD), 'unknown_member', 'split');
  });
});

describe('computeShares: validation', () => {
  it('rejects non-positive or fractional expense amounts', () => {
    for (const amount of [0, -100, 1.5, Number.NaN]) {
      expectKittyError(() => computeShares(amount, { kind: 'equal' }, HOUSEHOLD), 'invalid_amount', 'amount');
    }
  });

  it('rejects unknown split kinds', () => {
    expectKittyError(() => computeShares(100, { kind: 'shares' } as unknown as SplitSpec, HOUSEHOLD), 'invalid_split', 'split');
  });
});

describe('computeShares: sums are always exact', () => {
  const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
  // A small deterministic generator keeps failures reproducible.
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };

  it('for equal splits of every amount up to 2000 among 1..7 people', () => {
    for (let amount = 1; amount <= 2000; amount += 1) {
      for (let n = 1; n <= members.length; n += 1) {
        const shares = computeShares(amount, { kind: 'equal', memberIds: members.slice(0, n) }, members);
        expect(total(shares)).toBe(amount);
        const values = shares.map((s) => s.shareMinor);
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
        // Earlier members never pay less than later ones.
        for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeLessThanOrEqual(values[i - 1] ?? 0);
      }
    }
  });

  it('for random percentage splits, each share within one unit of its ideal', () => {
    for (let round = 0; round < 2000; round += 1) {
      const amount = 1 + Math.floor(random() * 10_000_000);
      const people = members.slice(0, 2 + Math.floor(random() * 5));
      // Whole hundredths of a percent that sum to exactly 100.
      const cuts = people.slice(1).map(() => 1 + Math.floor(random() * 9999)).sort((a, b) => a - b);
      const bounds = [0, ...new Set(cuts), 10_000];
      const percents: Record<string, number> = {};
      bounds.slice(1).forEach((bound, i) => {
        const id = people[i];
        if (id) percents[id] = (bound - (bounds[i] ?? 0)) / 100;
      });
      const shares = computeShares(amount, { kind: 'percent', percents }, members);
      expect(total(shares)).toBe(amount);
      for (const share of shares) {
        const ideal = (amount * (percents[share.memberId] ?? 0)) / 100;
        expect(Math.abs(share.shareMinor - ideal)).toBeLessThan(1 + 1e-6);
      }
    }
  });

  it('for huge amounts near the safe integer limit', () => {
    const amount = Number.MAX_SAFE_INTEGER;
    expect(total(computeShares(amount, { kind: 'equal' }, members))).toBe(amount);
    expect(total(computeShares(amount, { kind: 'percent', percents: { m1: 33.3, m2: 33.3, m3: 33.4 } }, members))).toBe(amount);
  });
});
