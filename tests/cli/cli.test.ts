import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeTelegram } from '../support/fake-telegram/index.ts';
import { cleanEnvironment } from '../support/processes.ts';

/** The commands exactly as the README gives them: `npm run --silent cli -- …` and `npm run eval -- …`. */
const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'kitty-cli-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function npm(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  return spawnSync('npm', ['run', '--silent', ...args], {
    cwd: root,
    input: options.input ?? '',
    env: cleanEnvironment({ KITTY_DATA_DIR: join(work, 'data'), ...options.env }),
    encoding: 'utf8',
  });
}

const context = { members: ['Arjun', 'Priya'], currency: 'INR', timezone: 'Asia/Kolkata', now: '2026-03-18T20:30:00+05:30' };

describe('cli interpret', () => {
  it('answers each JSONL line in the contract shape, in order, saving nothing', () => {
    const file = join(work, 'context.json');
    writeFileSync(file, JSON.stringify({ context }));
    const input = [
      JSON.stringify({ id: 'one', text: 'coffee 180 yesterday' }),
      'not json',
      JSON.stringify({ id: 'two', text: 'how much did we spend last month?' }),
      JSON.stringify({ id: 'three', text: 'hello' }),
    ].join('\n');

    const result = npm(['cli', '--', 'interpret', '--context', file], { input });

    expect(result.status).toBe(0);
    expect(result.stderr).toContain('line 2: not JSON, skipped');
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { confident?: unknown });
    // Beside the contract's fields, whether the reader was sure (hybrid mode skips the model then).
    expect(lines.map((line) => typeof line.confident)).toEqual(['boolean', 'boolean', 'boolean']);
    expect(lines.map(({ confident: _, ...contract }) => contract)).toEqual([
      { id: 'one', kind: 'expense', drafts: [{ amount: '180.00', currency: 'INR', category: 'dining', date: '2026-03-17', description: 'coffee' }] },
      { id: 'two', kind: 'question', intent: { id: 'total_by_period', period: { start: '2026-02-01', end: '2026-02-28' } } },
      { id: 'three', kind: 'other' },
    ]);
  });

  it('takes an optional locale in the context, and refuses one that is not a locale', () => {
    const german = join(work, 'german.json');
    writeFileSync(german, JSON.stringify({ context: { ...context, members: ['Jonas', 'Lena'], currency: 'EUR', timezone: 'Europe/Berlin', locale: 'de-DE' } }));
    const read = npm(['cli', '--', 'interpret', '--context', german], { input: JSON.stringify({ id: 'g', text: 'hallo' }) });
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ id: 'g', confident: expect.any(Boolean) });

    const bad = join(work, 'bad-locale.json');
    writeFileSync(bad, JSON.stringify({ context: { ...context, locale: 'german please' } }));
    const refused = npm(['cli', '--', 'interpret', '--context', bad]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Invalid context: locale: "german please" is not a locale Kitty knows');
  });

  it('refuses a missing or malformed context', () => {
    expect(npm(['cli', '--', 'interpret']).stderr).toContain('interpret needs --context FILE');
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ members: ['A'], currency: 'INR', timezone: 'Nowhere/City', now: '2026-03-18T20:30:00+05:30' }));
    const result = npm(['cli', '--', 'interpret', '--context', bad]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Invalid context: timezone/);
  });
});

describe('npm run eval', () => {
  it('scores a labeled file and ends with the summary', () => {
    const file = join(work, 'labeled.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ context }),
        JSON.stringify({ id: 'a', text: 'petrol 2000', expect: { kind: 'expense', drafts: [{ amount: '2000.00', currency: 'INR', category: 'fuel', date: '2026-03-18' }] } }),
        JSON.stringify({ id: 'b', text: 'petrol 2000', expect: { kind: 'expense', drafts: [{ amount: '2000.00', currency: 'INR', category: 'dining', date: '2026-03-18' }] } }),
      ].join('\n'),
    );

    const result = npm(['eval', '--', file]);

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/b "petrol 2000" — draft\.category/);
    expect(result.stdout.trim().split('\n').at(-2)).toBe('Overall: 1/2 (50.0%) of messages exactly right');
    // The same reading twice, labeled right once: if the reader is sure of it, one of two sure readings is wrong.
    const expected = petrolIsConfident() ? 'Confident: 2 readings, 1 wrong (50.0%)' : 'Confident: 0 readings, 0 wrong';
    expect(result.stdout.trim().split('\n').at(-1)).toBe(expected);
  });

  it('scores several files, each with its own figures, and sums them up per file at the end', () => {
    const right = join(work, 'right.jsonl');
    const wrong = join(work, 'wrong.jsonl');
    const line = (category: string) =>
      JSON.stringify({ id: 'p', text: 'petrol 2000', expect: { kind: 'expense', drafts: [{ amount: '2000.00', currency: 'INR', category, date: '2026-03-18' }] } });
    writeFileSync(right, [JSON.stringify({ context }), line('fuel')].join('\n'));
    writeFileSync(wrong, [JSON.stringify({ context: { ...context, locale: 'en-IN' } }), line('dining')].join('\n'));

    const result = npm(['eval', '--', right, wrong]);

    expect(result.status).toBe(0);
    const out = result.stdout.trim().split('\n');
    const sure = petrolIsConfident();
    expect(out.filter((text) => /^(==|Overall|Confident)/.test(text))).toEqual([
      `== ${right}`,
      'Overall: 1/1 (100.0%) of messages exactly right',
      sure ? 'Confident: 1 reading, 0 wrong (0.0%)' : 'Confident: 0 readings, 0 wrong',
      `== ${wrong}`,
      'Overall: 0/1 (0.0%) of messages exactly right',
      sure ? 'Confident: 1 reading, 1 wrong (100.0%)' : 'Confident: 0 readings, 0 wrong',
    ]);
    expect(out.slice(-3)).toEqual([
      'Summary:',
      `  ${right}  1/1 (100.0%) exactly right · confident ${sure ? '1 reading, 0 wrong (0.0%)' : '0 readings, 0 wrong'}`,
      `  ${wrong}  0/1 (0.0%) exactly right · confident ${sure ? '1 reading, 1 wrong (100.0%)' : '0 readings, 0 wrong'}`,
    ]);
  });

  it('refuses to start without a file, or with one that does not parse', () => {
    expect(npm(['eval']).stderr).toContain('eval needs one or more labeled JSONL files');
    const broken = join(work, 'broken.jsonl');
    writeFileSync(broken, 'not json');
    const result = npm(['eval', '--', broken]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Line 1 is not valid JSON.');
  });
});

/** What the offline reader itself says of "petrol 2000", through `interpret`, so these tests follow it rather than guess. */
function petrolIsConfident(): boolean {
  const file = join(work, 'context.json');
  writeFileSync(file, JSON.stringify({ context }));
  const result = npm(['cli', '--', 'interpret', '--context', file], { input: JSON.stringify({ id: 'p', text: 'petrol 2000' }) });
  return (JSON.parse(result.stdout) as { confident: boolean }).confident;
}

describe('cli say', () => {
  it('logs one message as the local member on the embedded database and prints the reply', () => {
    const text = npm(['cli', '--', 'say', 'coffee 180']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Here is the draft\. Confirm it\?\n {2}1\. .*180.* · Dining out · /);

    const json = npm(['cli', '--', 'say', '--json', 'how much did we spend this month?']);
    expect(json.status).toBe(0);
    const reply = JSON.parse(json.stdout) as { text: string; drafts: unknown[] };
    expect(reply.drafts).toEqual([]);
    expect(reply.text.length).toBeGreaterThan(0);
  });
});

describe('cli telegram:set-webhook', () => {
  it('registers PUBLIC_URL/telegram/webhook with the secret, and refuses without https', async () => {
    const telegram = await startFakeTelegram();
    try {
      const env = {
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_SECRET: 'a-secret-of-sixteen-plus',
      };
      const refused = await npmAsync(['cli', '--', 'telegram:set-webhook'], { ...env, PUBLIC_URL: 'http://localhost:3000' });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('Telegram only posts to https addresses');

      const done = await npmAsync(['cli', '--', 'telegram:set-webhook'], { ...env, PUBLIC_URL: 'https://kitty.example.com' });
      expect(done.status).toBe(0);
      expect(done.stdout).toContain('https://kitty.example.com/telegram/webhook');
      expect(telegram.callsOf('setWebhook').map((call) => call.params)).toEqual([
        { url: 'https://kitty.example.com/telegram/webhook', secret_token: 'a-secret-of-sixteen-plus', allowed_updates: ['message', 'edited_message', 'callback_query'] },
      ]);
    } finally {
      await telegram.close();
    }
  });
});

/** The fake Bot API lives in this process, so the child must not block the event loop with spawnSync. */
function npmAsync(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: root, env: cleanEnvironment({ KITTY_DATA_DIR: join(work, 'data'), ...env }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
