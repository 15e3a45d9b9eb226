/** A Reply as terminal text: numbered draft lines so `y 2` / `n 1` can point at them. */
import type { Reply } from '../../engine/reply.ts';
import { cardLine } from '../../engine/reply.ts';
import { textChartLines } from '../../charts/text-bars.ts';

export function renderReply(reply: Reply): string {
  const lines = reply.text ? [reply.text] : [];
  reply.drafts.forEach((card, index) => {
    const status = card.status === 'draft' ? '' : ` [${card.status}]`;
    lines.push(`  ${index + 1}. ${cardLine(card)}${status}`);
  });
  if (reply.drafts.some((card) => card.status === 'draft')) {
    lines.push(reply.drafts.length > 1 ? '  (y: confirm all · y 2: confirm #2 · n 1: discard #1)' : '  (y: confirm · n: discard)');
  }
  if (reply.chart) lines.push(...textChartLines(reply.chart).map((line) => `  ${line}`));
  if (reply.notice) lines.push(`  note: ${reply.notice}`);
  return lines.join('\n');
}
