import { describe, expect, it } from 'vitest';
import { netPositions, settle, type MemberNet } from '../../src/domain/balances.ts';
import { computeShares } from '../../src/domain/splits.ts';

const HOUSEHOLD = ['asha', 'ben', 'chen'];

function expense(paidBy: string, amountMinor: number, currency = 'INR', memberIds = HOUSEHOLD) {
  return { paidBy, amountMinor, currency, shares: computeShares(amountMinor, { kind: 'equal', memberIds }, HOUSEHOLD) };
}

describe('netPositions', () => {
  it('credits the payer and debits each share holder', () => {
    expect(netPositions([expense('asha', 90_00)])).toEqual([
      { memberId: 'asha', currency: 'INR', netMinor: 60_00 },
      { memberId: 'ben', currency: 'INR', netMinor: -30_00 },
      { memberId: 'chen', currency: 'INR', netMinor: -30_00 },
    ]);
  });

  it('nets several expenses and omits members who are square', () => {
    const nets = netPositions([expense('asha', 300), expense('ben', 300), expense('chen', 300)]);
    expect(nets).toEqual([]);
    expect(netPositions([expense('asha', 100, 'INR', ['asha', 'ben']), expense('ben', 100, 'INR', ['asha', 'ben'])])).toEqual([]);
  });

  it('ignores unshared expenses', () => {
    expect(netPositions([{ paidBy: 'asha', amountMinor: 5000, currency: 'INR', shares: [] }])).toEqual([]);
  });

  it('keeps currencies apart and sorts by currency then member', () => {
    const nets = netPositions([expense('chen', 100, 'USD', ['ben', 'chen']), expense('asha', 300, 'INR')]);
    expect(nets).toEqual([
      { memberId: 'asha', currency: 'INR', netMinor: 200 },
      { memberId: 'ben', currency: 'INR', netMinor: -100 },
      { memberId: 'chen', currency: 'INR', netMinor: -100 },
      { memberId: 'ben', currency: 'USD', netMinor: -50 },
      { memberId: 'chen', currency: 'USD', netMinor: 50 },
    ]);
  });

  it('counts a payer who is not among the share holders', () => {
    expect(netPositions([expense('asha', 100, 'INR', ['ben'])])).toEqual([
      { memberId: 'asha', currency: 'INR', netMinor: 100 },
      { memberId: 'ben', currency: 'INR', netMinor: -100 },
    ]);
  });

  it('refuses expenses whose shares do not add up (corrupt data)', () => {
    expect(() =>
      netPositions([{ paidBy: 'asha', amountMinor: 100, currency: 'INR', shares: [{ memberId: 'ben', shareMinor: 99 }] }]),
    ).toThrow(/sum to 99/);
  });

  it('always sums to zero per currency', () => {
    const expenses = [];
    for (let i = 1; i <= 200; i += 1) {
      expenses.push(expense(HOUSEHOLD[i % 3] ?? 'asha', i * 37, i % 4 === 0 ? 'USD' : 'INR', HOUSEHOLD.slice(0, 1 + (i % 3))));
    }
    const nets = netPositions(expenses);
    for (const currency of ['INR', 'USD']) {
      expect(nets.filter((n) => n.currency === currency).reduce((s, n) => s + n.netMinor, 0)).toBe(0);
    }
  });
});

describe('netPositions with settlements already paid', () => {
  it('a settlement paid in full leaves everyone square', () => {
    const owed = settle(netPositions([expense('asha', 90_00)]));
    expect(netPositions([expense('asha', 90_00)], owed)).toEqual([]);
  });

  it('a part payment shrinks the debt, and an overpayment turns it round', () => {
    const lunch = expense('asha', 100, 'INR', ['asha', 'ben']);
    expect(netPositions([lunch], [{ from: 'ben', to: 'asha', currency: 'INR', amountMinor: 20 }])).toEqual([
      { memberId: 'asha', currency: 'INR', netMinor: 30 },
      { memberId: 'ben', currency: 'INR', netMinor: -30 },
    ]);
    expect(netPositions([lunch], [{ from: 'ben', to: 'asha', currency: 'INR', amountMinor: 80 }])).toEqual([
      { memberId: 'asha', currency: 'INR', netMinor: -30 },
      { memberId: 'ben', currency: 'INR', netMinor: 30 },
    ]);
  });

  it('settles only its own currency', () => {
    const nets = netPositions(
      [expense('asha', 100, 'INR', ['asha', 'ben']), expense('asha', 100, 'USD', ['asha', 'ben'])],
      [{ from: 'ben', to: 'asha', currency: 'INR', amountMinor: 50 }],
    );
    expect(nets).toEqual([
      { memberId: 'asha', currency: 'USD', netMinor: 50 },
      { memberId: 'ben', currency: 'USD', netMinor: -50 },
    ]);
  });

  it('refuses a settlement that is not a positive whole number of minor units', () => {
    expect(() => netPositions([], [{ from: 'ben', to: 'asha', currency: 'INR', amountMinor: 0 }])).toThrow(/positive/);
    expect(() => netPositions([], [{ from: 'ben', to: 'asha', currency: 'INR', amountMinor: 1.5 }])).toThrow(/positive/);
  });
});

describe('settle', () => {
  it('has the debtors pay the creditor', () => {
    expect(settle(netPositions([expense('asha', 90_00)]))).toEqual([
      { from: 'ben', to: 'asha', currency: 'INR', amountMinor: 30_00 },
      { from: 'chen', to: 'asha', currency: 'INR', amountMinor: 30_00 },
    ]);
  });

  it('pays the largest debt to the largest credit first', () => {
    const nets: MemberNet[] = [
      { memberId: 'asha', currency: 'INR', netMinor: 500 },
      { memberId: 'ben', currency: 'INR', netMinor: 300 },
      { memberId: 'chen', currency: 'INR', netMinor: -800 },
    ];
    expect(settle(nets)).toEqual([
      { from: 'chen', to: 'asha', currency: 'INR', amountMinor: 500 },
      { from: 'chen', to: 'ben', currency: 'INR', amountMinor: 300 },
    ]);
  });

  it('chains a middle member instead of creating extra transfers', () => {
    const nets: MemberNet[] = [
      { memberId: 'asha', currency: 'INR', netMinor: 700 },
      { memberId: 'ben', currency: 'INR', netMinor: -400 },
      { memberId: 'chen', currency: 'INR', netMinor: -300 },
    ];
    expect(settle(nets)).toEqual([
      { from: 'ben', to: 'asha', currency: 'INR', amountMinor: 400 },
      { from: 'chen', to: 'asha', currency: 'INR', amountMinor: 300 },
    ]);
  });

  it('breaks equal amounts by member id, whatever the input order', () => {
    const nets: MemberNet[] = [
      { memberId: 'zed', currency: 'INR', netMinor: -100 },
      { memberId: 'chen', currency: 'INR', netMinor: 100 },
      { memberId: 'ben', currency: 'INR', netMinor: -100 },
      { memberId: 'asha', currency: 'INR', netMinor: 100 },
    ];
    const expected = [
      { from: 'ben', to: 'asha', currency: 'INR', amountMinor: 100 },
      { from: 'zed', to: 'chen', currency: 'INR', amountMinor: 100 },
    ];
    expect(settle(nets)).toEqual(expected);
    expect(settle([...nets].reverse())).toEqual(expected);
  });

  it('settles each currency separately, currencies in code order', () => {
    const nets = netPositions([
      expense('ben', 600, 'USD'),
      expense('asha', 900, 'INR'),
      expense('chen', 300, 'INR', ['asha', 'chen']),
    ]);
    expect(settle(nets)).toEqual([
      { from: 'ben', to: 'asha', currency: 'INR', amountMinor: 300 },
      { from: 'chen', to: 'asha', currency: 'INR', amountMinor: 150 },
      { from: 'asha', to: 'ben', currency: 'USD', amountMinor: 200 },
      { from: 'chen', to: 'ben', currency: 'USD', amountMinor: 200 },
    ]);
  });

  it('merges repeated entries for the same member and currency', () => {
    expect(
      settle([
        { memberId: 'asha', currency: 'INR', netMinor: 50 },
        { memberId: 'asha', currency: 'INR', netMinor: 50 },
        { memberId: 'ben', currency: 'INR', netMinor: -100 },
      ]),
    ).toEqual([{ from: 'ben', to: 'asha', currency: 'INR', amountMinor: 100 }]);
  });

  it('returns nothing when everyone is square', () => {
    expect(settle([])).toEqual([]);
  });

  it('throws when nets do not sum to zero, because that is a bug', () => {
    expect(() =>
      settle([
        { memberId: 'asha', currency: 'INR', netMinor: 100 },
        { memberId: 'ben', currency: 'INR', netMinor: -99 },
      ]),
    ).toThrow(/sum to 1/);
  });

  it('clears every balance with at most n - 1 transfers', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round += 1) {
      const expenses = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const amountMinor = 1 + Math.floor(random() * 100_000);
        const sharers = people.filter(() => random() < 0.6);
        const memberIds = sharers.length > 0 ? sharers : ['a'];
        return {
          paidBy: people[Math.floor(random() * people.length)] ?? 'a',
          amountMinor,
          currency: random() < 0.5 ? 'INR' : 'EUR',
          shares: computeShares(amountMinor, { kind: 'equal', memberIds }, people),
        };
      });
      const nets = netPositions(expenses);
      const transfers = settle(nets);
      const after = new Map(nets.map((n) => [`${n.currency}:${n.memberId}`, n.netMinor]));
      for (const t of transfers) {
        expect(t.amountMinor).toBeGreaterThan(0);
        expect(t.from).not.toBe(t.to);
        after.set(`${t.currency}:${t.from}`, (after.get(`${t.currency}:${t.from}`) ?? 0) + t.amountMinor);
        after.set(`${t.currency}:${t.to}`, (after.get(`${t.currency}:${t.to}`) ?? 0) - t.amountMinor);
      }
      expect([...after.values()].every((v) => v === 0)).toBe(true);
      for (const currency of ['INR', 'EUR']) {
        const involved = nets.filter((n) => n.currency === currency).length;
        expect(transfers.filter((t) => t.currency === currency).length).toBeLessThanOrEqual(Math.max(0, involved - 1));
      }
    }
  });
});
