import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgPolicy,
  pgRole,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/**
 * The ledger's tables. Every household-owned row carries household_id, and two walls keep
 * households apart:
 *  1. every query filters on the household scope first (src/db/scope.ts, src/services);
 *  2. row-level security: the app switches to the non-superuser role `kitty_app` inside each
 *     household transaction, and these policies only show it rows of `app.household_id`.
 * References between household rows are composite (household_id, id) foreign keys, so even a bug
 * that forgets a filter cannot attach one household's expense to another's category or member.
 *
 * The role itself is created by the hand-written first migration (roles are cluster-wide, so it
 * must be created only if missing); here it is declared as existing.
 */
export const appRole = pgRole('kitty_app').existing();

const currentHousehold = sql`nullif(current_setting('app.household_id', true), '')::uuid`;

function householdIsolation(householdId: AnyPgColumn) {
  return pgPolicy('household_isolation', {
    for: 'all',
    to: appRole,
    using: sql`${householdId} = ${currentHousehold}`,
    withCheck: sql`${householdId} = ${currentHousehold}`,
  });
}

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const memberRole = pgEnum('member_role', ['admin', 'member']);
export const identityProvider = pgEnum('identity_provider', ['telegram', 'slack', 'web', 'console']);
export const expenseStatus = pgEnum('expense_status', ['draft', 'confirmed', 'discarded']);
export const cadenceUnit = pgEnum('cadence_unit', ['day', 'week', 'month', 'year']);
export const inboxState = pgEnum('inbox_state', ['received', 'processed', 'failed', 'deferred']);

export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    timeZone: text('time_zone').notNull(),
    /** Null until an admin asks for one; rotating replaces it, so old codes stop working. */
    inviteCode: text('invite_code').unique(),
    /** The household's data key, wrapped (AES-256-GCM) by APP_ENCRYPTION_KEY; see src/crypto. */
    wrappedDataKey: text('wrapped_data_key'),
    createdAt: createdAt(),
  },
  (t) => [
    pgPolicy('household_isolation', {
      for: 'all',
      to: appRole,
      using: sql`${t.id} = ${currentHousehold}`,
      withCheck: sql`${t.id} = ${currentHousehold}`,
    }),
  ],
).enableRLS();

export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    role: memberRole('role').notNull().default('member'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('members_household_id_id_key').on(t.householdId, t.id),
    uniqueIndex('members_household_name_idx').on(t.householdId, sql`lower(${t.displayName})`),
    householdIsolation(t.householdId),
  ],
).enableRLS();

/** A chat account (Telegram user, Slack user in a workspace, web login) that acts as a member. */
export const identities = pgTable(
  'identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    memberId: uuid('member_id').notNull(),
    provider: identityProvider('provider').notNull(),
    /** The namespace the external id lives in (a Slack team id); empty where ids are global. */
    externalScope: text('external_scope').notNull().default(''),
    externalId: text('external_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('identities_provider_external_key').on(t.provider, t.externalScope, t.externalId),
    foreignKey({
      name: 'identities_member_fk',
      columns: [t.householdId, t.memberId],
      foreignColumns: [members.householdId, members.id],
    }).onDelete('cascade'),
    householdIsolation(t.householdId),
  ],
).enableRLS();

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

export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provider: identityProvider('provider').notNull(),
    /** The platform's own id (Telegram update_id, Slack event id): the dedupe key. */
    externalId: text('external_id').notNull(),
    /** Known once the sender is resolved; null for strangers, whose messages are kept but never acted on. */
    householdId: uuid('household_id').references(() => households.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id'),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    state: inboxState('state').notNull().default('received'),
    error: text('error'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    unique('inbound_messages_provider_external_key').on(t.provider, t.externalId),
    index('inbound_messages_household_state_idx').on(t.householdId, t.state),
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
    sourceMessageId: uuid('source_message_id').references(() => inboundMessages.id, { onDelete: 'set null' }),
    recurringRuleId: uuid('recurring_rule_id'),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('expenses_household_id_id_key').on(t.householdId, t.id),
    foreignKey({
      name: 'expenses_category_fk',
      columns: [t.householdId, t.categoryId],
      foreignColumns: [categories.householdId, categories.id],
    }),
    foreignKey({
      name: 'expenses_logged_by_fk',
      columns: [t.householdId, t.loggedBy],
      foreignColumns: [members.householdId, members.id],
    }),
    foreignKey({
      name: 'expenses_paid_by_fk',
      columns: [t.householdId, t.paidBy],
      foreignColumns: [members.householdId, members.id],
    }),
    // Reports read only confirmed expenses of one household over a date range. The trailing
    // columns are everything the aggregates group and sum, so a month's totals are an index-only
    // scan instead of visiting a heap page per row (bench/: p95 roughly halves on 100,000 rows).
    index('expenses_confirmed_report_idx')
      .on(t.householdId, t.spentOn, t.categoryId, t.paidBy, t.currency, t.amountMinor)
      .where(sql`${t.status} = 'confirmed'`),
    index('expenses_household_listing_idx').on(t.householdId, t.spentOn.desc(), t.seq.desc()),
    foreignKey({
      name: 'expenses_recurring_rule_fk',
      columns: [t.householdId, t.recurringRuleId],
      foreignColumns: [recurringRules.householdId, recurringRules.id],
    }),
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
    foreignKey({
      name: 'expense_shares_expense_fk',
      columns: [t.householdId, t.expenseId],
      foreignColumns: [expenses.householdId, expenses.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'expense_shares_member_fk',
      columns: [t.householdId, t.memberId],
      foreignColumns: [members.householdId, members.id],
    }),
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
    foreignKey({
      name: 'recurring_rules_category_fk',
      columns: [t.householdId, t.categoryId],
      foreignColumns: [categories.householdId, categories.id],
    }),
    foreignKey({
      name: 'recurring_rules_paid_by_fk',
      columns: [t.householdId, t.paidBy],
      foreignColumns: [members.householdId, members.id],
    }),
    foreignKey({
      name: 'recurring_rules_created_by_fk',
      columns: [t.householdId, t.createdBy],
      foreignColumns: [members.householdId, members.id],
    }),
    index('recurring_rules_due_idx').on(t.nextOn).where(sql`not ${t.paused}`),
    check('recurring_rules_amount_positive', sql`${t.amountMinor} > 0`),
    check('recurring_rules_every_range', sql`${t.cadenceEvery} between 1 and 366`),
    householdIsolation(t.householdId),
  ],
).enableRLS();

/** Per-household model choice; overrides the environment's provider settings. */
export const llmSettings = pgTable(
  'llm_settings',
  {
    householdId: uuid('household_id')
      .primaryKey()
      .references(() => households.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    model: text('model'),
    interpreterMode: text('interpreter_mode'),
    /** AES-256-GCM under the household data key, bound to this household; never returned to clients. */
    apiKeyCiphertext: text('api_key_ciphertext'),
    /** The last four characters, so a settings page can show which key is stored. */
    apiKeyHint: text('api_key_hint'),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [householdIsolation(t.householdId)],
).enableRLS();

/** Audit of every model call: what went in (summarised), what came out, and how long it took. */
export const modelCalls = pgTable(
  'model_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    inboundMessageId: uuid('inbound_message_id').references(() => inboundMessages.id, { onDelete: 'set null' }),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    purpose: text('purpose').notNull(),
    inputSummary: text('input_summary').notNull(),
    rawOutput: text('raw_output'),
    validationErrors: jsonb('validation_errors'),
    error: text('error'),
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    latencyMs: integer('latency_ms').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('model_calls_household_created_idx').on(t.householdId, t.createdAt), householdIsolation(t.householdId)],
).enableRLS();

/** Results of actions that must happen once (a button pressed twice, a retried request). */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    result: jsonb('result').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.key] }), householdIsolation(t.householdId)],
).enableRLS();
