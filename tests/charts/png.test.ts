import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../../src/charts/png.ts';
import { countDark, decodePng, PNG_SIGNATURE, pngSize } from './png-pixels.ts';
import { dailyTrend, monthCompare, monthlyTrend, nobodyPaid, topCategories } from './sample-charts.ts';

/** Pictures for a person to look at; tests/artifacts/ is git-ignored. */
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'charts');

describe('renderChartPng', () => {
  it('renders a PNG at the requested width with a white background', async () => {
    const png = await renderChartPng(topCategories, { width: 480, height: 300 });
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 480, height: 300 });
    const image = decodePng(png);
    expect([...image.pixels.subarray(0, 3)]).toEqual([255, 255, 255]);
  });

  it('scales by pixelRatio for sharper chat photos', async () => {
    expect(pngSize(await renderChartPng(monthCompare, { pixelRatio: 2 }))).toEqual({ width: 1280, height: 800 });
  });

  it('draws bars and text, not a blank picture', async () => {
    const bars = await renderChartPng(topCategories);
    const empty = await renderChartPng(nobodyPaid);
    expect(bars.length).toBeGreaterThan(empty.length * 1.5);
    const image = decodePng(bars);
    // Seven bars at up to 28 px thick cover tens of thousands of pixels in the bar colour.
    expect(countDark(image, 200)).toBeGreaterThan(10_000);
  });

  it('draws text, which needs a system font (Debian: fonts-dejavu-core)', async () => {
    // Only the title lives in the top 50 rows, so without a font those rows stay white.
    const titled = decodePng(await renderChartPng(monthCompare));
    const untitled = decodePng(await renderChartPng(monthCompare, { title: false }));
    expect(countDark(untitled, 100, [0, 20])).toBe(0);
    expect(countDark(titled, 100, [0, 50])).toBeGreaterThan(300);
  });

  it('renders labels with markup characters and control characters without breaking the SVG', async () => {
    const chart = { ...topCategories, points: [{ label: '<&>"\'\u0000\u001b\ud800 odd', valueMinor: 100 }] };
    expect(pngSize(await renderChartPng(chart))).toEqual({ width: 640, height: 400 });
  });

  it('saves one picture of each kind to tests/artifacts/charts for a person to look at', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const pictures = { 'bar.png': topCategories, 'line-daily.png': dailyTrend, 'line-monthly.png': monthlyTrend, 'compare.png': monthCompare, 'empty.png': nobodyPaid };
    for (const [name, chart] of Object.entries(pictures)) {
      const png = await renderChartPng(chart);
      writeFileSync(join(ARTIFACTS, name), png);
      expect(pngSize(png).width).toBe(640);
    }
  });
});
