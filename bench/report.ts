/**
 * Human-readable output: the machine line, the latency table every suite shares, and the ledger
 * suite's tables with its targets checked. The other suites format their own few lines with these.
 */
import os from 'node:os';
import { TIMED_CALLS, WARMUP_CALLS, type AggregateLatencies, type AggregateName } from './aggregates.ts';
import type { BackendName } from './args.ts';
import type { LatencySummary } from './measure.ts';
import { rowsPerSecond, type IngestTally, type SeedPlan } from './seed.ts';

/** The targets this benchmark exists to check. */
export const INGEST_TARGET_ROWS_PER_SECOND = 50_000;
export const AGGREGATE_P95_TARGET_MS = 10;
/** Latency targets are for the server database; PGlite's figures are reported for comparison. */
export const LATENCY_TARGET_BACKEND: BackendName = 'postgres';

export type BackendResult = {
  backend: BackendName;
  version: string;
  location: string;
  ingest: { overall: IngestTally; households: IngestTally; big: IngestTally; concurrency: number };
  rowsVisibleToReports: number;
  aggregates: AggregateLatencies;
  targets: { ingest: boolean; aggregateP95: boolean | null };
};

export function machineInfo() {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    /** At the start of the run: other work on the machine moves every figure, the one-core ones most. */
    loadAverage: os.loadavg()[0] ?? 0,
  };
}

export function checkTargets(backend: BackendName, ingest: IngestTally, aggregates: AggregateLatencies) {
  return {
    ingest: rowsPerSecond(ingest) >= INGEST_TARGET_ROWS_PER_SECOND,
    aggregateP95:
      backend === LATENCY_TARGET_BACKEND
        ? Object.values(aggregates).every((summary) => summary.p95 < AGGREGATE_P95_TARGET_MS)
        : null,
  };
}

export function formatMachine(): string {
  const machine = machineInfo();
  return (
    `Kitty benchmark — node ${machine.node}, ${machine.cpu} × ${machine.cpuCount}, ${machine.memoryGiB} GiB, ${machine.platform}; ` +
    `load average ${machine.loadAverage.toFixed(2)}`
  );
}

/** The first line of a backend's figures: which server produced them, and where the data lived. */
export function formatBackendLine(backend: BackendName, version: string, location: string): string {
  return `${backend} — ${version.split(',')[0] ?? version} — ${location}`;
}

const LABEL_WIDTH = 20;

export function latencyHeader(label: string): string {
  return `    ${label.padEnd(LABEL_WIDTH)}${['p50', 'p95', 'p99', 'mean', 'max'].map((h) => h.padStart(8)).join('')}`;
}

export function latencyRow(label: string, s: LatencySummary): string {
  return `    ${label.padEnd(LABEL_WIDTH)}${[s.p50, s.p95, s.p99, s.mean, s.max].map((ms) => ms.toFixed(2).padStart(8)).join('')}`;
}

export function formatLedgerHeader(plan: SeedPlan, scale: number): string {
  const total = plan.households * plan.expensesPerHousehold + plan.bigHouseholdExpenses;
  return (
    `ledger — scale ${scale}: ${n(plan.households)} households × ${n(plan.expensesPerHousehold)} expenses + 1 × ${n(plan.bigHouseholdExpenses)} = ${n(total)} rows; ` +
    `aggregates: ${WARMUP_CALLS} warm-up + ${TIMED_CALLS} timed calls, month periods round-robin`
  );
}

export function formatLedgerResult(result: BackendResult): string {
  const { overall, households, big, concurrency } = result.ingest;
  const lines = [
    '',
    formatBackendLine(result.backend, result.version, result.location),
    `  ingest   ${n(overall.rows)} rows in ${n(overall.imports)} imports, ${overall.seconds.toFixed(1)} s → ${n(rowsPerSecond(overall))} rows/s ` +
      `[target > ${n(INGEST_TARGET_ROWS_PER_SECOND)}: ${verdict(result.targets.ingest)}]`,
    `           ${n(households.imports)} × ${n(households.imports ? households.rows / households.imports : 0)}-row imports, ${concurrency} at once: ${n(rowsPerSecond(households))} rows/s; ` +
      `1 × ${n(big.rows)}-row import alone: ${n(rowsPerSecond(big))} rows/s`,
    `  reports  big household (${n(big.rows)} rows, ${n(result.rowsVisibleToReports)} visible over the 24 months), ms:`,
    latencyHeader('aggregate'),
  ];
  for (const [name, summary] of Object.entries(result.aggregates) as [AggregateName, LatencySummary][]) {
    lines.push(latencyRow(name, summary));
  }
  const p95 = result.targets.aggregateP95;
  lines.push(
    `  target p95 < ${AGGREGATE_P95_TARGET_MS} ms per aggregate: ${p95 === null ? `n/a (applies to ${LATENCY_TARGET_BACKEND})` : verdict(p95)}`,
  );
  return lines.join('\n');
}

export function verdict(met: boolean): string {
  return met ? 'met' : 'MISSED';
}

/** A whole number with thousands separators. */
export function n(value: number): string {
  return Math.round(value).toLocaleString('en');
}
