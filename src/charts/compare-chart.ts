/**
 * Periods side by side: one column each, the amount on top, the period's name underneath. The
 * latest period (the last point) is in full colour and the earlier ones softened, so "now" stands out.
 */
import { el, num, textEl } from './markup.ts';
import type { PlotInput } from './plot.ts';
import { fitText } from './text-width.ts';
import { colors, sizes } from './theme.ts';

const VALUE_ROOM = 28;
const LABEL_ROOM = 28;
const COLUMN_MAX = 112;

export function drawCompare(input: PlotInput): string {
  const { points, box, money } = input;
  const max = Math.max(...points.map((point) => point.valueMinor), 1);
  const slot = box.width / points.length;
  const column = Math.min(slot * 0.56, COLUMN_MAX);
  const plotTop = box.y + VALUE_ROOM;
  const bottom = box.y + box.height - LABEL_ROOM;
  const valueSize = points.length > 3 ? sizes.value : sizes.value + 2;

  const parts: string[] = [el('line', { x1: box.x, y1: bottom, x2: box.x + box.width, y2: bottom, stroke: colors.axis, 'stroke-width': 1 })];
  points.forEach((point, index) => {
    const center = box.x + slot * index + slot / 2;
    const height = point.valueMinor > 0 ? Math.max(((bottom - plotTop) * point.valueMinor) / max, 3) : 0;
    const latest = index === points.length - 1;
    if (height > 0) {
      parts.push(el('path', { d: roundedTop(center - column / 2, bottom - height, column, height), fill: latest ? colors.bar : colors.barSoft, class: 'column' }));
    }
    parts.push(
      textEl(fitText(money(point.valueMinor), slot - 8, valueSize, true), {
        x: center,
        y: bottom - height - 9,
        'text-anchor': 'middle',
        'font-size': valueSize,
        'font-weight': 'bold',
        fill: colors.title,
      }),
      textEl(fitText(point.label, slot - 8, sizes.label), {
        x: center,
        y: bottom + 20,
        'text-anchor': 'middle',
        'font-size': sizes.label,
        fill: latest ? colors.title : colors.text,
      }),
    );
  });
  return el('g', { 'data-kind': 'compare' }, parts.join(''));
}

/** "Up 12% on February 2026" for two periods, when the earlier one had spending to compare with. */
export function compareChange(points: PlotInput['points']): string | undefined {
  const [earlier, later] = points;
  if (points.length !== 2 || !earlier || !later || earlier.valueMinor <= 0) return undefined;
  const percent = Math.round(((later.valueMinor - earlier.valueMinor) / earlier.valueMinor) * 100);
  if (percent === 0) return `About the same as ${earlier.label}`;
  return `${percent > 0 ? 'Up' : 'Down'} ${Math.abs(percent)}% on ${earlier.label}`;
}

/** A column with rounded top corners and a square foot on the baseline. */
function roundedTop(x: number, y: number, width: number, height: number): string {
  const r = Math.min(6, width / 4, height);
  const [left, right, top, foot] = [num(x), num(x + width), num(y), num(y + height)];
  return `M${left},${foot} V${num(y + r)} A${num(r)},${num(r)} 0 0 1 ${num(x + r)},${top} H${num(x + width - r)} A${num(r)},${num(r)} 0 0 1 ${right},${num(y + r)} V${foot} Z`;
}
