import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { arjunUser, startCommand, startFakeTelegram, type FakeTelegram } from '../support/fake-telegram/index.ts';
import { cleanEnvironment, freePort } from '../support/processes.ts';

/**
 * `npm start` with a bot token, exactly as the README says to run it: the process long-polls a
 * (fake) Bot API, registers its commands, and answers /start with the currency buttons.
 */
const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'kitty-polling-'));
const children: ChildProcess[] = [];
let telegram: FakeTelegram | undefined;

afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await telegram?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start with TELEGRAM_BOT_TOKEN', () => {
  it('long-polls, registers the command menu and answers /start', async () => {
    telegram = await startFakeTelegram();
    const child = spawn(tsx, ['src/runtime/node.ts'], {
      cwd: root,
      env: cleanEnvironment({
        PORT: String(await freePort()),
        KITTY_DATA_DIR: dataDir,
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);

    await telegram.waitForCall('getUpdates', undefined, 30_000);
    expect(telegram.callsOf('deleteWebhook')).toHaveLength(1);
    expect(telegram.callsOf('setMyCommands')[0]?.params.commands.map((command) => command.command)).toContain('undo');

    telegram.pushUpdate(startCommand(arjunUser));
    const reply = await telegram.waitForCall('sendMessage', undefined, 15_000);
    expect(reply.params.text).toContain('Which currency do you spend in?');

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
