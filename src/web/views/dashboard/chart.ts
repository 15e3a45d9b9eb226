import { html, raw } from 'hono/html';
import { renderChartSvg } from '../../../charts/svg.ts';
import type { Chart } from '../../../engine/chart.ts';
import type { Fragment } from '../layout.ts';

/** Rows of a bar chart before its tail folds into "Other" (src/charts/bar-chart.ts). */
const MAX_BAR_ROWS = 12;

/**
 * A server-drawn SVG inside the page. `raw` is safe here: renderChartSvg escapes every label it
 * draws, and the string has no script or style, so the CSP stays strict.
 */
export function chartFigure(chart: Chart): Fragment {
  const height = chart.kind === 'bar' ? 24 + 34 * Math.min(Math.max(chart.points.length, 1), MAX_BAR_ROWS) : 220;
  // Drawn at a phone's width, so its text keeps its size where most people look at it; wider
  // screens scale it up.
  return html`<figure class="chart">${raw(renderChartSvg(chart, { width: PHONE_WIDTH, height: Math.max(height, 120), title: false }))}</figure>`;
}

const PHONE_WIDTH = 360;
