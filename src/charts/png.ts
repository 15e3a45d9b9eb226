/**
 * Chart pictures as PNG for chat channels (Telegram photos). Node only: @resvg/resvg-js is a
 * native addon, so its import stays confined to this file and nothing the Worker bundles
 * (src/runtime/worker.ts and what it reaches) may import this module; the web view uses
 * renderChartSvg directly.
 */
import { renderAsync } from '@resvg/resvg-js';
import type { Chart } from '../engine/chart.ts';
import { DEFAULT_WIDTH, renderChartSvg, type ChartImageOptions } from './svg.ts';
import { colors, DEFAULT_FONT } from './theme.ts';

export interface ChartPngOptions extends ChartImageOptions {
  /** Device pixels per SVG pixel: 2 gives a 1280-pixel-wide picture of a 640 layout. Default 1. */
  readonly pixelRatio?: number;
}

export async function renderChartPng(chart: Chart, options: ChartPngOptions = {}): Promise<Uint8Array> {
  const { pixelRatio = 1, ...svgOptions } = options;
  if (!Number.isFinite(pixelRatio) || pixelRatio <= 0 || pixelRatio > 4) {
    throw new RangeError(`pixelRatio must be above 0 and at most 4, got ${pixelRatio}.`);
  }
  const svg = renderChartSvg(chart, svgOptions);
  const width = Math.round((svgOptions.width ?? DEFAULT_WIDTH) * pixelRatio);
  // renderAsync runs on libuv's thread pool, so a picture does not stall the event loop.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    background: colors.background,
    // Without a font resvg silently drops every <text>; Debian's fonts-dejavu-core provides this one.
    font: { loadSystemFonts: true, defaultFontFamily: DEFAULT_FONT, sansSerifFamily: DEFAULT_FONT },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  const png = image.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
