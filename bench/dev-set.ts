/** The labeled dev messages the interpret and handle suites read: real phrasing, with each message's expected kind. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseLabeledFile, type LabeledFile } from '../src/evaluation/labeled-file.ts';

export type DevSet = LabeledFile & { readonly file: string };

/** The dev set, or undefined (with a line saying why) when the file is not there: the suite is then skipped. */
export async function loadDevSet(file: string, suite: string): Promise<DevSet | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.log(`${suite} — skipped: ${displayPath(file)} does not exist (give another with --dev=FILE)`);
    return undefined;
  }
  const dev = parseLabeledFile(text);
  if (dev.lines.length === 0) {
    console.log(`${suite} — skipped: ${displayPath(file)} has no messages`);
    return undefined;
  }
  return { ...dev, file };
}

/** Relative to where the command ran (how people name it on the command line) unless the absolute path is shorter. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && relative.length < file.length ? relative : file;
}
