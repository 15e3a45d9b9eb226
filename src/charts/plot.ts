/** What each chart kind's drawing function receives: the points and the box it may draw in. */
import type { ChartPoint } from '../engine/chart.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlotInput {
  readonly points: readonly ChartPoint[];
  readonly currency: string;
  readonly locale: string;
  /** The area below the title, inside the padding. */
  readonly box: Box;
  /** formatMoney in the chart's currency and the requested locale. */
  readonly money: (minor: number) => string;
}

/** Baseline for text whose visual middle should sit at `middle` (resvg and browsers disagree on dominant-baseline). */
export function middleBaseline(middle: number, fontSize: number): number {
  return middle + fontSize * 0.36;
}
