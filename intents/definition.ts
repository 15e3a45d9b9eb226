/**
 * The shape of an analytics intent. Each file in this folder defines one: a zod schema for its
 * parameters, a parameterized drizzle query scoped to the household, and an answer phrased from
 * the query's numbers with the household's currency formatting. Nothing else answers questions,
 * and no intent accepts SQL: the model (or the offline interpreter) only picks an id and fills
 * the parameters, which the schema validates before the query runs.
 */
import type { z } from 'zod';
import type { Database } from '../src/db/database.ts';
import type { HouseholdScope } from '../src/db/scope.ts';
import type { Chart } from '../src/engine/chart.ts';
import type { IntentId } from '../src/engine/interpretation.ts';

/** What an intent may know about the household besides its own query. */
export interface IntentContext {
  readonly db: Database;
  readonly scope: HouseholdScope;
  /** Default currency and locale for formatting. */
  readonly currency: string;
  readonly locale?: string;
  readonly timeZone: string;
  readonly now: Date;
  /** Members by id, for names in answers ("you" for the asker is the engine's concern, not the intent's). */
  readonly memberNames: ReadonlyMap<string, string>;
  /** Category labels by slug, for answers. */
  readonly categoryLabels: ReadonlyMap<string, string>;
}

export interface IntentAnswer {
  /** Plain text, a few lines at most; numbers formatted with Intl.NumberFormat in their currency. */
  readonly text: string;
  readonly chart?: Chart;
}

export interface IntentDefinition<Params extends z.ZodType = z.ZodType> {
  readonly id: IntentId;
  /** One line, for the model's tool guidance and `/help`. */
  readonly description: string;
  /**
   * Parameters after the engine has resolved names: `period` as `{ start, end }` ISO dates
   * (defaulted to this month by the engine when the intent needs one), `category` as a slug,
   * `memberId` as the member's id, `limit` as a positive integer.
   */
  readonly params: Params;
  run(context: IntentContext, params: z.output<Params>): Promise<IntentAnswer>;
}

/**
 * Typed helper so each file gets its params inferred. The id stays a literal type, so the
 * registry can check at compile time that every entry sits under its own id.
 */
export function defineIntent<const Id extends IntentId, Params extends z.ZodType>(
  definition: IntentDefinition<Params> & { readonly id: Id },
): IntentDefinition<Params> & { readonly id: Id } {
  return definition;
}
