/**
 * A chart as a few lines of text, for places that show only characters (the console, a Slack
 * code block): bars of █ for categories and members, a one-line sparkline for a trend.
 */
import { formatMoney } from '../domain/money.ts';
import type { Chart, ChartPoint } from '../engine/chart.ts';

const BAR_WIDTH = 24;
const MAX_BARS = 12;
const SPARKS = '▁▂▃▄▅▆▇█';

export interface TextChartOptions {
  /** Labels longer than this are cut with an ellipsis, so one long name cannot push every bar off screen. */
  readonly maxLabel?: number;
  readonly maxBars?: number;
}

/** The chart's lines, without indentation; empty when there is nothing to draw. */
export function textChartLines(chart: Chart, options: TextChartOptions = {}): string[] {
  return chart.kind === 'line' ? sparklineLines(chart) : textBars(chart.points, chart.currency, options);
}

/** One bar per point, in the order given; the largest value fills BAR_WIDTH. */
export function textBars(points: readonly ChartPoint[], currency: string, options: TextChartOptions = {}): string[] {
  const labelled = points.map((point) => ({ ...point, label: cutLabel(point.label, options.maxLabel) }));
  const max = Math.max(...points.map((point) => point.valueMinor), 1);
  const width = Math.max(...labelled.map((point) => point.label.length), 0);
  return labelled.slice(0, options.maxBars ?? MAX_BARS).map((point) => {
    const bar = '█'.repeat(Math.max(point.valueMinor > 0 ? 1 : 0, Math.round((point.valueMinor / max) * BAR_WIDTH)));
    return `${point.label.padEnd(width)} ${bar} ${formatMoney(point.valueMinor, currency)}`;
  });
}

/** A trend over many days fits on one line: a sparkline and its peak. */
function sparklineLines(chart: Chart): string[] {
  const peak = chart.points.reduce((best, point) => (point.valueMinor > best.valueMinor ? point : best), { label: '', valueMinor: 0 });
  if (peak.valueMinor === 0) return [];
  const line = chart.points.map((point) => SPARKS[Math.round((point.valueMinor / peak.valueMinor) * (SPARKS.length - 1))]).join('');
  return [`${line}  peak ${formatMoney(peak.valueMinor, chart.currency)} on ${peak.label}`];
}

function cutLabel(label: string, max: number | undefined): string {
  if (max === undefined) return label;
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, Math.max(max - 1, 0)).join('')}…`;
}
