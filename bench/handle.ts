/**
 * Handle suite: latency of engine.handle() end to end without a model (inbox write, household
 * context, offline interpreter, then drafts, the question's queries or a canned reply, inbox
 * settle) on each backend. One household with the dev set's members receives the dev messages one
 * after another, cycled, so expenses, questions and the rest are all in the mix; most drafts are
 * confirmed, untimed, so the questions have a ledger to answer from.
 */
import { loadConfig } from '../src/config/index.ts';
import { createKeyring } from '../src/crypto/keyring.ts';
import type { ContractResult } from '../src/engine/contract.ts';
import { createEngine } from '../src/engine/engine.ts';
import { createLogger } from '../src/log/logger.ts';
import type { BackendName, BenchArgs } from './args.ts';
import { openFreshBackend } from './backends.ts';
import { displayPath, loadDevSet, type DevSet } from './dev-set.ts';
import { summarize, timed, type LatencySummary } from './measure.ts';
import { formatBackendLine, LATENCY_TARGET_BACKEND, latencyHeader, latencyRow, n, verdict } from './report.ts';
import { createHouseholdOf } from './seed.ts';

export const HANDLE_P95_TARGET_MS = 15;
const WARMUP_CALLS = 50;
const TIMED_CALLS = 500;
/** The drafts of one reply in this many stay unconfirmed, as in a household where a few wait a while. */
const LEAVE_PENDING_EVERY = 5;

/** The kind the dev set labels a message with; what the interpreter made of it may differ. */
type Kind = ContractResult['kind'];

export type HandleResult = {
  backend: BackendName;
  version: string;
  location: string;
  overall: LatencySummary;
  byKind: Partial<Record<Kind, LatencySummary>>;
  drafts: { created: number; confirmed: number };
  /** Calls the engine logged as failed: a fast handle() that fails every message is no win. */
  failures: number;
  firstFailure?: string;
  targetP95: boolean | null;
};

export async function runHandleSuite(args: BenchArgs): Promise<HandleResult[] | { skipped: string }> {
  const dev = await loadDevSet(args.devFile, 'handle');
  if (!dev) return { skipped: `${args.devFile} not found` };
  console.log(
    `handle — engine.handle() end to end, offline interpreter, no model: ${WARMUP_CALLS} warm-up + ${n(TIMED_CALLS)} timed calls, ` +
      `one after another, cycling the ${n(dev.lines.length)} messages of ${displayPath(dev.file)}; ` +
      `drafts of ${LEAVE_PENDING_EVERY - 1} replies in ${LEAVE_PENDING_EVERY} confirmed (untimed)`,
  );
  const results: HandleResult[] = [];
  for (const backend of args.backends) {
    const result = await measureBackend(backend, dev);
    console.log(formatHandle(result));
    results.push(result);
  }
  return results;
}

async function measureBackend(name: BackendName, dev: DevSet): Promise<HandleResult> {
  console.error(`[handle ${name}] recreating and migrating the database`);
  const backend = await openFreshBackend(name);
  try {
    const { db } = backend.handle;
    const failures: string[] = [];
    const engine = createEngine({
      db,
      llm: loadConfig({}).llm,
      keyring: createKeyring(undefined),
      logger: createLogger('error', (line) => failures.push(line)),
      // The dev set's clock: "yesterday" and "this month" mean the same on every run.
      now: () => dev.context.now,
    });
    const [scope] = await createHouseholdOf(db, {
      name: 'Handle household',
      currency: dev.context.currency,
      timeZone: dev.context.timeZone,
      members: dev.context.members,
    });
    if (!scope) throw new Error('The dev set names no members.');

    const samples: Array<{ kind: Kind; ms: number }> = [];
    const drafts = { created: 0, confirmed: 0 };
    for (let call = 0; call < WARMUP_CALLS + TIMED_CALLS; call++) {
      const line = dev.lines[call % dev.lines.length];
      if (!line) throw new Error('The dev set has no messages.');
      const message = { channel: 'console', externalId: `bench-handle-${call}`, text: line.text } as const;
      const { result: reply, ms } = await timed(() => engine.handle(message, scope));
      if (call >= WARMUP_CALLS) samples.push({ kind: line.expect.kind, ms });
      const pending = reply.drafts.filter((card) => card.status === 'draft');
      drafts.created += pending.length;
      if (call % LEAVE_PENDING_EVERY === 0) continue;
      for (const card of pending) await engine.confirm(scope, card.expenseId);
      drafts.confirmed += pending.length;
    }

    const overall = summarize(samples.map((sample) => sample.ms));
    const byKind: HandleResult['byKind'] = {};
    for (const kind of ['expense', 'question', 'other'] as const) {
      const ofKind = samples.filter((sample) => sample.kind === kind).map((sample) => sample.ms);
      if (ofKind.length > 0) byKind[kind] = summarize(ofKind);
    }
    return {
      backend: name,
      version: await backend.version(),
      location: backend.location,
      overall,
      byKind,
      drafts,
      failures: failures.length,
      ...(failures[0] !== undefined && { firstFailure: failures[0] }),
      targetP95: name === LATENCY_TARGET_BACKEND ? overall.p95 < HANDLE_P95_TARGET_MS : null,
    };
  } finally {
    await backend.handle.close();
  }
}

function formatHandle(result: HandleResult): string {
  const share = (summary: LatencySummary) => `${Math.round((100 * summary.calls) / result.overall.calls)}%`;
  const lines = ['', formatBackendLine(result.backend, result.version, result.location), latencyHeader('handle(), ms')];
  lines.push(latencyRow(`all ${result.overall.calls}`, result.overall));
  for (const [kind, summary] of Object.entries(result.byKind)) {
    lines.push(latencyRow(`${kind} ${summary.calls} (${share(summary)})`, summary));
  }
  const target = result.targetP95;
  lines.push(
    `  target p95 < ${HANDLE_P95_TARGET_MS} ms: ${target === null ? `n/a (applies to ${LATENCY_TARGET_BACKEND})` : verdict(target)}`,
    `  ${n(result.drafts.created)} drafts made, ${n(result.drafts.confirmed)} confirmed; ${n(result.failures)} of ${n(WARMUP_CALLS + TIMED_CALLS)} calls failed` +
      (result.firstFailure ? ` — first: ${result.firstFailure}` : ''),
  );
  return lines.join('\n');
}
