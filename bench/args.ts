/**
 * Command-line flags. Parsed by hand: four flags do not justify a dependency, and an unknown or
 * malformed flag stops the run before it spends minutes seeding the wrong thing.
 */
export type BackendName = 'postgres' | 'pglite';

export type BenchArgs = {
  backends: BackendName[];
  /** Multiplies every seeded count; 0.01 gives a run of seconds instead of minutes. */
  scale: number;
  json: boolean;
  /** How many households import at once in the ingest phase. */
  concurrency: number;
};

export const USAGE = 'usage: npm run bench -- [--backend=postgres|pglite|both] [--scale=N] [--concurrency=N] [--json]';

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { backends: ['postgres', 'pglite'], scale: 1, json: false, concurrency: 4 };
  for (const arg of argv) {
    const [flag, value] = splitFlag(arg);
    if (flag === '--json' && value === undefined) {
      args.json = true;
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
    } else {
      throw new Error(`Unknown argument "${arg}".\n${USAGE}`);
    }
  }
  return args;
}

function splitFlag(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}
