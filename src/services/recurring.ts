import { and, asc, eq, lte } from 'drizzle-orm';
import { z } from 'zod';
import { addDays, parseIsoDate, todayIn } from '../domain/dates.ts';
import { isKittyError, KittyError } from '../domain/errors.ts';
import { normalizeCurrency, parseAmount, toDecimalString } from '../domain/money.ts';
import { nextOccurrenceOnOrAfter, occurrencesBetween, parseCadence } from '../domain/recurrence.ts';
import type { SplitSpec } from '../domain/splits.ts';
import type { Database } from '../db/database.ts';
import { recurringRules } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { requireCategory } from './categories.ts';
import { amountSchema, insertDraft, splitSpecSchema, type Clock, type Expense } from './expenses.ts';
import { loadHousehold } from './households.ts';
import { requireMember } from './members.ts';
import { isUuid, parseInput } from './validation.ts';

export type RecurringRule = typeof recurringRules.$inferSelect;

const ruleInput = z.object({
  description: z.string().trim().min(1, 'Describe what repeats, e.g. "rent".').max(200),
  amount: amountSchema,
  currency: z.string().optional(),
  category: z.string(),
  paidBy: z.string().optional(),
  split: splitSpecSchema.nullable().optional(),
  cadence: z.unknown().transform((value) => parseCadence(value)),
  /** The first occurrence; later ones keep its day of month (clamped to short months). */
  startOn: z.string().transform((text) => {
    try {
      return parseIsoDate(text);
    } catch (error) {
      throw isKittyError(error) ? new KittyError(error.code, error.message, 'startOn') : error;
    }
  }),
});
export type RecurringRuleInput = z.input<typeof ruleInput>;

export async function createRecurringRule(db: Database, scope: HouseholdScope, input: RecurringRuleInput): Promise<RecurringRule> {
  const fields = parseInput(ruleInput, input);
  return inHousehold(db, scope, async (tx) => {
    const household = await loadHousehold(tx, scope);
    const currency = normalizeCurrency(fields.currency ?? household.currency);
    const [rule] = await tx
      .insert(recurringRules)
      .values({
        householdId: scope.householdId,
        description: fields.description,
        amountMinor: parseAmount(fields.amount, currency),
        currency,
        categoryId: (await requireCategory(tx, scope, fields.category)).id,
        paidBy: (await requireMember(tx, scope, fields.paidBy ?? scope.memberId, 'paidBy')).id,
        createdBy: scope.memberId,
        split: fields.split ?? null,
        cadenceUnit: fields.cadence.unit,
        cadenceEvery: fields.cadence.every,
        anchorOn: fields.startOn,
        nextOn: fields.startOn,
      })
      .returning();
    if (!rule) throw new Error('Inserting a recurring rule returned no row.');
    return rule;
  });
}

export async function listRecurringRules(db: Database, scope: HouseholdScope): Promise<RecurringRule[]> {
  return inHousehold(db, scope, (tx) =>
    tx
      .select()
      .from(recurringRules)
      .where(eq(recurringRules.householdId, scope.householdId))
      .orderBy(asc(recurringRules.nextOn), asc(recurringRules.description)),
  );
}

/**
 * Pauses or resumes a rule. Resuming skips what fell due while paused: the next occurrence is
 * the first from today on, so a long pause does not flood the household with old drafts.
 */
export async function setRecurringRulePaused(
  db: Database,
  scope: HouseholdScope,
  ruleId: string,
  paused: boolean,
  clock: Clock = {},
): Promise<RecurringRule> {
  return inHousehold(db, scope, async (tx) => {
    const household = await loadHousehold(tx, scope);
    const [current] = isUuid(ruleId)
      ? await tx
          .select()
          .from(recurringRules)
          .where(and(eq(recurringRules.householdId, scope.householdId), eq(recurringRules.id, ruleId)))
      : [];
    if (!current) throw new KittyError('not_found', 'That recurring expense does not exist in this household.');
    const today = todayIn(household.timeZone, clock.now ?? new Date());
    const resuming = current.paused && !paused;
    const nextOn =
      resuming && current.nextOn < today ? nextOccurrenceOnOrAfter(current.anchorOn, cadenceOf(current), today) : current.nextOn;
    const [updated] = await tx
      .update(recurringRules)
      .set({ paused, nextOn, updatedAt: new Date() })
      .where(and(eq(recurringRules.householdId, scope.householdId), eq(recurringRules.id, current.id)))
      .returning();
    if (!updated) throw new Error('Updating a recurring rule returned no row.');
    return updated;
  });
}

/**
 * Drafts every occurrence that has fallen due up to today (household calendar) and moves each
 * rule's next date past today. Safe to run from several schedulers at once: an occurrence has a
 * unique key, so a second run drafts nothing new.
 */
export async function draftDueOccurrences(db: Database, scope: HouseholdScope, clock: Clock = {}): Promise<Expense[]> {
  return inHousehold(db, scope, async (tx) => {
    const household = await loadHousehold(tx, scope);
    const today = todayIn(household.timeZone, clock.now ?? new Date());
    const due = await tx
      .select()
      .from(recurringRules)
      .where(
        and(eq(recurringRules.householdId, scope.householdId), eq(recurringRules.paused, false), lte(recurringRules.nextOn, today)),
      )
      .for('update', { skipLocked: true });
    const drafted: Expense[] = [];
    for (const rule of due) {
      const cadence = cadenceOf(rule);
      // occurrencesBetween stops at 1,000 dates; a rule that far behind resumes after the last
      // one drafted on the next run, rather than silently skipping the rest.
      const dates = occurrencesBetween(rule.anchorOn, cadence, rule.nextOn, today);
      for (const date of dates) {
        const draft = await insertDraft(
          tx,
          { householdId: scope.householdId, memberId: rule.createdBy },
          {
            amount: toDecimalString(rule.amountMinor, rule.currency),
            currency: rule.currency,
            date,
            category: rule.categoryId,
            description: rule.description,
            paidBy: rule.paidBy,
            split: rule.split as SplitSpec | null,
            recurringRuleId: rule.id,
          },
        );
        if (draft) drafted.push(draft);
      }
      await tx
        .update(recurringRules)
        .set({ nextOn: nextOccurrenceOnOrAfter(rule.anchorOn, cadence, addDays(dates.at(-1) ?? today, 1)), updatedAt: new Date() })
        .where(and(eq(recurringRules.householdId, scope.householdId), eq(recurringRules.id, rule.id)));
    }
    return drafted;
  });
}

function cadenceOf(rule: RecurringRule) {
  return { unit: rule.cadenceUnit, every: rule.cadenceEvery };
}
