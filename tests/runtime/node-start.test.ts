import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationCount } from '../support/migrations.ts';
import { startFakeSlack } from '../support/fake-slack/index.ts';
import { cleanEnvironment, freePort, waitForResponse } from '../support/processes.ts';
import { slackRequest, slashCommand, TEST_SIGNING_SECRET } from '../support/slack-requests.ts';

/**
 * Starts Kitty exactly as `npm start` does (the same entry file, through tsx) on an empty data
 * folder, and talks to it over HTTP: the embedded-default promise of the README.
 */
const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'kitty-start-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves /health on the embedded database in a fresh data folder, and stops cleanly', async () => {
    const port = await freePort();
    const child = spawn(tsx, ['src/runtime/node.ts'], {
      cwd: root,
      env: cleanEnvironment({ PORT: String(port), KITTY_DATA_DIR: dataDir, LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    const response = await waitForResponse(`http://127.0.0.1:${port}/health`, child);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { kind: 'pglite', migrationsApplied: migrationCount } });
    expect(output).toContain('Kitty is running');

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('answers Slack at POST /slack/events when Slack is configured, refusing what Slack did not sign', async () => {
    const fake = await startFakeSlack();
    const port = await freePort();
    const slackData = mkdtempSync(join(tmpdir(), 'kitty-start-slack-'));
    const child = spawn(tsx, ['src/runtime/node.ts'], {
      cwd: root,
      env: cleanEnvironment({
        PORT: String(port),
        KITTY_DATA_DIR: slackData,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_BOT_TOKEN: fake.botToken,
        SLACK_API_URL: fake.apiUrl,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    try {
      await waitForResponse(`http://127.0.0.1:${port}/health`, child);
      const base = `http://127.0.0.1:${port}`;
      const check = { type: 'url_verification', token: 'x', challenge: 'kitty-challenge' };
      const signed = await fetch(slackRequest(JSON.stringify(check), 'application/json', { base }));
      expect(await signed.json()).toEqual({ challenge: 'kitty-challenge' });
      expect((await fetch(slackRequest(JSON.stringify(check), 'application/json', { base, unsigned: true }))).status).toBe(401);

      const answered = fake.responseUrl();
      await fetch(slackRequest(new URLSearchParams(slashCommand({ text: 'help', userId: 'U0NEWCOMER', channelId: 'D0NEWCOMER', responseUrl: answered })).toString(), 'application/x-www-form-urlencoded', { base }));
      expect((await fake.waitForResponse((post) => answered.endsWith(post.id), 5_000)).body.text).toContain('/kitty coffee 180');
    } finally {
      child.kill('SIGTERM');
      await fake.close();
      rmSync(slackData, { recursive: true, force: true });
    }
  });

  it('refuses a bad setting with one line naming the key', () => {
    const result = spawnSync(tsx, ['src/runtime/node.ts'], {
      cwd: root,
      env: cleanEnvironment({ PORT: 'eighty', KITTY_DATA_DIR: dataDir }),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Invalid configuration: PORT must be a whole number between 1 and 65535');
  });
});
