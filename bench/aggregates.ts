/** Latency of the three report aggregates on the big household, one calendar month per call. */
import type { Database } from '../src/db/database.ts';
import type { HouseholdScope } from '../src/db/scope.ts';
import type { Period } from '../src/domain/periods.ts';
import { spendByCategory, spendByMember, spendTotals } from '../src/services/reports.ts';
import { sampleLatencies, summarize, type LatencySummary } from './measure.ts';
import { SEEDED_MONTHS } from './rows.ts';

export const AGGREGATES = {
  spendTotals: (db: Database, scope: HouseholdScope, period: Period) => spendTotals(db, scope, period),
  spendByCategory,
  spendByMember,
} as const;

export type AggregateName = keyof typeof AGGREGATES;
export type AggregateLatencies = Record<AggregateName, LatencySummary>;

export const WARMUP_CALLS = 20;
export const TIMED_CALLS = 300;

/** Round-robin over the seeded months, so no single month's pages are all that stays cached. */
function monthFor(call: number): Period {
  const period = SEEDED_MONTHS[call % SEEDED_MONTHS.length];
  if (!period) throw new Error('No seeded months.');
  return period;
}

export async function measureAggregates(db: Database, scope: HouseholdScope): Promise<AggregateLatencies> {
  const measure = async (name: AggregateName) =>
    summarize(
      await sampleLatencies((call) => AGGREGATES[name](db, scope, monthFor(call)), {
        warmup: WARMUP_CALLS,
        calls: TIMED_CALLS,
      }),
    );
  // One after another, never interleaved: each aggregate gets the connection to itself.
  return {
    spendTotals: await measure('spendTotals'),
    spendByCategory: await measure('spendByCategory'),
    spendByMember: await measure('spendByMember'),
  };
}

/**
 * How many expenses the reports see across all seeded months. Printed beside the latencies: a
 * fast aggregate that sees no rows (wrong scope, wrong dates) would otherwise look like a win.
 */
export async function rowsVisibleToReports(db: Database, scope: HouseholdScope): Promise<number> {
  let rows = 0;
  for (const period of SEEDED_MONTHS) {
    for (const total of await spendTotals(db, scope, period)) rows += total.count;
  }
  return rows;
}
