/** A Reply as terminal text: numbered draft lines so `y 2` / `n 1` can point at them. */
import type { DraftCard, Reply } from '../../engine/reply.ts';
import { cardLine } from '../../engine/reply.ts';
import { textChartLines } from '../../charts/text-bars.ts';

/**
 * `numberOf` keeps a list's numbers when a reply shows some of its cards again: after `n 2`, the
 * discarded draft is still "2.", as it was on screen when the person chose it.
 */
export function renderReply(reply: Reply, numberOf: (card: DraftCard, index: number) => number = (_, index) => index + 1): string {
  const lines = reply.text ? [reply.text] : [];
  reply.drafts.forEach((card, index) => {
    const status = card.status === 'draft' ? '' : ` [${card.status}]`;
    lines.push(`  ${numberOf(card, index)}. ${cardLine(card)}${status}`);
  });
  if (reply.drafts.some((card) => card.status === 'draft')) {
    lines.push(reply.drafts.length > 1 ? '  (y: confirm all · y 2: confirm #2 · n 1: discard #1)' : '  (y: confirm · n: discard)');
  }
  if (reply.chart) lines.push(...textChartLines(reply.chart).map((line) => `  ${line}`));
  if (reply.notice) lines.push(`  note: ${reply.notice}`);
  return lines.join('\n');
}
