import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Settlement } from '../domain/balances.ts';
import { parseIsoDate, todayIn } from '../domain/dates.ts';
import { KittyError } from '../domain/errors.ts';
import { normalizeCurrency, parseAmount } from '../domain/money.ts';
import type { Database, Transaction } from '../db/database.ts';
import { settlements } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { loadBalances } from './balances.ts';
import { amountSchema, type Clock } from './expenses.ts';
import { loadHousehold } from './households.ts';
import { requireMember } from './members.ts';
import { parseInput } from './validation.ts';

/**
 * Settling up: one member hands another money to clear what the shared expenses say they owe.
 * A settlement is a fact that happened, recorded as a row; the debts themselves stay derived
 * (services/balances.ts), so they are always expenses minus settlements.
 */
export type SettlementRow = typeof settlements.$inferSelect;

const settlementInput = z.object({
  /** Member id of the one who paid. */
  from: z.string(),
  /** Member id of the one who received the money. */
  to: z.string(),
  /** Major units as a decimal string ("1200", "12.50") or number; converted exactly. */
  amount: amountSchema,
  /** ISO 4217; defaults to the household currency. */
  currency: z.string().optional(),
  /** ISO date in the household's calendar; defaults to today there. */
  date: z.string().optional(),
});
export type SettlementInput = z.input<typeof settlementInput>;

/** Records that `from` paid `to` an amount, after checking both are members of the scope's household. */
export async function recordSettlement(
  db: Database,
  scope: HouseholdScope,
  input: SettlementInput,
  clock: Clock = {},
): Promise<SettlementRow> {
  const fields = parseInput(settlementInput, input);
  return inHousehold(db, scope, async (tx) => {
    const household = await loadHousehold(tx, scope);
    const from = await requireMember(tx, scope, fields.from, 'from');
    const to = await requireMember(tx, scope, fields.to, 'to');
    if (from.id === to.id) throw new KittyError('invalid_input', 'A settlement is between two different members.', 'to');
    const currency = normalizeCurrency(fields.currency ?? household.currency);
    return insertSettlement(tx, scope, {
      from: from.id,
      to: to.id,
      currency,
      amountMinor: parseAmount(fields.amount, currency),
      settledOn: parseIsoDate(fields.date ?? todayIn(household.timeZone, clock.now ?? new Date())),
    });
  });
}

export type SettleUpResult = {
  /** What was recorded now; empty when everyone was already square in the currency. */
  recorded: Settlement[];
  /** Debts left afterwards, in other currencies (settled separately). */
  remaining: Settlement[];
};

/**
 * The "Settle up" button: records every transfer the balances suggest in one currency, so
 * everyone is square in it. `expected` is the fingerprint of the transfers the person saw
 * (settlementFingerprint); if the balances moved since, nothing is recorded and they are asked
 * to look again, rather than paying off a debt they never saw.
 */
export async function settleUp(
  db: Database,
  scope: HouseholdScope,
  options: { currency: string; expected?: string; now?: Date },
): Promise<SettleUpResult> {
  const currency = normalizeCurrency(options.currency);
  return inHousehold(db, scope, async (tx) => {
    // Two presses (a double tap, both partners at once) queue here; the second then reads the
    // balances the first left, finds everyone square, and records nothing.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`settle-up:${scope.householdId}`}, 0))`);
    const [household, balances] = await Promise.all([loadHousehold(tx, scope), loadBalances(tx, scope)]);
    const due = balances.settlements.filter((settlement) => settlement.currency === currency);
    const remaining = balances.settlements.filter((settlement) => settlement.currency !== currency);
    if (due.length === 0) return { recorded: [], remaining };
    if (options.expected !== undefined && options.expected !== settlementFingerprint(due)) {
      throw new KittyError('conflict', 'The balances changed since this page was loaded. Check them and press Settle up again.');
    }
    const settledOn = todayIn(household.timeZone, options.now ?? new Date());
    for (const settlement of due) await insertSettlement(tx, scope, { ...settlement, settledOn });
    return { recorded: due, remaining };
  });
}

/** A stable text for a list of suggested transfers, carried by the Settle up form. */
export function settlementFingerprint(list: readonly Settlement[]): string {
  return list
    .map((settlement) => `${settlement.from}:${settlement.to}:${settlement.amountMinor}:${settlement.currency}`)
    .sort()
    .join(' ');
}

async function insertSettlement(
  tx: Transaction,
  scope: HouseholdScope,
  values: Settlement & { settledOn: string },
): Promise<SettlementRow> {
  const [row] = await tx
    .insert(settlements)
    .values({
      householdId: scope.householdId,
      fromMember: values.from,
      toMember: values.to,
      amountMinor: values.amountMinor,
      currency: values.currency,
      settledOn: values.settledOn,
      createdBy: scope.memberId,
    })
    .returning();
  if (!row) throw new Error('Inserting a settlement returned no row.');
  return row;
}
