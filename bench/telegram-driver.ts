/**
 * The telegram suite's second process: the fake Bot API both servers reply to, and the load
 * generator that posts updates to their webhooks. Started with `fork` by telegram.ts and driven
 * over IPC (telegram-protocol.ts); not meant to be run by hand.
 *
 * Why a separate process: building update JSON, timing requests and answering the servers'
 * sendMessage calls all cost CPU; on the server's event loop they would slow the server under
 * test by a fixed amount per update, which pulls the slower and the faster server's figures
 * together. Here they cost the same for both servers, and the suite prints this process's CPU
 * beside the server's so a reader sees which side was the bottleneck.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { privateText, startFakeTelegram, type FakeTelegram } from '../tests/support/fake-telegram/index.ts';
import type { DriveRequest, DriveResult, FromDriver, ToDriver } from './telegram-protocol.ts';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

function send(message: FromDriver): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  if (!process.send) throw new Error('telegram-driver.ts runs as a child of the telegram bench suite (it needs an IPC channel).');
  const fake = await startFakeTelegram();
  process.on('message', (message: ToDriver) => {
    if (message.type === 'stop') {
      void fake.close().finally(() => process.disconnect());
      return;
    }
    drive(fake, message).then(send, (error: unknown) => send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  });
  send({ type: 'ready', apiRoot: fake.apiRoot, token: fake.token, botInfo: fake.botInfo });
}

async function drive(fake: FakeTelegram, run: DriveRequest): Promise<DriveResult> {
  // One keep-alive connection per in-flight update, as Telegram keeps its webhook connections open.
  const agent = new Agent({ keepAlive: true, maxSockets: run.concurrency });
  try {
    let next = 0;
    const post = () => postUpdate(agent, run, next++);
    const cpuBefore = process.cpuUsage();
    const driveStarted = performance.now();
    await inFlight(run.concurrency, run.warmup, post);

    const callsBefore = fake.calls.length;
    const statuses: Record<string, number> = {};
    const samples: number[] = [];
    const started = performance.now();
    await inFlight(run.concurrency, run.timed, async () => {
      const { status, ms } = await post();
      statuses[status] = (statuses[status] ?? 0) + 1;
      samples.push(ms);
    });
    const wallMs = performance.now() - started;
    const driveMs = performance.now() - driveStarted;
    const cpu = process.cpuUsage(cpuBefore);

    // Every reply is sent before its webhook answers (answerWithinMs is far above any handling time).
    const calls: Record<string, number> = {};
    let refusedCalls = 0;
    for (const call of fake.calls.slice(callsBefore)) {
      calls[call.method] = (calls[call.method] ?? 0) + 1;
      if (call.response && !call.response.ok) refusedCalls += 1;
    }
    return { type: 'result', samples, wallMs, statuses, calls, refusedCalls, cpuMs: (cpu.user + cpu.system) / 1000, driveMs };
  } finally {
    agent.destroy();
  }
}

/** Runs `work` `total` times with at most `concurrency` running at once; each slot starts the next as soon as its last ends. */
async function inFlight(concurrency: number, total: number, work: () => Promise<unknown>): Promise<void> {
  let started = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, total) }, async () => {
      while (started < total) {
        started += 1;
        await work();
      }
    }),
  );
}

function postUpdate(agent: Agent, run: DriveRequest, index: number): Promise<{ status: number; ms: number }> {
  const user = run.users[index % run.users.length];
  const text = run.texts[index % run.texts.length];
  if (!user || !text) throw new Error('The drive request names no users or no texts.');
  const body = Buffer.from(JSON.stringify(privateText(user, text)));
  const url = new URL(run.url);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length, [SECRET_HEADER]: run.secret },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

main().catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
