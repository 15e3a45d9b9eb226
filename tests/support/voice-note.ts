import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe } from 'vitest';

/**
 * Real voice-note audio for tests: espeak-ng speaks the text into a WAV, ffmpeg encodes it the
 * way Telegram sends voice notes (OGG container, Opus, mono, 48 kHz). Needs the Debian packages
 * `espeak-ng` and `ffmpeg` (`.ci/run` installs them). Cached per text for the test run.
 */
const run = promisify(execFile);

/**
 * The Debian tools a fresh machine may not have yet. Tests that need real audio run under
 * `describeWithVoice`: skipped (with the reason printed) where the tools are missing, so
 * `npm install && npm test` passes anywhere, and required in CI, where `.ci/run` installs them and
 * sets KITTY_REQUIRE_VOICE_TOOLS=1 so a missing tool fails instead of skipping.
 */
export const missingVoiceTool: string | undefined = ['espeak-ng', 'ffmpeg'].find(
  (command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).error !== undefined,
);

if (missingVoiceTool && !process.env.KITTY_REQUIRE_VOICE_TOOLS) {
  console.warn(`Skipping tests with real voice notes: ${missingVoiceTool} is not installed (apt-get install espeak-ng ffmpeg).`);
}

export const describeWithVoice = missingVoiceTool && !process.env.KITTY_REQUIRE_VOICE_TOOLS ? describe.skip : describe;
const cache = new Map<string, Promise<Uint8Array>>();
let opusArguments: Promise<readonly string[]> | undefined;

export function makeVoiceNote(text: string): Promise<Uint8Array> {
  let note = cache.get(text);
  if (!note) {
    note = synthesize(text);
    // A failure is not cached, so the next test gets the real error again rather than a stale one.
    note.catch(() => cache.delete(text));
    cache.set(text, note);
  }
  return note;
}

async function synthesize(text: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'kitty-voice-note-'));
  try {
    const wav = join(folder, 'note.wav');
    const ogg = join(folder, 'note.ogg');
    await tool('espeak-ng', ['-w', wav, text]);
    const codec = await opusCodec();
    await tool('ffmpeg', ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', '-i', wav, ...codec, '-b:a', '24k', '-ac', '1', '-ar', '48000', ogg]);
    return new Uint8Array(await readFile(ogg));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Debian's ffmpeg has libopus; a build without it still has the native (experimental) encoder. */
function opusCodec(): Promise<readonly string[]> {
  opusArguments ??= tool('ffmpeg', ['-hide_banner', '-encoders']).then((encoders) =>
    /^\s*A\S*\s+libopus\b/m.test(encoders) ? ['-c:a', 'libopus'] : ['-c:a', 'opus', '-strict', '-2'],
  );
  return opusArguments;
}

async function tool(command: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run(command, args, { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${command} is not installed: apt-get install -y --no-install-recommends espeak-ng ffmpeg (see .ci/run).`);
    }
    throw error;
  }
}
