import { expect } from 'vitest';
import type { KnownBlock } from '../../src/channels/slack/render/blocks.ts';
import { formatMoney } from '../../src/domain/money.ts';
import type { DraftCard } from '../../src/engine/reply.ts';
import type { Category } from '../../src/services/categories.ts';
import type { Expense } from '../../src/services/expenses.ts';
import type { Member } from '../../src/services/members.ts';

/** Hand-made engine output for the Block Kit renderers' tests, and ways to read blocks back. */
export const HOUSEHOLD = '00000000-0000-4000-8000-000000000001';
export const PRIYA = '00000000-0000-4000-8000-0000000000a1';
export const ARJUN = '00000000-0000-4000-8000-0000000000a2';
export const MEERA = '00000000-0000-4000-8000-0000000000a3';

export function expenseId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** A card as `draftCard` makes one (src/engine/reply.ts). */
export function card(n: number, overrides: Partial<DraftCard> = {}): DraftCard {
  return {
    expenseId: expenseId(n),
    status: 'draft',
    amountMinor: 18000,
    currency: 'INR',
    amount: formatMoney(18000, 'INR'),
    category: { slug: 'coffee', label: 'Coffee' },
    date: '2026-11-21',
    description: 'coffee',
    paidBy: { id: PRIYA, name: 'Priya' },
    split: 'split equally',
    actions: ['confirm', 'edit', 'discard'],
    ...overrides,
  };
}

export const created = new Date('2026-01-01T00:00:00Z');
export const members: Member[] = [
  { id: PRIYA, householdId: HOUSEHOLD, displayName: 'Priya', role: 'admin', createdAt: created },
  { id: ARJUN, householdId: HOUSEHOLD, displayName: 'Arjun', role: 'member', createdAt: created },
  { id: MEERA, householdId: HOUSEHOLD, displayName: 'Meera', role: 'member', createdAt: created },
];
export function category(slug: string, label: string, position: number, hidden = false): Category {
  return { id: `10000000-0000-4000-8000-${String(position).padStart(12, '0')}`, householdId: HOUSEHOLD, slug, label, hidden, position, createdAt: created };
}
export const categories = [category('groceries', 'Groceries', 1), category('coffee', 'Coffee', 2), category('old_gym', 'Old gym', 3, true), category('pets', 'Pets', 4, true)];

export function expense(overrides: Partial<Expense> = {}): Expense {
  return {
    id: expenseId(7),
    seq: 7,
    householdId: HOUSEHOLD,
    amountMinor: 125050,
    currency: 'INR',
    spentOn: '2026-03-18',
    categoryId: categories[2]!.id,
    categorySlug: 'old_gym',
    description: 'gym & sauna',
    loggedBy: PRIYA,
    paidBy: ARJUN,
    status: 'draft',
    split: { kind: 'percent', percents: { [PRIYA]: 60, [ARJUN]: 40 } },
    categoryChoices: null,
    unknownPayer: null,
    sourceMessageId: null,
    recurringRuleId: null,
    confirmedBy: null,
    confirmedAt: null,
    createdAt: created,
    updatedAt: created,
    shares: [],
    ...overrides,
  };
}

// Loose views of Block Kit JSON, for reading rendered blocks back in assertions.
export type Json = Record<string, unknown> & { type?: string; block_id?: string; text?: { text: string }; elements?: Json[] };
export const json = (block: unknown) => block as Json;
export const sectionText = (block: KnownBlock | undefined) => json(block).text?.text ?? '';
export const buttonsOf = (blocks: readonly unknown[]) =>
  blocks.flatMap((block) => (json(block).type === 'actions' ? (json(block).elements ?? []) : [])) as (Json & { action_id: string; value?: string; style?: string; url?: string })[];
export const allText = (blocks: readonly unknown[]) => JSON.stringify(blocks);

/** Checks every Block Kit limit the renderers promise to keep; Slack refuses the whole payload otherwise. */
export function expectWithinSlackLimits(blocks: readonly unknown[], maxBlocks: number): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  const ids = blocks.map((block) => json(block).block_id).filter((id) => id !== undefined);
  expect(new Set(ids).size).toBe(ids.length);
  for (const block of blocks.map(json)) {
    if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    if (block.type === 'header') expect(block.text?.text.length).toBeLessThanOrEqual(150);
    if (block.type === 'context') {
      expect(block.elements?.length).toBeLessThanOrEqual(10);
      for (const element of block.elements ?? []) expect((element.text as unknown as string).length).toBeLessThanOrEqual(3000);
    }
    if (block.type === 'actions') {
      expect(block.elements?.length).toBeLessThanOrEqual(25);
      for (const element of block.elements ?? []) expect(element.text?.text.length).toBeLessThanOrEqual(75);
    }
  }
}
