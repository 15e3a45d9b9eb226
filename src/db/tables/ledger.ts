import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, householdIsolation, sameHousehold, updatedAt } from './common.ts';
import { households, members } from './households.ts';
import { inboundMessages } from './operations.ts';

/** The money: categories, expenses with their shares, and recurring rules. */
export const expenseStatus = pgEnum('expense_status', ['draft', 'confirmed', 'discarded']);
export const cadenceUnit = pgEnum('cadence_unit', ['day', 'week', 'month', 'year']);

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    label: text('label').notNull(),
    hidden: boolean('hidden').notNull().default(false),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    unique('categories_household_id_id_key').on(t.householdId, t.id),
    unique('categories_household_slug_key').on(t.householdId, t.slug),
    householdIsolation(t.householdId),
  ],
).enableRLS();

export const expenses = pgTable(
  'expenses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: a stable tie-break for listing and keyset pagination within a day. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    householdId: uuid('household_id').notNull(),
    /** Integer minor units of `currency` (paise, cents, yen); never a float. */
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    categoryId: uuid('category_id').notNull(),
    description: text('description').notNull().default(''),
    loggedBy: uuid('logged_by').notNull(),
    paidBy: uuid('paid_by').notNull(),
    status: expenseStatus('status').notNull().default('draft'),
    /** How it is shared (src/domain/splits SplitSpec); the shares are recomputed from it on edit. Null: not split. */
    split: jsonb('split'),
    /**
     * Set while the category is Kitty's guess (an unknown merchant): the category slugs the card
     * offers, best first. Cleared once a person chooses or edits the category.
     */
    categoryChoices: jsonb('category_choices').$type<string[]>(),
    /** A payer the message named who is not a member ("sam paid 210"); the card asks who paid. */
    unknownPayer: text('unknown_payer'),
    sourceMessageId: uuid('source_message_id').references(() => inboundMessages.id, { onDelete: 'set null' }),
    recurringRuleId: uuid('recurring_rule_id'),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('expenses_household_id_id_key').on(t.householdId, t.id),
    sameHousehold('expenses_category_fk', t.householdId, t.categoryId, categories),
    sameHousehold('expenses_logged_by_fk', t.householdId, t.loggedBy, members),
    sameHousehold('expenses_paid_by_fk', t.householdId, t.paidBy, members),
    // Reports read only confirmed expenses of one household over a date range. The trailing
    // columns are everything the aggregates group and sum, so a month's totals are an index-only
    // scan instead of visiting a heap page per row (bench/: p95 roughly halves on 100,000 rows).
    index('expenses_confirmed_report_idx')
      .on(t.householdId, t.spentOn, t.categoryId, t.paidBy, t.currency, t.amountMinor)
      .where(sql`${t.status} = 'confirmed'`),
    index('expenses_household_listing_idx').on(t.householdId, t.spentOn.desc(), t.seq.desc()),
    // Balances add up every shared expense of a household's whole history (the dashboard shows
    // them on every view): this partial index holds just those rows and the columns summed, so
    // five years of a household's ledger is an index-only scan of the shared part alone.
    index('expenses_split_balance_idx')
      .on(t.householdId, t.id, t.paidBy, t.currency, t.amountMinor)
      .where(sql`${t.status} = 'confirmed' and ${t.split} is not null`),
    sameHousehold('expenses_recurring_rule_fk', t.householdId, t.recurringRuleId, recurringRules),
    // A recurring rule yields at most one expense per date, however many schedulers race.
    uniqueIndex('expenses_recurring_occurrence_idx')
      .on(t.householdId, t.recurringRuleId, t.spentOn)
      .where(sql`${t.recurringRuleId} is not null`),
    check('expenses_amount_positive', sql`${t.amountMinor} > 0`),
    householdIsolation(t.householdId),
  ],
).enableRLS();

/** Who bears how much of a split expense. No rows: the payer bears it all. */
export const expenseShares = pgTable(
  'expense_shares',
  {
    householdId: uuid('household_id').notNull(),
    expenseId: uuid('expense_id').notNull(),
    memberId: uuid('member_id').notNull(),
    shareMinor: bigint('share_minor', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.expenseId, t.memberId] }),
    sameHousehold('expense_shares_expense_fk', t.householdId, t.expenseId, expenses).onDelete('cascade'),
    sameHousehold('expense_shares_member_fk', t.householdId, t.memberId, members),
    check('expense_shares_share_positive', sql`${t.shareMinor} > 0`),
    householdIsolation(t.householdId),
  ],
).enableRLS();

export const recurringRules = pgTable(
  'recurring_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    description: text('description').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    categoryId: uuid('category_id').notNull(),
    paidBy: uuid('paid_by').notNull(),
    createdBy: uuid('created_by').notNull(),
    /** The split to apply to each draft, in src/domain/splits SplitSpec form; null: no split. */
    split: jsonb('split'),
    cadenceUnit: cadenceUnit('cadence_unit').notNull(),
    cadenceEvery: integer('cadence_every').notNull().default(1),
    /** The first occurrence; later ones are computed from it so month-end rules stay on month ends. */
    anchorOn: date('anchor_on', { mode: 'string' }).notNull(),
    /** The next occurrence that has not produced a draft yet. */
    nextOn: date('next_on', { mode: 'string' }).notNull(),
    paused: boolean('paused').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('recurring_rules_household_id_id_key').on(t.householdId, t.id),
    sameHousehold('recurring_rules_category_fk', t.householdId, t.categoryId, categories),
    sameHousehold('recurring_rules_paid_by_fk', t.householdId, t.paidBy, members),
    sameHousehold('recurring_rules_created_by_fk', t.householdId, t.createdBy, members),
    index('recurring_rules_due_idx').on(t.nextOn).where(sql`not ${t.paused}`),
    check('recurring_rules_amount_positive', sql`${t.amountMinor} > 0`),
    check('recurring_rules_every_range', sql`${t.cadenceEvery} between 1 and 366`),
    householdIsolation(t.householdId),
  ],
).enableRLS();

/**
 * What a household taught Kitty: when someone corrects a draft's category, its merchant
 * (src/engine/merchant-key.ts) maps to that category from then on, for this household only.
 */
export const categoryHints = pgTable(
  'category_hints',
  {
    householdId: uuid('household_id').notNull(),
    merchantKey: text('merchant_key').notNull(),
    categoryId: uuid('category_id').notNull(),
    learnedFrom: uuid('learned_from'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.householdId, t.merchantKey] }),
    sameHousehold('category_hints_category_fk', t.householdId, t.categoryId, categories).onDelete('cascade'),
    householdIsolation(t.householdId),
  ],
).enableRLS();

/**
 * Money one member handed another to square up ("Priya paid Arjun ₹1,200"). Balances are still
 * derived, never stored: householdBalances counts a settlement like a payment from `from` to
 * `to`, so deleting one brings the debt back exactly.
 */
export const settlements = pgTable(
  'settlements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    fromMember: uuid('from_member').notNull(),
    toMember: uuid('to_member').notNull(),
    /** Integer minor units of `currency`. */
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    /** The household-calendar day the money changed hands. */
    settledOn: date('settled_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    sameHousehold('settlements_from_member_fk', t.householdId, t.fromMember, members),
    sameHousehold('settlements_to_member_fk', t.householdId, t.toMember, members),
    sameHousehold('settlements_created_by_fk', t.householdId, t.createdBy, members),
    // Balances sum every settlement of a household, in every currency.
    index('settlements_household_idx').on(t.householdId, t.currency, t.fromMember, t.toMember, t.amountMinor),
    check('settlements_amount_positive', sql`${t.amountMinor} > 0`),
    check('settlements_between_two_members', sql`${t.fromMember} <> ${t.toMember}`),
    householdIsolation(t.householdId),
  ],
).enableRLS();
