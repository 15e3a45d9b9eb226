/**
 * Chart data a reply carries when a picture helps. Channel-neutral numbers, not pixels: Telegram
 * renders a PNG, the web view an SVG, the console a few text bars.
 */
export interface ChartPoint {
  readonly label: string;
  /** Integer minor units of the chart's currency. */
  readonly valueMinor: number;
}

export interface Chart {
  /** `bar` for categories and members, `line` for a trend over days or months, `compare` for two periods side by side. */
  readonly kind: 'bar' | 'line' | 'compare';
  readonly title: string;
  readonly currency: string;
  readonly points: readonly ChartPoint[];
}
