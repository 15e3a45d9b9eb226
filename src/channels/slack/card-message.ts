import type { HouseholdScope } from '../../db/scope.ts';
import type { Engine } from '../../engine/engine.ts';
import type { DraftCard } from '../../engine/reply.ts';

/**
 * A card message remembers which drafts it shows in its block ids (`card:<expense id>`), so it
 * is redrawn with exactly those, whether it came from one message or is the list of waiting drafts.
 */
const CARD_BLOCK = /^card:([0-9a-f-]{36})$/;

export function expenseIdsIn(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((block: { block_id?: unknown }) => {
    const match = typeof block?.block_id === 'string' ? CARD_BLOCK.exec(block.block_id) : null;
    return match?.[1] ? [match[1]] : [];
  });
}

/**
 * The cards a pressed message shows, as they stand now. Slack leaves the message out of presses
 * on messages only one person sees; those show the drafts of the pressed card's own message.
 */
export async function cardsShown(engine: Engine, member: HouseholdScope, shownIds: readonly string[], expenseId: string): Promise<DraftCard[]> {
  return shownIds.length > 0 ? engine.cardsOf(member, shownIds) : engine.cardsFromSameMessage(member, expenseId);
}
