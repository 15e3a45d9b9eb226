/** A Reply as terminal text: numbered draft lines so `y 2` / `n 1` can point at them. */
import type { Reply } from '../../engine/reply.ts';
import { cardLine } from '../../engine/reply.ts';
import type { Chart } from '../../engine/chart.ts';
import { formatMoney } from '../../domain/money.ts';

const BAR_WIDTH = 24;

export function renderReply(reply: Reply): string {
  const lines = reply.text ? [reply.text] : [];
  reply.drafts.forEach((card, index) => {
    const status = card.status === 'draft' ? '' : ` [${card.status}]`;
    lines.push(`  ${index + 1}. ${cardLine(card)}${status}`);
  });
  if (reply.drafts.some((card) => card.status === 'draft')) {
    lines.push(reply.drafts.length > 1 ? '  (y: confirm all · y 2: confirm #2 · n 1: discard #1)' : '  (y: confirm · n: discard)');
  }
  if (reply.chart) lines.push(...renderChart(reply.chart));
  if (reply.notice) lines.push(`  note: ${reply.notice}`);
  return lines.join('\n');
}

const SPARKS = '▁▂▃▄▅▆▇█';

function renderChart(chart: Chart): string[] {
  return chart.kind === 'line' ? renderTrend(chart) : renderBars(chart);
}

/** A trend over many days fits on one line: a sparkline and its peak. */
function renderTrend(chart: Chart): string[] {
  const peak = chart.points.reduce((best, point) => (point.valueMinor > best.valueMinor ? point : best), { label: '', valueMinor: 0 });
  if (peak.valueMinor === 0) return [];
  const line = chart.points.map((point) => SPARKS[Math.round((point.valueMinor / peak.valueMinor) * (SPARKS.length - 1))]).join('');
  return [`  ${line}  peak ${formatMoney(peak.valueMinor, chart.currency)} on ${peak.label}`];
}

function renderBars(chart: Chart): string[] {
  const max = Math.max(...chart.points.map((point) => point.valueMinor), 1);
  const width = Math.max(...chart.points.map((point) => point.label.length), 0);
  return chart.points.slice(0, 12).map((point) => {
    const bar = '█'.repeat(Math.max(point.valueMinor > 0 ? 1 : 0, Math.round((point.valueMinor / max) * BAR_WIDTH)));
    return `  ${point.label.padEnd(width)} ${bar} ${formatMoney(point.valueMinor, chart.currency)}`;
  });
}
