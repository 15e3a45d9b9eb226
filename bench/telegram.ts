/**
 * Telegram suite: webhook updates a second and their latency for one Node process serving
 * Kitty's real stack (@hono/node-server → createApp's webhook route → the grammY bot → the engine
 * with the offline interpreter → Postgres), beside a bare grammY + Hono echo bot measured in the
 * same run. Both reply to the same fake Bot API; a child process (telegram-driver.ts) runs that
 * fake and posts the updates over real HTTP, a fixed number in flight. An update counts as done
 * when its webhook response arrives, which is after it was handled.
 *
 * Postgres only: the question is a server deployment's ceiling, and that runs on Postgres.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { User } from 'grammy/types';
import { loadConfig } from '../src/config/index.ts';
import { createKeyring } from '../src/crypto/keyring.ts';
import { createEngine } from '../src/engine/engine.ts';
import type { InterpretContext } from '../src/engine/interpretation.ts';
import { createLogger } from '../src/log/logger.ts';
import type { BenchArgs } from './args.ts';
import { openFreshBackend } from './backends.ts';
import { displayPath, loadDevSet } from './dev-set.ts';
import { summarize, type LatencySummary } from './measure.ts';
import { formatBackendLine, n, verdict } from './report.ts';
import type { DriveRequest, DriveResult, DriverReady, FromDriver } from './telegram-protocol.ts';
import { seedTelegramHouseholds, startBareServer, startKittyServer, WEBHOOK_SECRET, type BotApi, type RunningServer } from './telegram-servers.ts';

/** Kitty should keep at least this share of a bare grammY bot's throughput. */
export const TELEGRAM_THROUGHPUT_TARGET_RATIO = 0.5;
const CONCURRENCY = 16;
const WARMUP_UPDATES = 300;
const TIMED_UPDATES = 2_000;
/** The throttled run is paced at about one reply a second per chat: a short one shows the ceiling. */
const THROTTLED = { warmup: 16, timed: 160 };
const HOUSEHOLDS = 8;
const CONFIRMED_ROWS_PER_HOUSEHOLD = 2_000;

/** When the dev set is missing: expenses, questions and chat, as people write them. */
const BUILT_IN_TEXTS = [
  'coffee 180',
  'groceries 2450 at dmart yesterday',
  'uber 320',
  'how much did we spend on dining this month?',
  'electricity bill 1870',
  'Priya paid 1200 for the plumber',
  'what did we spend last week',
  'thanks!',
  'petrol 3000 on monday',
  'show me the latest grocery expenses',
];
const BUILT_IN_CONTEXT = { members: ['Arjun', 'Priya'], currency: 'INR', timeZone: 'Asia/Kolkata' };

type Workload = { texts: string[]; context: InterpretContext; source: string };

export type ServerFigures = {
  updatesPerSecond: number;
  latency: LatencySummary;
  /** CPU per wall second, in cores: the server process and the driver process. */
  serverCores: number;
  driverCores: number;
  statuses: Record<string, number>;
  calls: Record<string, number>;
  refusedCalls: number;
};

export type TelegramResult = {
  version: string;
  location: string;
  workload: { source: string; messages: number; users: number; households: number; concurrency: number; warmup: number; timed: number };
  bare: ServerFigures;
  kitty: ServerFigures & { errorsLogged: number; firstError?: string };
  /** The same, answering questions in text only: what the chart pictures cost. */
  kittyTextOnly: ServerFigures;
  kittyThrottled: ServerFigures;
  ratio: number;
  target: boolean;
};

export async function runTelegramSuite(args: BenchArgs): Promise<TelegramResult | { skipped: string }> {
  if (!args.backends.includes('postgres')) {
    const skipped = 'measures a server deployment, which runs on Postgres; run with --backend=postgres (or both)';
    console.log(`telegram — skipped: ${skipped}`);
    return { skipped };
  }
  const workload = await loadWorkload(args.devFile);
  const users = HOUSEHOLDS * workload.context.members.length;
  console.log(
    `telegram — webhook over HTTP, ${WARMUP_UPDATES} warm-up + ${n(TIMED_UPDATES)} timed updates, ${CONCURRENCY} in flight, cycling the ${n(workload.texts.length)} messages of ` +
      `${workload.source} as private texts from ${users} members of ${HOUSEHOLDS} households (${n(CONFIRMED_ROWS_PER_HOUSEHOLD)} confirmed expenses each); ` +
      `load generator and fake Bot API in a child process`,
  );

  const driver = await startDriver();
  try {
    console.error('[telegram postgres] recreating and migrating the database');
    const backend = await openFreshBackend('postgres');
    try {
      const errors: string[] = [];
      const logger = createLogger('error', (line) => errors.push(line));
      const engine = createEngine({
        db: backend.handle.db,
        llm: loadConfig({}).llm,
        keyring: createKeyring(undefined),
        logger,
        now: () => workload.context.now,
      });
      console.error(`[telegram postgres] seeding ${HOUSEHOLDS} households`);
      const telegramUsers = await seedTelegramHouseholds(engine, backend.handle.db, {
        households: HOUSEHOLDS,
        confirmedRows: CONFIRMED_ROWS_PER_HOUSEHOLD,
        context: workload.context,
      });
      const run = (timed: number, warmup: number) => ({ users: telegramUsers, texts: workload.texts, timed, warmup });

      console.error('[telegram] bare grammY + Hono echo bot');
      const bare = await measureServer(driver, () => startBareServer(driver.api), run(TIMED_UPDATES, WARMUP_UPDATES));
      console.error('[telegram] Kitty, throttler off');
      const kitty = await measureServer(
        driver,
        () => startKittyServer({ api: driver.api, engine, logger, throttled: false, chartPictures: true }),
        run(TIMED_UPDATES, WARMUP_UPDATES),
      );
      const errorsLogged = errors.length;
      console.error('[telegram] Kitty, throttler off, no chart pictures');
      const kittyTextOnly = await measureServer(
        driver,
        () => startKittyServer({ api: driver.api, engine, logger, throttled: false, chartPictures: false }),
        run(TIMED_UPDATES, WARMUP_UPDATES),
      );
      console.error('[telegram] Kitty as shipped, throttler on');
      const kittyThrottled = await measureServer(
        driver,
        () => startKittyServer({ api: driver.api, engine, logger, throttled: true, chartPictures: true }),
        run(THROTTLED.timed, THROTTLED.warmup),
      );

      const ratio = kitty.updatesPerSecond / bare.updatesPerSecond;
      const result: TelegramResult = {
        version: await backend.version(),
        location: backend.location,
        workload: {
          source: workload.source,
          messages: workload.texts.length,
          users: telegramUsers.length,
          households: HOUSEHOLDS,
          concurrency: CONCURRENCY,
          warmup: WARMUP_UPDATES,
          timed: TIMED_UPDATES,
        },
        bare,
        kitty: { ...kitty, errorsLogged, ...(errors[0] !== undefined && { firstError: errors[0] }) },
        kittyTextOnly,
        kittyThrottled,
        ratio,
        target: ratio >= TELEGRAM_THROUGHPUT_TARGET_RATIO,
      };
      console.log(formatTelegram(result));
      return result;
    } finally {
      await backend.handle.close();
    }
  } finally {
    await driver.stop();
  }
}

async function loadWorkload(devFile: string): Promise<Workload> {
  const dev = existsSync(devFile) ? await loadDevSet(devFile, 'telegram') : undefined;
  if (dev) return { texts: dev.lines.map((line) => line.text), context: dev.context, source: displayPath(dev.file) };
  return { texts: BUILT_IN_TEXTS, context: { ...BUILT_IN_CONTEXT, now: new Date() }, source: `a built-in list (${displayPath(devFile)} not found)` };
}

type Driver = { api: BotApi; drive(request: Omit<DriveRequest, 'type'>): Promise<DriveResult>; stop(): Promise<void> };

/**
 * Forks telegram-driver.ts. The child inherits this process's exec arguments, tsx's loader among
 * them, so it runs the TypeScript source like `npm run bench` does.
 */
async function startDriver(): Promise<Driver> {
  const child = fork(new URL('./telegram-driver.ts', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = (await nextMessage(child)) as DriverReady;
  if (ready.type !== 'ready') throw new Error('The telegram driver did not start.');
  return {
    api: { apiRoot: ready.apiRoot, token: ready.token, botInfo: ready.botInfo },
    drive: async (request) => {
      const answer = nextMessage(child);
      child.send({ type: 'drive', ...request });
      const result = await answer;
      if (result.type !== 'result') throw new Error('The telegram driver answered out of turn.');
      return result;
    },
    stop: async () => {
      if (!child.connected) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      await exited;
    },
  };
}

/** The child's next message; its errors and an early exit reject. */
function nextMessage(child: ChildProcess): Promise<FromDriver> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromDriver) => {
      cleanup();
      if (message.type === 'error') reject(new Error(`telegram driver: ${message.message}`));
      else resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`The telegram driver exited (code ${code}) before answering.`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** Starts a server, drives it, stops it. The server's CPU is this process's: nothing else runs here meanwhile. */
async function measureServer(
  driver: Driver,
  start: () => Promise<RunningServer>,
  run: { users: User[]; texts: string[]; timed: number; warmup: number },
): Promise<ServerFigures> {
  const server = await start();
  try {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await driver.drive({ url: server.url, secret: WEBHOOK_SECRET, concurrency: CONCURRENCY, ...run });
    // Over the whole drive, warm-up included, as the driver's figure is: this side cannot tell them apart.
    const serverMs = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      updatesPerSecond: (result.samples.length * 1000) / result.wallMs,
      latency: summarize(result.samples),
      serverCores: (cpu.user + cpu.system) / 1e6 / serverMs,
      driverCores: result.cpuMs / result.driveMs,
      statuses: result.statuses,
      calls: result.calls,
      refusedCalls: result.refusedCalls,
    };
  } finally {
    await server.close();
  }
}

const COLUMNS = ['updates/s', 'p50', 'p95', 'p99', 'mean', 'max', 'server CPU', 'driver CPU'];

function formatTelegram(result: TelegramResult): string {
  const row = (label: string, figures: ServerFigures) => {
    const { latency } = figures;
    const cells = [
      n(figures.updatesPerSecond),
      ...[latency.p50, latency.p95, latency.p99, latency.mean, latency.max].map((ms) => ms.toFixed(1)),
      cores(figures.serverCores),
      cores(figures.driverCores),
    ];
    return `    ${label.padEnd(30)}${cells.map((cell, index) => cell.padStart(index === 0 ? 10 : index >= 6 ? 12 : 8)).join('')}`;
  };
  const header = `    ${'server (latency in ms)'.padEnd(30)}${COLUMNS.map((column, index) => column.padStart(index === 0 ? 10 : index >= 6 ? 12 : 8)).join('')}`;
  const { kitty } = result;
  return [
    '',
    formatBackendLine('postgres', result.version, result.location),
    header,
    row('bare grammY + Hono echo', result.bare),
    row('Kitty (throttler off)', kitty),
    row('Kitty, no chart pictures', result.kittyTextOnly),
    row(`Kitty as shipped (${THROTTLED.timed} timed)`, result.kittyThrottled),
    `  Kitty / bare throughput: ${result.ratio.toFixed(2)} [target ≥ ${TELEGRAM_THROUGHPUT_TARGET_RATIO}: ${verdict(result.target)}]; ` +
      `without chart pictures ${(result.kittyTextOnly.updatesPerSecond / result.bare.updatesPerSecond).toFixed(2)}`,
    `  as shipped, grammY's throttler paces replies to Telegram's limits (1 a second per private chat, 30 a second overall): ` +
      `with ${result.workload.users} chats that ceiling, not the stack, is the figure`,
    `  Kitty: ${describeRun(kitty)}; ${n(kitty.errorsLogged)} errors logged${kitty.firstError ? ` — first: ${kitty.firstError}` : ''}`,
    `  Kitty, no chart pictures: ${describeRun(result.kittyTextOnly)}`,
    `  bare:  ${describeRun(result.bare)}`,
    `  CPU is cores busy per wall second: above ~0.9 for the server means it was the bottleneck; the driver shares the machine's cores with it and Postgres`,
  ].join('\n');
}

function describeRun(figures: ServerFigures): string {
  const statuses = Object.entries(figures.statuses)
    .map(([status, count]) => `${n(count)} × ${status}`)
    .join(', ');
  const calls = Object.entries(figures.calls)
    .map(([method, count]) => `${n(count)} ${method}`)
    .join(', ');
  return `webhook answered ${statuses}; Bot API calls ${calls || 'none'} (${n(figures.refusedCalls)} refused)`;
}

function cores(value: number): string {
  return value.toFixed(2);
}
