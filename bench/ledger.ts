/**
 * Ledger benchmark: bulk-ingest rate of importExpenses and latency of the report aggregates, on
 * Postgres and on in-memory PGlite. Prints figures; asserts nothing.
 *
 *   npm run bench                                  # both backends, 1.1M rows each
 *   npm run bench -- --backend=pglite --scale=0.01 --json
 *
 * Postgres: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/kitty_bench) is
 * DROPPED and recreated on every run.
 */
import { measureAggregates, rowsVisibleToReports } from './aggregates.ts';
import { parseArgs, type BackendName, type BenchArgs } from './args.ts';
import { openFreshBackend } from './backends.ts';
import { checkTargets, formatHeader, formatResult, machineInfo, type BackendResult } from './report.ts';
import { combine, seedLedger, seedPlan, type SeedPlan } from './seed.ts';

async function main(): Promise<void> {
  const args = argsOrUsage(process.argv.slice(2));
  if (!args) return;
  const plan = seedPlan(args.scale);
  console.log(formatHeader(plan, args.scale));

  const results: BackendResult[] = [];
  for (const backend of args.backends) {
    const result = await runBackend(backend, plan, args.concurrency);
    console.log(formatResult(result));
    results.push(result);
  }
  if (args.json) {
    console.log(JSON.stringify({ machine: machineInfo(), scale: args.scale, plan, results }));
  }
}

/** Bad flags print the usage and exit 2, before any database is touched. */
function argsOrUsage(argv: readonly string[]): BenchArgs | undefined {
  try {
    return parseArgs(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
    return undefined;
  }
}

async function runBackend(name: BackendName, plan: SeedPlan, concurrency: number): Promise<BackendResult> {
  const log = (line: string) => console.error(`[${name}] ${line}`);
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

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
