import { sql } from 'drizzle-orm';
import { settle, type MemberNet, type Settlement } from '../domain/balances.ts';
import { rowsOf, type Database, type Transaction } from '../db/database.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { toSafeInteger } from './reports.ts';

export type Balances = { nets: MemberNet[]; settlements: Settlement[] };

/**
 * Who owes whom, over every confirmed split expense and every recorded settlement: the payer is
 * owed the whole amount, each member owes their share, and money handed over to settle up counts
 * for the one who paid it and against the one who received it. Summed in SQL (one row per member
 * and currency, however long the history); the settling is domain logic. Only a split expense
 * has shares, and saying so (`split is not null`) on both sides lets both read the partial index
 * `expenses_split_balance_idx` instead of every expense the household ever logged.
 */
export async function householdBalances(db: Database, scope: HouseholdScope): Promise<Balances> {
  return inHousehold(db, scope, (tx) => loadBalances(tx, scope));
}

/** householdBalances inside a transaction the caller holds (settling up reads and writes in one). */
export async function loadBalances(tx: Transaction, scope: HouseholdScope): Promise<Balances> {
  const result = await tx.execute(sql`
    select member_id, currency, sum(delta)::bigint as net_minor from (
      select e.paid_by as member_id, e.currency, e.amount_minor as delta
        from expenses e
       where e.household_id = ${scope.householdId} and e.status = 'confirmed' and e.split is not null
      union all
      select s.member_id, e.currency, -s.share_minor
        from expense_shares s
        join expenses e on e.household_id = s.household_id and e.id = s.expense_id
       where s.household_id = ${scope.householdId} and e.status = 'confirmed' and e.split is not null
      union all
      select p.from_member, p.currency, p.amount_minor
        from settlements p
       where p.household_id = ${scope.householdId}
      union all
      select p.to_member, p.currency, -p.amount_minor
        from settlements p
       where p.household_id = ${scope.householdId}
    ) movements
    group by member_id, currency
    having sum(delta) <> 0
    order by currency, member_id`);
  const nets = rowsOf<{ member_id: string; currency: string; net_minor: string | number }>(result).map((row) => ({
    memberId: row.member_id,
    currency: row.currency,
    netMinor: toSafeInteger(row.net_minor),
  }));
  return { nets, settlements: settle(nets) };
}
