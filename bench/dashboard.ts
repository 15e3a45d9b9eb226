/**
 * Dashboard suite: latency of the month dashboard, `GET /` through the whole web app (session
 * and CSRF middleware, the report queries, the SVG charts, the HTML) for one household with five
 * years of data, on each backend. Seeded through the services: confirmed expenses by import,
 * a share of them split equally as drafts confirmed one by one (so the balances have history to
 * add up), and a settle-up every few months.
 */
import { loadConfig } from '../src/config/index.ts';
import { createKeyring } from '../src/crypto/keyring.ts';
import type { Database } from '../src/db/database.ts';
import type { HouseholdScope } from '../src/db/scope.ts';
import { addDays, addMonths } from '../src/domain/dates.ts';
import defaultTaxonomy from '../src/domain/default-categories.json' with { type: 'json' };
import { createEngine } from '../src/engine/engine.ts';
import { createLogger } from '../src/log/logger.ts';
import { householdBalances } from '../src/services/balances.ts';
import { confirmExpense, createDraft } from '../src/services/expenses.ts';
import { importExpenses, type ImportRow } from '../src/services/imports.ts';
import { settlementFingerprint, settleUp } from '../src/services/settlements.ts';
import { startSession } from '../src/services/web-sessions.ts';
import { createApp } from '../src/web/app.ts';
import { SESSION_COOKIE } from '../src/web/session.ts';
import type { BackendName, BenchArgs } from './args.ts';
import { openFreshBackend } from './backends.ts';
import { sampleLatencies, summarize, timed, type LatencySummary } from './measure.ts';
import { pick, randomInt, mulberry32, type Random } from './prng.ts';
import { formatBackendLine, LATENCY_TARGET_BACKEND, latencyHeader, latencyRow, n, verdict } from './report.ts';
import { createHouseholdOf } from './seed.ts';

export const DASHBOARD_P95_TARGET_MS = 50;
const WARMUP_CALLS = 20;
const TIMED_CALLS = 300;

/** Five years of whole months ending November 2026; "now" is inside the last one. */
const MONTHS = 60;
const LAST_MONTH = '2026-11';
const NOW = new Date('2026-11-18T12:00:00Z');
const FIRST_DAY = addMonths(`${LAST_MONTH}-01`, 1 - MONTHS);
const LAST_DAY = `${LAST_MONTH}-30`;

const IMPORTED = 18_000;
const SPLIT = 2_000;
/** A settle-up after every this many months of split expenses. */
const SETTLE_EVERY_MONTHS = 3;

const SEED = 0x64617368; // "dash"

export type DashboardResult = {
  backend: BackendName;
  version: string;
  location: string;
  expenses: number;
  split: number;
  settlements: number;
  seedSeconds: number;
  /** Every month in turn, oldest to newest, then round again. */
  byMonth: LatencySummary;
  /** The default view: this month, no `?month=`. */
  currentMonth: LatencySummary;
  failures: number;
  targetP95: boolean | null;
};

export async function runDashboardSuite(args: BenchArgs): Promise<DashboardResult[]> {
  console.log(
    `dashboard — GET / through the web app (session, reports, SVG charts, HTML) for one household of ${n(IMPORTED + SPLIT)} confirmed ` +
      `expenses over ${MONTHS} months (${n(SPLIT)} split, settled up every ${SETTLE_EVERY_MONTHS} months): ` +
      `${WARMUP_CALLS} warm-up + ${TIMED_CALLS} timed requests one after another, months round-robin, then the current month`,
  );
  const results: DashboardResult[] = [];
  for (const backend of args.backends) {
    const result = await measureBackend(backend);
    console.log(formatDashboard(result));
    results.push(result);
  }
  return results;
}

async function measureBackend(name: BackendName): Promise<DashboardResult> {
  const log = (line: string) => console.error(`[dashboard ${name}] ${line}`);
  log('recreating and migrating the database');
  const backend = await openFreshBackend(name);
  try {
    const { db } = backend.handle;
    log('seeding');
    const { result: seeded, ms: seedMs } = await timed(() => seedHousehold(db));
    log('vacuum analyze');
    await backend.maintenance('vacuum analyze');

    const sessionSecret = 'bench-session-secret-that-is-long-enough';
    const engine = createEngine({ db, llm: loadConfig({}).llm, keyring: createKeyring(undefined), logger: createLogger('silent'), now: () => NOW });
    const app = createApp({
      version: 'bench',
      logger: createLogger('silent'),
      databaseStatus: async () => ({ kind: name, migrationsApplied: 0 }),
      web: { db, engine, keyring: createKeyring(undefined), sessionSecret, publicUrl: 'http://localhost:3000', now: () => NOW },
    });
    const { token } = await startSession(db, seeded.scope, NOW);
    const headers = { cookie: `${SESSION_COOKIE}=${token}` };

    let failures = 0;
    const render = async (path: string) => {
      const response = await app.request(path, { headers });
      const body = await response.text();
      // A fast page that failed, or drew nothing, is no win.
      if (response.status !== 200 || !body.includes('<svg')) failures += 1;
    };
    log('measuring');
    const monthOf = (call: number) => addMonths(`${LAST_MONTH}-01`, -(call % MONTHS)).slice(0, 7);
    const byMonth = summarize(await sampleLatencies((call) => render(`/?month=${monthOf(call)}`), { warmup: WARMUP_CALLS, calls: TIMED_CALLS }));
    const currentMonth = summarize(await sampleLatencies(() => render('/'), { warmup: WARMUP_CALLS, calls: TIMED_CALLS }));
    const worst = Math.max(byMonth.p95, currentMonth.p95);
    return {
      backend: name,
      version: await backend.version(),
      location: backend.location,
      expenses: IMPORTED + SPLIT,
      split: SPLIT,
      settlements: seeded.settlements,
      seedSeconds: seedMs / 1000,
      byMonth,
      currentMonth,
      failures,
      targetP95: name === LATENCY_TARGET_BACKEND ? worst < DASHBOARD_P95_TARGET_MS : null,
    };
  } finally {
    await backend.handle.close();
  }
}

/** Every day of the five years, for picking dates from. */
const DAYS: readonly string[] = (() => {
  const days: string[] = [];
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addDays(day, 1)) days.push(day);
  return days;
})();

const CATEGORIES = defaultTaxonomy.categories.map((category) => ({
  slug: category.id,
  examples: category.examples.length > 0 ? category.examples : [category.label],
}));

function expenseRow(random: Random, payers: readonly string[], date = pick(random, DAYS)): ImportRow {
  const category = pick(random, CATEGORIES);
  const paise = randomInt(random, 10_00, 5000_00);
  return {
    amount: `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`,
    date,
    category: category.slug,
    description: pick(random, category.examples),
    paidBy: pick(random, payers),
  };
}

async function seedHousehold(db: Database): Promise<{ scope: HouseholdScope; settlements: number }> {
  const random = mulberry32(SEED);
  const scopes = await createHouseholdOf(db, { name: 'Dashboard household', currency: 'INR', timeZone: 'Asia/Kolkata', members: ['Asha', 'Ravi'] });
  const [asha, ravi] = scopes;
  if (!asha || !ravi) throw new Error('The household needs two members.');
  const payers = [asha.memberId, ravi.memberId];
  await importExpenses(db, asha, Array.from({ length: IMPORTED }, () => expenseRow(random, payers)));

  // Split expenses in date order, settling up as a couple would every few months.
  const splitDates = Array.from({ length: SPLIT }, () => pick(random, DAYS)).sort();
  let settlements = 0;
  let settledThrough = addMonths(FIRST_DAY, SETTLE_EVERY_MONTHS);
  for (const date of splitDates) {
    if (date >= settledThrough) {
      settlements += await settleAll(db, asha, date);
      settledThrough = addMonths(settledThrough, SETTLE_EVERY_MONTHS);
    }
    const row = expenseRow(random, payers, date);
    const scope = row.paidBy === ravi.memberId ? ravi : asha;
    const draft = await createDraft(db, scope, { ...row, split: { kind: 'equal' } });
    await confirmExpense(db, scope, draft.id);
  }
  return { scope: asha, settlements };
}

async function settleAll(db: Database, scope: HouseholdScope, on: string): Promise<number> {
  const due = (await householdBalances(db, scope)).settlements;
  const { recorded } = await settleUp(db, scope, { currency: 'INR', expected: settlementFingerprint(due), now: new Date(`${on}T06:00:00Z`) });
  return recorded.length;
}

function formatDashboard(result: DashboardResult): string {
  const target = result.targetP95;
  return [
    '',
    formatBackendLine(result.backend, result.version, result.location),
    `  seeded ${n(result.expenses)} expenses (${n(result.split)} split) and ${n(result.settlements)} settlements in ${result.seedSeconds.toFixed(1)} s`,
    latencyHeader('GET /, ms'),
    latencyRow(`?month=, ${MONTHS} months`, result.byMonth),
    latencyRow('this month', result.currentMonth),
    `  target p95 < ${DASHBOARD_P95_TARGET_MS} ms on ${LATENCY_TARGET_BACKEND}: ${target === null ? `n/a (applies to ${LATENCY_TARGET_BACKEND})` : verdict(target)}; ` +
      `${n(result.failures)} of ${n(2 * (WARMUP_CALLS + TIMED_CALLS))} requests failed`,
  ].join('\n');
}
