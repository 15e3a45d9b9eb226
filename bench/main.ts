/**
 * `npm run bench`: prints figures, asserts nothing. Suites, in the order they run:
 *   interpret  offline interpreter throughput on the dev set, one core (seconds)
 *   handle     engine.handle() latency end to end without a model, per backend (seconds)
 *   telegram   webhook updates/s and latency, Kitty's whole stack beside a bare grammY bot, Postgres only (under a minute)
 *   dashboard  GET / (the month dashboard) latency for a household with five years of data, per backend (a minute)
 *   ledger     bulk ingest and report aggregates on 1.1M seeded rows, per backend (minutes)
 *
 *   npm run bench                                        # every suite, both backends
 *   npm run bench -- --suite=interpret,handle --backend=pglite --json
 *   npm run bench -- --suite=ledger --scale=0.01
 *
 * Postgres: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/kitty_bench) is
 * DROPPED and recreated by each suite that uses it.
 */
import { parseArgs, type BenchArgs, type SuiteName } from './args.ts';
import { formatMachine, machineInfo } from './report.ts';

/**
 * Imported only when selected, so a suite loads just the code it measures: `--suite=ledger`
 * still runs while the engine is half-written, and the ledger code never loads the interpreter.
 */
const SUITES: Record<SuiteName, (args: BenchArgs) => Promise<unknown>> = {
  interpret: async (args) => (await import('./interpret.ts')).runInterpretSuite(args),
  handle: async (args) => (await import('./handle.ts')).runHandleSuite(args),
  telegram: async (args) => (await import('./telegram.ts')).runTelegramSuite(args),
  dashboard: async (args) => (await import('./dashboard.ts')).runDashboardSuite(args),
  ledger: async (args) => (await import('./ledger.ts')).runLedgerSuite(args),
};

async function main(): Promise<void> {
  const args = argsOrUsage(process.argv.slice(2));
  if (!args) return;
  console.log(formatMachine());
  const summary: Record<string, unknown> = { machine: machineInfo() };
  for (const suite of args.suites) {
    console.log('');
    summary[suite] = await SUITES[suite](args);
  }
  if (args.json) console.log(JSON.stringify(summary));
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

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
