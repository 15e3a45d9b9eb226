import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { id: 'one', kind: 'expense', drafts: [{ amount: '180.00', currency: 'INR', category: 'dining', date: '2026-03-17', description: 'coffee' }] },
      { id: 'two', kind: 'question', intent: { id: 'total_by_period', period: { start: '2026-02-01', end: '2026-02-28' } } },
      { id: 'three', kind: 'other' },
    ]);
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
    expect(result.stdout).toContain('b "petrol 2000" — draft.category');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('Overall: 1/2 (50.0%) of messages exactly right');
  });
});

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
