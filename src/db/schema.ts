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
 * must be created only if missing); tables/common.ts declares it as existing. drizzle-kit reads
 * the tables through this file.
 */
export * from './tables/common.ts';
export * from './tables/households.ts';
export * from './tables/ledger.ts';
export * from './tables/operations.ts';
export * from './tables/chat-links.ts';
