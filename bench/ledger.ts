/**
 * Ledger suite: bulk-ingest rate of importExpenses and latency of the report aggregates on a
 * seeded ledger of 1.1M rows, on Postgres and on in-memory PGlite. Takes minutes at scale 1.
 */
import { measureAggregates, rowsVisibleToReports } from './aggregates.ts';
import type { BackendName, BenchArgs } from './args.ts';
import { openFreshBackend } from './backends.ts';
import { checkTargets, formatLedgerHeader, formatLedgerResult, type BackendResult } from './report.ts';
import { combine, seedLedger, seedPlan, type SeedPlan } from './seed.ts';

export type LedgerSummary = { scale: number; plan: SeedPlan; results: BackendResult[] };

export async function runLedgerSuite(args: BenchArgs): Promise<LedgerSummary> {
  const plan = seedPlan(args.scale);
  console.log(formatLedgerHeader(plan, args.scale));
  const results: BackendResult[] = [];
  for (const backend of args.backends) {
    const result = await runBackend(backend, plan, args.concurrency);
    console.log(formatLedgerResult(result));
    results.push(result);
  }
  return { scale: args.scale, plan, results };
}

async function runBackend(name: BackendName, plan: SeedPlan, concurrency: number): Promise<BackendResult> {
  const log = (line: string) => console.error(`[ledger ${name}] ${line}`);
  log('recreating and migrating the database');
  const backend = await openFreshBackend(name);
  try {
    const { db } = backend.handle;
    log('seeding');
    const seeded = await seedLedger(db, plan, concurrency, log);

    // Autovacuum would analyse a table that just grew by a million rows within a minute or so;
    // doing it here makes the plans (and so the figures) the same on every run instead of
    // depending on whether autovacuum happened to finish first. PGlite has no autovacuum at all.
    log('vacuum analyze');
    await backend.maintenance('vacuum analyze');

    log('measuring aggregates');
    const visible = await rowsVisibleToReports(db, seeded.bigScope);
    const aggregates = await measureAggregates(db, seeded.bigScope);
    const overall = combine(seeded.households, seeded.big);
    return {
      backend: name,
      version: await backend.version(),
      location: backend.location,
      ingest: { overall, households: seeded.households, big: seeded.big, concurrency },
      rowsVisibleToReports: visible,
      aggregates,
      targets: checkTargets(name, overall, aggregates),
    };
  } finally {
    await backend.handle.close();
  }
}
