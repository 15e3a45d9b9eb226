import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { refusingRedirects } from '../../src/runtime/workers-fetch.ts';
import { blockTexts, buttonValue, slackHousehold } from '../slack/support.ts';
import { openTestDatabase } from '../support/database.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import { cleanEnvironment, freePort, waitForResponse } from '../support/processes.ts';
import { slackRequest, slashCommand, TEST_SIGNING_SECRET } from '../support/slack-requests.ts';

/**
 * Slack on the Worker entry in workerd (`wrangler dev`), against the Postgres suite's database and
 * the fake Slack Web API on this machine: proof that Bolt, Kitty's receiver and the engine run
 * on Workers through the same code path as on Node, the Web API client's fetch included.
 */
const databaseUrl = process.env.TEST_DATABASE_URL;
const root = new URL('../..', import.meta.url).pathname;
let child: ChildProcess | undefined;
let fake: FakeSlack | undefined;
let database: DatabaseHandle | undefined;

afterAll(async () => {
  child?.kill('SIGTERM');
  await fake?.close();
  await database?.close();
});

/** A signed `/kitty …` as Slack posts it, to the Worker rather than the test app. */
function commandTo(base: string, fields: Record<string, string>, options: { unsigned?: boolean } = {}): Request {
  return slackRequest(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', { ...options, base });
}

describe.skipIf(!databaseUrl)('Slack on the Worker entry in workerd', () => {
  it('answers /kitty coffee 180 with a draft card at the response_url, and refuses unsigned requests', { timeout: 120_000 }, async () => {
    fake = await startFakeSlack();
    database = await openTestDatabase();
    const home = await slackHousehold(database.db, fake);

    const port = await freePort();
    const vars = {
      DATABASE_URL: databaseUrl!,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_API_URL: fake.apiUrl,
    };
    child = spawn(
      join(root, 'node_modules/.bin/wrangler'),
      ['dev', '--ip', '127.0.0.1', '--port', String(port), ...Object.entries(vars).flatMap(([key, value]) => ['--var', `${key}:${value}`]), '--log-level', 'warn'],
      { cwd: root, env: cleanEnvironment({ WRANGLER_SEND_METRICS: 'false', CI: '1' }), stdio: 'ignore' },
    );
    const base = `http://127.0.0.1:${port}`;
    expect((await waitForResponse(`${base}/health`, child, 80_000)).status).toBe(200);

    const unsigned = await fetch(commandTo(base, slashCommand({ text: 'coffee 180', userId: home.arjunSlack, channelId: home.channel, responseUrl: fake.responseUrl() }), { unsigned: true }));
    expect(unsigned.status).toBe(401);

    const responseUrl = fake.responseUrl();
    const response = await fetch(commandTo(base, slashCommand({ text: 'coffee 180', userId: home.arjunSlack, channelId: home.channel, responseUrl })));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');

    // The card comes after the answer, from work the Worker kept alive with waitUntil.
    const card = await fake.waitForResponse((post) => responseUrl.endsWith(`/response/${post.id}`), 30_000);
    expect(card.body.response_type).toBe('in_channel');
    expect(blockTexts(card.body.blocks)).toContain('*₹180.00* · Dining out · _coffee_');
    // The Web API client's calls (with redirect: 'error') got through workerd's fetch.
    expect(fake.callsTo('auth.test').length).toBeGreaterThan(0);

    const drafts = (await listExpenses(database.db, home.arjun, { status: ['draft'] })).items;
    expect(drafts).toEqual([expect.objectContaining({ amountMinor: 18000, currency: 'INR', description: 'coffee', loggedBy: home.arjun.memberId })]);
    expect(buttonValue(card.body.blocks, 'kitty.confirm')).toBe(drafts[0]?.id);
  });
});

describe('refusingRedirects, the fetch Slack’s Web API client gets on Workers', () => {
  let server: Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function origin(): Promise<string> {
    server = createServer((req, res) => {
      if (req.url === '/moved') res.writeHead(307, { location: '/api' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, method: req.method, url: req.url }));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('never hands the runtime redirect: "error", and fails on a redirect as that option would', async () => {
    const url = await origin();
    const seen: RequestInit['redirect'][] = [];
    const wrapped = refusingRedirects((input, init) => {
      seen.push(init?.redirect);
      return fetch(input, init);
    });

    expect(await (await wrapped(`${url}/api`, { method: 'POST', body: 'token=x', redirect: 'error' })).json()).toEqual({ ok: true, method: 'POST', url: '/api' });
    await expect(wrapped(`${url}/moved`, { method: 'POST', body: 'token=x', redirect: 'error' })).rejects.toThrow('refused a 307 redirect');
    // Other requests (response_url posts, file downloads) pass through as they were.
    expect((await wrapped(`${url}/moved`)).url).toBe(`${url}/api`);
    expect(seen).toEqual(['manual', 'manual', undefined]);
  });
});
