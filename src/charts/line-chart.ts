/**
 * A trend over days or months: rounded money ticks on the left, a softly filled area under the
 * line, the peak ringed and named, and as many x labels as fit without touching.
 */
import { dateLabel, isMonthLabel, labelYear, moneyTicks, peakLabel, tickFormatter } from './axis.ts';
import { el, num, textEl } from './markup.ts';
import { middleBaseline, type PlotInput } from './plot.ts';
import { fitText, textWidth } from './text-width.ts';
import { colors, sizes } from './theme.ts';

const X_LABEL_ROOM = 26;
/** Room above the top tick for the peak's label. */
const PEAK_ROOM = 26;
const LABEL_GAP = 14;
/** Up to about a month of points each get a dot; more and they merge into a bead chain. */
const MAX_DOTS = 16;

export function drawLine(input: PlotInput): string {
  const { points, box, money, locale, currency } = input;
  // Spending is not negative; a stray negative (a refund-heavy day) sits on the baseline.
  const values = points.map((point) => Math.max(point.valueMinor, 0));
  const peakIndex = values.reduce((best, value, index) => (value > (values[best] ?? 0) ? index : best), 0);
  const peakValue = values[peakIndex] ?? 0;

  const ticks = moneyTicks(peakValue, currency);
  const top = ticks.at(-1) ?? peakValue;
  const formatTick = tickFormatter(ticks, currency, locale);
  const tickLabels = ticks.map(formatTick);
  const tickWidth = Math.max(...tickLabels.map((label) => textWidth(label, sizes.tick)));

  const left = box.x + tickWidth + 10;
  const right = box.x + box.width - 8;
  const plotTop = box.y + PEAK_ROOM;
  const bottom = box.y + box.height - X_LABEL_ROOM;
  const x = (index: number) => (points.length === 1 ? (left + right) / 2 : left + ((right - left) * index) / (points.length - 1));
  const y = (value: number) => bottom - ((bottom - plotTop) * value) / top;

  const parts: string[] = [];
  ticks.forEach((tick, index) => {
    const tickY = y(tick);
    parts.push(el('line', { x1: left, y1: tickY, x2: right, y2: tickY, stroke: index === 0 ? colors.axis : colors.grid, 'stroke-width': 1 }));
    parts.push(
      textEl(tickLabels[index] ?? '', { x: left - 8, y: middleBaseline(tickY, sizes.tick), 'text-anchor': 'end', 'font-size': sizes.tick, fill: colors.muted, class: 'tick' }),
    );
  });

  const coords = values.map((value, index) => `${num(x(index))},${num(y(value))}`);
  if (points.length > 1) {
    parts.push(el('path', { d: `M${num(x(0))},${num(bottom)} L${coords.join(' L')} L${num(x(points.length - 1))},${num(bottom)} Z`, fill: colors.area, 'fill-opacity': '0.14', class: 'area' }));
    parts.push(el('path', { d: `M${coords.join(' L')}`, fill: 'none', stroke: colors.bar, 'stroke-width': 2.5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', class: 'line' }));
  }
  if (points.length <= MAX_DOTS) {
    values.forEach((value, index) => {
      if (index !== peakIndex) parts.push(el('circle', { cx: x(index), cy: y(value), r: 3, fill: colors.bar }));
    });
  }

  parts.push(xLabels(input, x, bottom));
  parts.push(peakMarker(x(peakIndex), y(peakValue), `${money(peakValue)} · ${peakLabel(points[peakIndex]?.label ?? '', locale)}`, left, box.x + box.width));
  return el('g', { 'data-kind': 'line' }, parts.join(''));
}

/**
 * Every n-th label, n as small as keeps neighbours from touching; the first always shows. Months
 * spanning two years carry the year on the first label and on the first of each new year; days
 * do not (the title names the period, and "Dec 29, 2025" would crowd the axis).
 */
function xLabels(input: PlotInput, x: (index: number) => number, bottom: number): string {
  const { points, box, locale } = input;
  const maxWidth = Math.min(box.width / 3, 120);
  const years = new Set(points.map((point) => labelYear(point.label)));
  const markYears = years.size > 1 && points.every((point) => isMonthLabel(point.label));
  const widest = Math.max(...points.map((point) => textWidth(fitText(dateLabel(point.label, locale, markYears), maxWidth, sizes.tick), sizes.tick)));
  const spacing = points.length > 1 ? x(1) - x(0) : Infinity;
  const stride = Math.max(1, Math.ceil((widest + LABEL_GAP) / spacing));

  const parts: string[] = [];
  let shownYear: string | undefined;
  let previousRight = -Infinity;
  for (let index = 0; index < points.length; index += stride) {
    const raw = points[index]?.label ?? '';
    const year = labelYear(raw);
    const label = fitText(dateLabel(raw, locale, markYears && year !== shownYear), maxWidth, sizes.tick);
    const labelX = x(index);
    const width = textWidth(label, sizes.tick);
    // Keep the outermost labels inside the picture rather than centred off its edge.
    const anchor = labelX - width / 2 < box.x ? 'start' : labelX + width / 2 > box.x + box.width ? 'end' : 'middle';
    const shiftedX = anchor === 'start' ? Math.max(labelX - 4, box.x) : anchor === 'end' ? Math.min(labelX + 4, box.x + box.width) : labelX;
    const leftEdge = anchor === 'start' ? shiftedX : anchor === 'end' ? shiftedX - width : shiftedX - width / 2;
    // A last label pulled in from the edge can land on its neighbour; then it is left out.
    if (leftEdge < previousRight + LABEL_GAP / 2) continue;
    previousRight = leftEdge + width;
    shownYear = year;
    parts.push(el('line', { x1: labelX, y1: bottom, x2: labelX, y2: bottom + 4, stroke: colors.axis, 'stroke-width': 1 }));
    parts.push(textEl(label, { x: shiftedX, y: bottom + 19, 'text-anchor': anchor, 'font-size': sizes.tick, fill: colors.muted, class: 'x-label' }));
  }
  return parts.join('');
}

/** The peak ringed, its amount and date above it, kept clear of the tick labels on the left. */
function peakMarker(cx: number, cy: number, label: string, left: number, right: number): string {
  const fontSize = sizes.label;
  const width = textWidth(label, fontSize, true);
  const labelX = Math.max(Math.min(cx, right - width / 2), left + width / 2);
  return [
    el('circle', { cx, cy, r: 5.5, fill: colors.background, stroke: colors.peak, 'stroke-width': 3, class: 'peak' }),
    textEl(label, { x: labelX, y: cy - 13, 'text-anchor': 'middle', 'font-size': fontSize, 'font-weight': 'bold', fill: colors.title }),
  ].join('');
}
