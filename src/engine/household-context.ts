/**
 * Everything the engine needs to know about the sender's household to read one message, loaded
 * in a single transaction: the household, its members (the sender first, as interpreters
 * expect), its categories, what it has learned, and its model settings.
 */
import type { Database, Transaction } from '../db/database.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { readCategoryHints } from '../services/category-hints.ts';
import { loadCategories, type Category } from '../services/categories.ts';
import { loadHousehold, type Household } from '../services/households.ts';
import { loadMembers, type Member } from '../services/members.ts';
import { readModelSettings, type ModelSettings } from '../services/model-settings.ts';
import { KittyError } from '../domain/errors.ts';
import type { SplitSpec } from '../domain/splits.ts';
import type { InterpretContext, ProposedSplit } from './interpretation.ts';

export interface HouseholdContext {
  readonly household: Household;
  readonly sender: Member;
  /** Sender first. */
  readonly members: readonly Member[];
  readonly categories: readonly Category[];
  readonly hints: ReadonlyMap<string, string>;
  readonly modelSettings: ModelSettings | undefined;
}

export async function loadHouseholdContext(db: Database, scope: HouseholdScope): Promise<HouseholdContext> {
  return inHousehold(db, scope, (tx) => readHouseholdContext(tx, scope));
}

export async function readHouseholdContext(tx: Transaction, scope: HouseholdScope): Promise<HouseholdContext> {
  const [household, members, categories, hints, modelSettings] = await Promise.all([
    loadHousehold(tx, scope),
    loadMembers(tx, scope),
    loadCategories(tx, scope),
    readCategoryHints(tx, scope),
    readModelSettings(tx, scope),
  ]);
  const sender = members.find((member) => member.id === scope.memberId);
  if (!sender) throw new Error('The scope names a member outside its household.');
  return {
    household,
    sender,
    members: [sender, ...members.filter((member) => member.id !== sender.id)],
    categories,
    hints,
    modelSettings,
  };
}

export function interpretContext(context: HouseholdContext, now: Date): InterpretContext {
  return {
    members: context.members.map((member) => member.displayName),
    currency: context.household.currency,
    timeZone: context.household.timeZone,
    // Only a locale the household chose; without one the interpreter guesses from currency and zone.
    ...(context.household.locale && { locale: context.household.locale }),
    now,
    // Hidden categories stay out of what the interpreter may choose.
    categories: context.categories.filter((category) => !category.hidden).map(({ slug, label }) => ({ slug, label })),
    learned: context.hints,
  };
}

/** Member id by display name, case-insensitively (interpreters speak in names). */
export function memberIdByName(context: HouseholdContext, name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  return context.members.find((member) => member.displayName.toLowerCase() === wanted)?.id;
}

/** A proposed split (member names) as the ledger stores it (member ids). */
export function splitSpec(split: ProposedSplit, context: HouseholdContext): SplitSpec {
  if (split === 'equal') return { kind: 'equal' };
  const percents: Record<string, number> = {};
  for (const [name, percent] of Object.entries(split)) {
    const id = memberIdByName(context, name);
    if (!id) throw new KittyError('unknown_member', `${name} is not a member of this household.`, 'split');
    percents[id] = percent;
  }
  return { kind: 'percent', percents };
}
