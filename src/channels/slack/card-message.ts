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
