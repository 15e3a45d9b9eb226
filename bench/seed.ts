/**
 * Seeds the ledger through the services, as the app would. Only importExpenses is timed: creating
 * households and inviting partners is setup, and a slow setup must not blur the ingest figure.
 */
import type { Database } from '../src/db/database.ts';
import type { HouseholdScope } from '../src/db/scope.ts';
import { createHousehold } from '../src/services/households.ts';
import { importExpenses } from '../src/services/imports.ts';
import { getInviteCode, joinHousehold } from '../src/services/invites.ts';
import { timed } from './measure.ts';
import { mulberry32 } from './prng.ts';
import { generateRows } from './rows.ts';

export type SeedPlan = {
  households: number;
  expensesPerHousehold: number;
  bigHouseholdExpenses: number;
};

/** The full-size plan, multiplied by `scale`; at least one of everything so tiny scales still run. */
export function seedPlan(scale: number): SeedPlan {
  const scaled = (count: number) => Math.max(1, Math.round(count * scale));
  return { households: scaled(1_000), expensesPerHousehold: scaled(1_000), bigHouseholdExpenses: scaled(100_000) };
}

/** Rows and wall seconds spent inside importExpenses, for one group of imports. */
export type IngestTally = { imports: number; rows: number; seconds: number };

export type SeedResult = {
  /** The 1,000 ordinary households' imports, run `concurrency` at a time; seconds are wall-clock. */
  households: IngestTally;
  /** The one big household's import (a single call). */
  big: IngestTally;
  /** The big household's founder: the aggregates are measured in this scope. */
  bigScope: HouseholdScope;
};

/** Same seed for every backend, so both measure identical ledgers. */
const SEED = 0x6b697474; // "kitt"

/** Progress to stderr every this many households, so a run of many minutes shows life. */
const PROGRESS_EVERY = 100;

export async function seedLedger(
  db: Database,
  plan: SeedPlan,
  concurrency: number,
  log: (line: string) => void,
): Promise<SeedResult> {
  const random = mulberry32(SEED);
  // Setup, untimed: every household and its rows exist before the clock starts, so the figure
  // is the import path alone (not household creation, not the PRNG).
  const batches: Array<{ scope: HouseholdScope; rows: ReturnType<typeof generateRows> }> = [];
  for (let index = 1; index <= plan.households; index++) {
    const { scope, payers } = await createCouple(db, `Household ${index}`);
    batches.push({ scope, rows: generateRows(random, plan.expensesPerHousehold, payers) });
    if (index % PROGRESS_EVERY === 0 || index === plan.households) log(`created ${index}/${plan.households} households`);
  }

  // Many households importing at once, as on a shared service: wall-clock rate over all of them.
  const households: IngestTally = { imports: 0, rows: 0, seconds: 0 };
  let next = 0;
  const { ms } = await timed(() =>
    Promise.all(
      Array.from({ length: Math.min(concurrency, batches.length) }, async () => {
        for (let batch = batches[next++]; batch; batch = batches[next++]) {
          const { imported } = await importExpenses(db, batch.scope, batch.rows);
          households.imports += 1;
          households.rows += imported;
          if (households.imports % PROGRESS_EVERY === 0) log(`imported ${households.imports}/${plan.households} households`);
        }
      }),
    ),
  );
  households.seconds = ms / 1000;
  log(`households: ${households.rows.toLocaleString('en')} rows, ${rate(households)} rows/s with ${concurrency} at once`);

  // One large import on its own: the single-stream rate.
  const { scope: bigScope, payers } = await createCouple(db, 'Big household');
  const rows = generateRows(random, plan.bigHouseholdExpenses, payers);
  const big: IngestTally = { imports: 0, rows: 0, seconds: 0 };
  const { result, ms: bigMs } = await timed(() => importExpenses(db, bigScope, rows));
  tally(big, result.imported, bigMs);
  log(`big household: ${big.rows.toLocaleString('en')} rows, ${rate(big)} rows/s`);
  return { households, big, bigScope };
}

/** A household with two members, as the ledger's households all are. */
async function createCouple(db: Database, name: string): Promise<{ scope: HouseholdScope; payers: [string, string] }> {
  const [founder, partner] = await createHouseholdOf(db, { name, currency: 'INR', timeZone: 'Asia/Kolkata', members: ['Asha', 'Ravi'] });
  if (!founder || !partner) throw new Error('A couple needs two members.');
  return { scope: founder, payers: [founder.memberId, partner.memberId] };
}

/**
 * A household founded by its first member, the others joining by invite code like real
 * partners. Returns each member's scope, founder first.
 */
export async function createHouseholdOf(
  db: Database,
  input: { name: string; currency: string; timeZone: string; members: readonly string[] },
): Promise<HouseholdScope[]> {
  const [owner, ...others] = input.members;
  if (owner === undefined) throw new Error('A household needs a member.');
  const { scope } = await createHousehold(db, {
    name: input.name,
    currency: input.currency,
    timeZone: input.timeZone,
    owner: { displayName: owner },
  });
  const scopes = [scope];
  const code = await getInviteCode(db, scope);
  for (const displayName of others) scopes.push((await joinHousehold(db, { code, displayName })).scope);
  return scopes;
}

function tally(into: IngestTally, rows: number, ms: number): void {
  into.imports += 1;
  into.rows += rows;
  into.seconds += ms / 1000;
}

export function combine(...tallies: IngestTally[]): IngestTally {
  return tallies.reduce(
    (sum, t) => ({ imports: sum.imports + t.imports, rows: sum.rows + t.rows, seconds: sum.seconds + t.seconds }),
    { imports: 0, rows: 0, seconds: 0 },
  );
}

export function rate(t: IngestTally): string {
  return Math.round(rowsPerSecond(t)).toLocaleString('en');
}

export function rowsPerSecond(t: IngestTally): number {
  return t.seconds > 0 ? t.rows / t.seconds : 0;
}
