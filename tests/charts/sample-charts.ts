/** Charts shaped like the ones the intents produce (see intents/charts.ts and the bar/compare intents). */
import type { Chart } from '../../src/engine/chart.ts';

export const topCategories: Chart = {
  kind: 'bar',
  title: 'Top categories, March 2026',
  currency: 'INR',
  points: [
    { label: 'Rent', valueMinor: 2_000_000 },
    { label: 'Groceries', valueMinor: 1_250_000 },
    { label: 'Eating out', valueMinor: 482_050 },
    { label: 'Utilities', valueMinor: 310_000 },
    { label: 'Transport', valueMinor: 125_000 },
    { label: 'Kids & school', valueMinor: 99_000 },
    { label: 'Health', valueMinor: 45_500 },
  ],
};

/** A deterministic month of daily spending with a clear peak on the 18th. */
export const dailyTrend: Chart = {
  kind: 'line',
  title: 'Spending by day, March 2026',
  currency: 'INR',
  points: Array.from({ length: 31 }, (_, index) => ({
    label: `2026-03-${String(index + 1).padStart(2, '0')}`,
    valueMinor: index === 17 ? 477_744 : index % 7 === 6 ? 0 : 60_000 + ((index * 37_919) % 140_000),
  })),
};

export const monthlyTrend: Chart = {
  kind: 'line',
  title: 'Spending by month, Oct 2025 – Mar 2026',
  currency: 'USD',
  points: [
    { label: '2025-10', valueMinor: 182_040 },
    { label: '2025-11', valueMinor: 201_510 },
    { label: '2025-12', valueMinor: 264_099 },
    { label: '2026-01', valueMinor: 150_000 },
    { label: '2026-02', valueMinor: 171_275 },
    { label: '2026-03', valueMinor: 190_320 },
  ],
};

export const monthCompare: Chart = {
  kind: 'compare',
  title: 'Spending, February 2026 vs March 2026',
  currency: 'JPY',
  points: [
    { label: 'February 2026', valueMinor: 48_200 },
    { label: 'March 2026', valueMinor: 53_900 },
  ],
};

export const nobodyPaid: Chart = { kind: 'bar', title: 'Who paid, April 2026', currency: 'USD', points: [] };
