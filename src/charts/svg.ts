/**
 * Charts as self-contained SVG: inline presentation attributes only (no external fonts, CSS or
 * scripts), so the same string renders in resvg for chat pictures and inline in the web view
 * under a strict CSP. Pure string building with no Node APIs, because the Worker bundles it too.
 */
import type { Chart } from '../engine/chart.ts';
import { formatMoney } from '../domain/money.ts';
import { dateLabel, peakLabel } from './axis.ts';
import { drawBars, foldBars } from './bar-chart.ts';
import { compareChange, drawCompare } from './compare-chart.ts';
import { drawLine } from './line-chart.ts';
import { el, escapeXml, plainText, textEl } from './markup.ts';
import type { Box, PlotInput } from './plot.ts';
import { fitText } from './text-width.ts';
import { colors, FONT_FAMILY, sizes } from './theme.ts';

export interface ChartImageOptions {
  /** Pixels; 640 suits a phone screen at Telegram's photo size. */
  readonly width?: number;
  readonly height?: number;
  /** For amounts and dates; defaults to 'en'. */
  readonly locale?: string;
  /** Draw the chart's title at the top (default true). It is always in `<title>` and `aria-label`. */
  readonly title?: boolean;
}

export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 400;
export const EMPTY_MESSAGE = 'No spending yet';

const KIND_NAMES = { bar: 'Bar chart', line: 'Line chart', compare: 'Column chart' } as const;

export function renderChartSvg(chart: Chart, options: ChartImageOptions = {}): string {
  const width = dimension(options.width, DEFAULT_WIDTH, 'width');
  const height = dimension(options.height, DEFAULT_HEIGHT, 'height');
  const locale = options.locale ?? 'en';
  const money = (minor: number) => formatMoney(minor, chart.currency, locale);
  const title = plainText(chart.title) || 'Spending chart';
  const empty = !chart.points.some((point) => point.valueMinor > 0);

  const pad = sizes.padding;
  const parts: string[] = [el('rect', { x: 0, y: 0, width, height, fill: colors.background })];
  let top = pad;
  if (options.title !== false) {
    const subtitle = empty || chart.kind !== 'compare' ? undefined : compareChange(chart.points);
    parts.push(header(title, subtitle, width));
    top += sizes.title + 14 + (subtitle ? sizes.subtitle + 8 : 0);
  }
  const box: Box = { x: pad, y: top, width: width - pad * 2, height: height - top - pad };
  const input: PlotInput = { points: chart.points, currency: chart.currency, locale, box, money };
  parts.push(empty ? emptyPanel(box) : draw(chart.kind, input));

  const label = `${title}. ${describe(chart, empty, locale, money)}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title>${escapeXml(title)}</title>${parts.join('')}</svg>`
  );
}

function dimension(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 120) throw new RangeError(`Chart ${name} must be at least 120 pixels, got ${value}.`);
  return Math.round(value);
}

function draw(kind: Chart['kind'], input: PlotInput): string {
  switch (kind) {
    case 'bar':
      return drawBars(input);
    case 'line':
      return drawLine(input);
    case 'compare':
      return drawCompare(input);
  }
}

function header(title: string, subtitle: string | undefined, width: number): string {
  const pad = sizes.padding;
  const room = width - pad * 2;
  const baseline = pad + sizes.title - 3;
  return (
    textEl(fitText(title, room, sizes.title, true), { x: pad, y: baseline, 'font-size': sizes.title, 'font-weight': 'bold', fill: colors.title }) +
    (subtitle
      ? textEl(fitText(subtitle, room, sizes.subtitle), { x: pad, y: baseline + sizes.subtitle + 8, 'font-size': sizes.subtitle, fill: colors.muted })
      : '')
  );
}

function emptyPanel(box: Box): string {
  const middle = box.y + box.height / 2;
  return el(
    'g',
    { 'data-kind': 'empty' },
    el('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 12, fill: colors.panel }) +
      textEl(EMPTY_MESSAGE, { x: box.x + box.width / 2, y: middle - 2, 'text-anchor': 'middle', 'font-size': sizes.title, 'font-weight': 'bold', fill: colors.muted }) +
      textEl('Log an expense and it will show up here.', {
        x: box.x + box.width / 2,
        y: middle + 22,
        'text-anchor': 'middle',
        'font-size': sizes.subtitle,
        fill: colors.muted,
      }),
  );
}

/** The chart in words, for screen readers: the same numbers a sighted person reads off it. */
function describe(chart: Chart, empty: boolean, locale: string, money: (minor: number) => string): string {
  if (empty) return `${EMPTY_MESSAGE}.`;
  const kind = KIND_NAMES[chart.kind];
  if (chart.kind === 'line') {
    const first = chart.points[0];
    const last = chart.points.at(-1);
    const peak = chart.points.reduce((best, point) => (point.valueMinor > best.valueMinor ? point : best));
    const span = first && last ? ` from ${dateLabel(first.label, locale, true)} to ${dateLabel(last.label, locale, true)}` : '';
    return `${kind}${span}, highest ${money(peak.valueMinor)} on ${peakLabel(peak.label, locale)}.`;
  }
  const points = chart.kind === 'bar' ? foldBars(chart.points).points : chart.points;
  const list = points.map((point) => `${plainText(point.label)} ${money(point.valueMinor)}`).join(', ');
  const change = chart.kind === 'compare' ? compareChange(chart.points) : undefined;
  return `${kind}: ${list}.${change ? ` ${change}.` : ''}`;
}
