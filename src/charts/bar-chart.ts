/** Horizontal bars in the order given: label, bar, then the amount just past the bar's end. */
import type { ChartPoint } from '../engine/chart.ts';
import { el, textEl } from './markup.ts';
import { middleBaseline, type PlotInput } from './plot.ts';
import { fitText, textWidth } from './text-width.ts';
import { colors, sizes } from './theme.ts';

/** More rows than this and labels shrink past reading on a phone; the tail becomes "Other". */
export const MAX_BARS = 12;
export const OTHER_LABEL = 'Other';

const ROW_MAX = 52;
const GAP = 10;

/** The first MAX_BARS - 1 points and one "Other" holding the rest, when there are too many. */
export function foldBars(points: readonly ChartPoint[]): { points: ChartPoint[]; folded: boolean } {
  if (points.length <= MAX_BARS) return { points: [...points], folded: false };
  const kept = points.slice(0, MAX_BARS - 1);
  const rest = points.slice(MAX_BARS - 1).reduce((sum, point) => sum + point.valueMinor, 0);
  return { points: [...kept, { label: OTHER_LABEL, valueMinor: rest }], folded: true };
}

export function drawBars(input: PlotInput): string {
  const { box, money } = input;
  const { points, folded } = foldBars(input.points);
  const values = points.map((point) => money(point.valueMinor));
  const max = Math.max(...points.map((point) => point.valueMinor), 1);

  const labelWidth = Math.min(Math.max(...points.map((point) => textWidth(point.label, sizes.label))), box.width * 0.34);
  const valueWidth = Math.max(...values.map((value) => textWidth(value, sizes.value, true)));
  const barX = box.x + labelWidth + GAP;
  const barMax = Math.max(box.x + box.width - valueWidth - GAP - barX, 1);

  const row = Math.min(box.height / points.length, ROW_MAX);
  const thickness = Math.max(Math.min(row * 0.62, 30), 6);
  const top = box.y + (box.height - row * points.length) / 2;
  const fontSize = Math.min(sizes.label, Math.max(row * 0.55, 10));

  const parts: string[] = [];
  points.forEach((point, index) => {
    const middle = top + row * index + row / 2;
    const length = point.valueMinor > 0 ? Math.max((point.valueMinor / max) * barMax, 3) : 0;
    const isOther = folded && index === points.length - 1;
    const baseline = middleBaseline(middle, fontSize);
    parts.push(
      textEl(fitText(point.label, labelWidth, fontSize), {
        x: barX - GAP,
        y: baseline,
        'text-anchor': 'end',
        'font-size': fontSize,
        fill: colors.text,
      }),
    );
    if (length > 0) {
      parts.push(
        el('rect', {
          x: barX,
          y: middle - thickness / 2,
          width: length,
          height: thickness,
          rx: Math.min(4, thickness / 3),
          fill: isOther ? colors.other : colors.bar,
          class: 'bar',
        }),
      );
    }
    parts.push(
      textEl(values[index] ?? '', {
        x: barX + length + (length > 0 ? 8 : 0),
        y: baseline,
        'font-size': fontSize,
        'font-weight': 'bold',
        fill: colors.title,
      }),
    );
  });
  return el('g', { 'data-kind': 'bar' }, parts.join(''));
}
