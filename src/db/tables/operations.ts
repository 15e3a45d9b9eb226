import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, householdIsolation, updatedAt } from './common.ts';
import { households, identityProvider } from './households.ts';

/** What Kitty keeps about its own work: the inbox, model settings and calls, idempotency keys. */
export const inboxState = pgEnum('inbox_state', ['received', 'processed', 'failed', 'deferred']);

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

/**
 * What members did to drafts through buttons (confirm, discard, edit), so `/undo` can take back
 * a member's latest action. `before` holds the expense as it was, in the form the edit service
 * takes, for undoing an edit.
 */
export const draftActions = pgTable(
  'draft_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull(),
    expenseId: uuid('expense_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before').notNull(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('draft_actions_member_idx').on(t.householdId, t.memberId, t.createdAt), householdIsolation(t.householdId)],
).enableRLS();

/**
 * Web view sessions. The cookie holds a random token; only its SHA-256 is stored, so a leaked
 * table cannot be replayed as cookies. Looked up before the household is known (asSystem).
 */
export const webSessions = pgTable(
  'web_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('web_sessions_member_idx').on(t.householdId, t.memberId)],
);

/** Sign-in links already used: a link (its token id) signs in once. */
export const usedSignInLinks = pgTable('used_sign_in_links', {
  tokenId: text('token_id').primaryKey(),
  usedAt: createdAt(),
  /** After this the token is expired anyway, so the row can be pruned. */
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
