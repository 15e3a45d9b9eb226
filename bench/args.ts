/**
 * Command-line flags. Parsed by hand: six flags do not justify a dependency, and an unknown or
 * malformed flag stops the run before it spends minutes seeding the wrong thing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type BackendName = 'postgres' | 'pglite';

/** Every suite, in the order they run: the ones that take seconds first, the one of minutes last. */
export const SUITE_NAMES = ['interpret', 'handle', 'telegram', 'dashboard', 'ledger'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];

export type BenchArgs = {
  suites: SuiteName[];
  backends: BackendName[];
  /** Multiplies every seeded count of the ledger suite; 0.01 gives a run of seconds instead of minutes. */
  scale: number;
  json: boolean;
  /** How many households import at once in the ledger suite's ingest phase. */
  concurrency: number;
  /** The labeled messages the interpret, handle and telegram suites read. */
  devFile: string;
};

/** ../shared/eval/dev.jsonl from the repository root, wherever the command is run from. */
export const DEFAULT_DEV_FILE = fileURLToPath(new URL('../../shared/eval/dev.jsonl', import.meta.url));

export const USAGE =
  'usage: npm run bench -- [--suite=interpret,handle,telegram,dashboard,ledger] [--backend=postgres|pglite|both] [--scale=N] [--concurrency=N] [--dev=FILE] [--json]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    suites: [...SUITE_NAMES],
    backends: ['postgres', 'pglite'],
    scale: 1,
    json: false,
    concurrency: 4,
    devFile: DEFAULT_DEV_FILE,
  };
  for (const arg of argv) {
    const [flag, value] = splitFlag(arg);
    if (flag === '--json' && value === undefined) {
      args.json = true;
    } else if (flag === '--suite') {
      args.suites = parseSuites(value);
    } else if (flag === '--backend') {
      if (value === 'both') args.backends = ['postgres', 'pglite'];
      else if (value === 'postgres' || value === 'pglite') args.backends = [value];
      else throw new Error(`--backend must be postgres, pglite or both, not "${value ?? ''}".\n${USAGE}`);
    } else if (flag === '--scale') {
      const scale = Number(value);
      if (!value || !Number.isFinite(scale) || scale <= 0 || scale > 10) {
        throw new Error(`--scale must be a number above 0 (at most 10), not "${value ?? ''}".\n${USAGE}`);
      }
      args.scale = scale;
    } else if (flag === '--concurrency') {
      const concurrency = Number(value);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw new Error(`--concurrency must be a whole number from 1 to 64, not "${value ?? ''}".\n${USAGE}`);
      }
      args.concurrency = concurrency;
    } else if (flag === '--dev') {
      if (!value) throw new Error(`--dev needs a file, as in --dev=../shared/eval/dev.jsonl.\n${USAGE}`);
      args.devFile = path.resolve(value);
    } else {
      throw new Error(`Unknown argument "${arg}".\n${USAGE}`);
    }
  }
  return args;
}

/** A comma-separated list, or `all`; run in SUITE_NAMES order whatever order it was written in. */
function parseSuites(value: string | undefined): SuiteName[] {
  if (value === 'all') return [...SUITE_NAMES];
  const named = (value ?? '').split(',').map((name) => name.trim());
  const unknown = named.filter((name) => !(SUITE_NAMES as readonly string[]).includes(name));
  if (named.length === 0 || unknown.length > 0) {
    throw new Error(`--suite takes a comma-separated list of ${SUITE_NAMES.join(', ')} (or all), not "${value ?? ''}".\n${USAGE}`);
  }
  return SUITE_NAMES.filter((name) => named.includes(name));
}

function splitFlag(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}
