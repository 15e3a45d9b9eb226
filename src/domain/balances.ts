/**
 * Who owes whom. Balances are derived from expenses every time rather than stored, so an edited
 * or deleted expense can never leave a stale debt behind. Currencies are never mixed: a household
 * that spends in INR and USD has two independent sets of debts.
 */
import type { Share } from './splits.ts';

export interface MemberNet {
  memberId: string;
  currency: string;
  /** Positive: the member is owed money. Negative: the member owes. */
  netMinor: number;
}

export interface Settlement {
  from: string;
  to: string;
  currency: string;
  amountMinor: number;
}

export interface SharedExpense {
  paidBy: string;
  amountMinor: number;
  currency: string;
  shares: readonly Share[];
}

function byString(a: string, b: string): number {
  // Code-unit order, not localeCompare: the same ids must sort the same on every runtime.
  return a < b ? -1 : a > b ? 1 : 0;
}

function addChecked(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new Error('Balance arithmetic left the safe integer range.');
  return sum;
}

/**
 * Each member's position per currency. `paid` are settlements already handed over: the payer's
 * debt shrinks and the receiver is owed that much less, exactly as if the payer had covered an
 * expense that was all the receiver's.
 */
export function netPositions(expenses: Iterable<SharedExpense>, paid: Iterable<Settlement> = []): MemberNet[] {
  const nets = new Map<string, Map<string, number>>();
  const adjust = (currency: string, memberId: string, delta: number): void => {
    let members = nets.get(currency);
    if (!members) {
      members = new Map();
      nets.set(currency, members);
    }
    members.set(memberId, addChecked(members.get(memberId) ?? 0, delta));
  };

  for (const expense of expenses) {
    // An unshared expense is one person's own spending: nobody owes anything for it.
    if (expense.shares.length === 0) continue;
    if (!Number.isSafeInteger(expense.amountMinor)) {
      throw new Error(`Expense amount ${expense.amountMinor} is not an integer number of minor units.`);
    }
    let shareTotal = 0;
    for (const share of expense.shares) {
      if (!Number.isSafeInteger(share.shareMinor)) {
        throw new Error(`Share ${share.shareMinor} is not an integer number of minor units.`);
      }
      shareTotal = addChecked(shareTotal, share.shareMinor);
    }
    // Shares come from computeShares, which is exact; a mismatch means corrupted data, and
    // letting it through would silently make the household's balances not add up.
    if (shareTotal !== expense.amountMinor) {
      throw new Error(`Expense shares sum to ${shareTotal} but the amount is ${expense.amountMinor}.`);
    }
    adjust(expense.currency, expense.paidBy, expense.amountMinor);
    for (const share of expense.shares) adjust(expense.currency, share.memberId, -share.shareMinor);
  }
  for (const payment of paid) {
    if (!Number.isSafeInteger(payment.amountMinor) || payment.amountMinor <= 0) {
      throw new Error(`Settlement ${payment.amountMinor} is not a positive integer number of minor units.`);
    }
    adjust(payment.currency, payment.from, payment.amountMinor);
    adjust(payment.currency, payment.to, -payment.amountMinor);
  }

  const result: MemberNet[] = [];
  for (const currency of [...nets.keys()].sort(byString)) {
    const members = nets.get(currency) ?? new Map<string, number>();
    for (const memberId of [...members.keys()].sort(byString)) {
      const netMinor = members.get(memberId) ?? 0;
      if (netMinor !== 0) result.push({ memberId, currency, netMinor });
    }
  }
  return result;
}

interface Position {
  memberId: string;
  amount: number;
}

function largestFirst(a: Position, b: Position): number {
  return b.amount - a.amount || byString(a.memberId, b.memberId);
}

/**
 * Greedy: the largest debtor pays the largest creditor until everyone is square. Each transfer
 * clears at least one person, so n people need at most n - 1 transfers.
 */
export function settle(nets: readonly MemberNet[]): Settlement[] {
  const byCurrency = new Map<string, Map<string, number>>();
  for (const { memberId, currency, netMinor } of nets) {
    if (!Number.isSafeInteger(netMinor)) throw new Error(`Net ${netMinor} is not an integer number of minor units.`);
    let members = byCurrency.get(currency);
    if (!members) {
      members = new Map();
      byCurrency.set(currency, members);
    }
    members.set(memberId, addChecked(members.get(memberId) ?? 0, netMinor));
  }

  const settlements: Settlement[] = [];
  for (const currency of [...byCurrency.keys()].sort(byString)) {
    const members = [...(byCurrency.get(currency) ?? new Map<string, number>())];
    const total = members.reduce((sum, [, net]) => addChecked(sum, net), 0);
    if (total !== 0) throw new Error(`Net positions in ${currency} sum to ${total}, not zero.`);

    const creditors: Position[] = members.filter(([, n]) => n > 0).map(([memberId, n]) => ({ memberId, amount: n }));
    const debtors: Position[] = members.filter(([, n]) => n < 0).map(([memberId, n]) => ({ memberId, amount: -n }));
    for (;;) {
      creditors.sort(largestFirst);
      debtors.sort(largestFirst);
      const creditor = creditors[0];
      const debtor = debtors[0];
      if (!creditor || !debtor) break;
      const amountMinor = Math.min(creditor.amount, debtor.amount);
      settlements.push({ from: debtor.memberId, to: creditor.memberId, currency, amountMinor });
      creditor.amount -= amountMinor;
      debtor.amount -= amountMinor;
      if (creditor.amount === 0) creditors.shift();
      if (debtor.amount === 0) debtors.shift();
    }
  }
  return settlements;
}
