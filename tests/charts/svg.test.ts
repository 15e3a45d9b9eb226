import { describe, expect, it } from 'vitest';
import type { Chart } from '../../src/engine/chart.ts';
import { MAX_BARS, OTHER_LABEL } from '../../src/charts/bar-chart.ts';
import { moneyTicks } from '../../src/charts/axis.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, EMPTY_MESSAGE, renderChartSvg } from '../../src/charts/svg.ts';
import { dailyTrend, monthCompare, monthlyTrend, nobodyPaid, topCategories } from './sample-charts.ts';

function count(svg: string, pattern: RegExp): number {
  return svg.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}

/** The text content of every <text> element, unescaped the way an XML parser would. */
function texts(svg: string, className?: string): string[] {
  const pattern = className ? new RegExp(`<text[^>]*class="${className}"[^>]*>([^<]*)</text>`, 'g') : /<text[^>]*>([^<]*)<\/text>/g;
  return [...svg.matchAll(pattern)].map((match) =>
    (match[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

describe('renderChartSvg', () => {
  it('is one self-contained, accessible SVG element with the default mobile size', () => {
    const svg = renderChartSvg(topCategories);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain(`width="${DEFAULT_WIDTH}" height="${DEFAULT_HEIGHT}" viewBox="0 0 ${DEFAULT_WIDTH} ${DEFAULT_HEIGHT}"`);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Top categories, March 2026</title>');
    expect(svg).toMatch(/aria-label="Top categories, March 2026\. Bar chart: Rent ₹20,000\.00, Groceries ₹12,500\.00, /);
    expect(svg).toContain('font-family="&#39;DejaVu Sans&#39;, &#39;Liberation Sans&#39;, Arial');
    // Nothing a strict CSP or resvg would refuse or fetch.
    expect(svg).not.toMatch(/<style|style=|<script|<image|<foreignObject|href=|url\(|@import/i);
  });

  it('draws one bar per point, in the order given, with amounts from formatMoney', () => {
    const svg = renderChartSvg(topCategories);
    expect(count(svg, /class="bar"/)).toBe(topCategories.points.length);
    const shown = texts(svg);
    expect(shown[0]).toBe('Top categories, March 2026');
    expect(shown).toEqual(
      expect.arrayContaining(['Rent', '₹20,000.00', 'Groceries', '₹12,500.00', 'Eating out', '₹4,820.50', 'Kids & school', '₹990.00']),
    );
    expect(shown.indexOf('Rent')).toBeLessThan(shown.indexOf('Groceries'));
    expect(shown.indexOf('Groceries')).toBeLessThan(shown.indexOf('Health'));
    const widths = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"[^>]*class="bar"/g)].map((match) => Number(match[1]));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
  });

  it('formats amounts in the chart currency and the requested locale', () => {
    const rupees: Chart = { kind: 'bar', title: 'Groceries', currency: 'INR', points: [{ label: 'Asha', valueMinor: 125_000 }] };
    expect(texts(renderChartSvg(rupees))).toContain('₹1,250.00');
    expect(texts(renderChartSvg({ ...rupees, points: [{ label: 'Asha', valueMinor: 12_500_000 }] }, { locale: 'en-IN' }))).toContain('₹1,25,000.00');
    expect(texts(renderChartSvg(monthCompare))).toEqual(expect.arrayContaining(['¥48,200', '¥53,900']));
  });

  it('escapes labels and titles people typed', () => {
    const chart: Chart = {
      kind: 'bar',
      title: 'Tom & Jerry\'s <script>alert("x")</script>',
      currency: 'USD',
      points: [
        { label: '<b>Snacks</b> & "treats"', valueMinor: 1_000 },
        { label: "Bob's\u0000 \u0007bar\n\tand grill", valueMinor: 500 },
      ],
    };
    const svg = renderChartSvg(chart);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toMatch(/[\u0000-\u0008]/);
    expect(svg).toContain('&lt;b&gt;Snacks&lt;/b&gt; &amp; &quot;treats&quot;');
    expect(svg).toContain('<title>Tom &amp; Jerry&#39;s &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>');
    expect(texts(svg)).toEqual(expect.arrayContaining(['<b>Snacks</b> & "treats"', "Bob's bar and grill"]));
    // Every attribute value is closed where it should be: no quote inside a value survives unescaped.
    const ariaLabel = /aria-label="([^"]*)"/.exec(svg)?.[1] ?? '';
    expect(ariaLabel).toContain('&lt;b&gt;Snacks');
  });

  it(`folds more than ${MAX_BARS} bars into "${OTHER_LABEL}"`, () => {
    const points = Array.from({ length: 15 }, (_, index) => ({ label: `Category ${index + 1}`, valueMinor: (20 - index) * 100 }));
    const svg = renderChartSvg({ kind: 'bar', title: 'Many', currency: 'USD', points });
    expect(count(svg, /class="bar"/)).toBe(MAX_BARS);
    const shown = texts(svg);
    expect(shown).toContain('Category 11');
    expect(shown).not.toContain('Category 12');
    // 9 + 8 + 7 + 6 dollars: categories 12 to 15.
    expect(shown.at(-2)).toBe(OTHER_LABEL);
    expect(shown.at(-1)).toBe('$30.00');
  });

  it('shortens labels too long for the label column instead of running into the bars', () => {
    const label = 'A category name that somebody typed at great and unnecessary length';
    const svg = renderChartSvg({ kind: 'bar', title: 'Long', currency: 'EUR', points: [{ label, valueMinor: 100 }] });
    const shown = texts(svg).find((text) => text.startsWith('A category'));
    expect(shown?.endsWith('…')).toBe(true);
    expect(shown?.length).toBeLessThan(label.length);
    expect(svg).toContain(`aria-label="Long. Bar chart: ${label} €1.00."`);
  });

  it('draws a trend with 3–4 rounded money ticks, thinned date labels and the peak named', () => {
    const svg = renderChartSvg(dailyTrend);
    expect(texts(svg, 'tick')).toEqual(['₹0', '₹2,000', '₹4,000', '₹6,000']);
    const xLabels = texts(svg, 'x-label');
    expect(xLabels[0]).toBe('Mar 1');
    expect(xLabels.length).toBeGreaterThan(4);
    expect(xLabels.length).toBeLessThan(16);
    expect(count(svg, /class="peak"/)).toBe(1);
    expect(texts(svg)).toContain('₹4,777.44 · Mar 18');
    expect(count(svg, /class="area"/)).toBe(1);
    expect(count(svg, /class="line"/)).toBe(1);
    expect(svg).toContain('aria-label="Spending by day, March 2026. Line chart from Mar 1, 2026 to Mar 31, 2026, highest ₹4,777.44 on Mar 18."');
  });

  it('keeps x labels apart and inside the picture at phone and desktop widths', () => {
    const days = Array.from({ length: 62 }, (_, index) => ({
      label: new Date(Date.UTC(2025, 11, 1 + index)).toISOString().slice(0, 10),
      valueMinor: 1_000 + index * 250,
    }));
    for (const width of [320, 360, 640, 1024]) {
      const svg = renderChartSvg({ kind: 'line', title: 'Two months', currency: 'USD', points: days }, { width });
      const extents = [...svg.matchAll(/<text x="([\d.]+)" [^>]*text-anchor="(start|middle|end)"[^>]*class="x-label">([^<]*)<\/text>/g)].map((match) => {
        const x = Number(match[1]);
        const labelWidth = textWidth(match[3] ?? '', 12);
        const left = match[2] === 'start' ? x : match[2] === 'end' ? x - labelWidth : x - labelWidth / 2;
        return { left, right: left + labelWidth, text: match[3] };
      });
      expect(extents.length).toBeGreaterThanOrEqual(3);
      expect(extents[0]?.text).toBe('Dec 1');
      extents.forEach((extent, index) => {
        expect(extent.left).toBeGreaterThanOrEqual(0);
        expect(extent.right).toBeLessThanOrEqual(width);
        if (index > 0) expect(extent.left).toBeGreaterThan(extents[index - 1]?.right ?? Infinity);
      });
    }
  });

  it('names months on a monthly trend, with the year when it spans two', () => {
    const svg = renderChartSvg(monthlyTrend, { locale: 'en-GB' });
    expect(texts(svg, 'x-label')).toEqual(['Oct 2025', 'Nov', 'Dec', 'Jan 2026', 'Feb', 'Mar']);
    expect(texts(svg, 'tick')).toEqual(['US$0', 'US$1,000', 'US$2,000', 'US$3,000']);
    expect(texts(svg)).toContain('US$2,640.99 · Dec 2025');
  });

  it('rounds ticks for small, large and zero-decimal amounts', () => {
    expect(moneyTicks(4_777_44, 'INR')).toEqual([0, 200_000, 400_000, 600_000]);
    expect(moneyTicks(100_000, 'USD')).toEqual([0, 25_000, 50_000, 75_000, 100_000]);
    expect(moneyTicks(53_900, 'JPY')).toEqual([0, 20_000, 40_000, 60_000]);
    expect(moneyTicks(7, 'USD')).toEqual([0, 2, 4, 6, 8]);
    expect(moneyTicks(1, 'JPY')).toEqual([0, 1]);
    for (const max of [1, 99, 101, 1_234, 9_999, 10_001, 123_456_789]) {
      const ticks = moneyTicks(max, 'EUR');
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(4);
    }
  });

  it('puts two periods side by side with amounts on top and the change underneath the title', () => {
    const svg = renderChartSvg(monthCompare);
    expect(count(svg, /class="column"/)).toBe(2);
    const shown = texts(svg);
    expect(shown).toEqual(['Spending, February 2026 vs March 2026', 'Up 12% on February 2026', '¥48,200', 'February 2026', '¥53,900', 'March 2026']);
    expect(svg).toContain('aria-label="Spending, February 2026 vs March 2026. Column chart: February 2026 ¥48,200, March 2026 ¥53,900. Up 12% on February 2026."');
  });

  it('shows a friendly panel for an empty or all-zero chart', () => {
    for (const chart of [nobodyPaid, { ...dailyTrend, points: dailyTrend.points.map((point) => ({ ...point, valueMinor: 0 })) }, { ...monthCompare, points: [] }]) {
      const svg = renderChartSvg(chart);
      expect(texts(svg)).toContain(EMPTY_MESSAGE);
      expect(svg).toContain(`${EMPTY_MESSAGE}."`);
      expect(svg).not.toMatch(/class="(bar|column|peak|tick)"/);
    }
  });

  it('can leave the title out of the picture while keeping it for screen readers', () => {
    const svg = renderChartSvg(topCategories, { title: false, width: 360, height: 480 });
    expect(texts(svg)).not.toContain('Top categories, March 2026');
    expect(svg).toContain('<title>Top categories, March 2026</title>');
    expect(svg).toContain('width="360" height="480"');
  });

  it('refuses a size nobody could read', () => {
    expect(() => renderChartSvg(topCategories, { width: 0 })).toThrow(RangeError);
    expect(() => renderChartSvg(topCategories, { height: Number.NaN })).toThrow(RangeError);
  });
});
