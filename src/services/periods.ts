import { KittyError } from '../domain/errors.ts';
import { parsePeriodPhrase, resolvePeriod, type Period, type PeriodSpec } from '../domain/periods.ts';
import type { Database } from '../db/database.ts';
import type { HouseholdScope } from '../db/scope.ts';
import type { Clock } from './expenses.ts';
import { getHousehold } from './households.ts';

/**
 * A period ("this month", "last week", or a PeriodSpec) as dates in the household's own calendar:
 * at 23:30 on 31 March in Los Angeles it is already April in Kolkata, and each household's
 * "this month" follows its own clock.
 */
export async function householdPeriod(
  db: Database,
  scope: HouseholdScope,
  period: PeriodSpec | string,
  clock: Clock = {},
): Promise<Period> {
  const spec = typeof period === 'string' ? parsePeriodPhrase(period) : period;
  if (!spec) {
    throw new KittyError(
      'invalid_period',
      `Kitty does not understand "${String(period)}" as a period. Try "this month", "last week" or "last 30 days".`,
      'period',
    );
  }
  const { timeZone } = await getHousehold(db, scope);
  return resolvePeriod(spec, { now: clock.now ?? new Date(), timeZone });
}
