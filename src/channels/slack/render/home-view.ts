/**
 * Kitty's App Home tab: this month against last, where the money went, and the drafts waiting
 * with their buttons. A view holds at most 100 blocks, so the drafts are capped to fit.
 */
import { textBars } from '../../../charts/text-bars.ts';
import { formatMoney } from '../../../domain/money.ts';
import type { MonthComparison } from '../../../domain/month-comparison.ts';
import { comparisonWording } from '../../../domain/month-comparison-wording.ts';
import type { DraftCard } from '../../../engine/reply.ts';
import { ACTION } from '../action-ids.ts';
import { LIMITS, contextBlock, mrkdwnSection, plainText, type HomeView, type KnownBlock } from './blocks.ts';
import { draftCardBlocks } from './draft-cards.ts';
import { bold, codeBlock, escapeMrkdwn } from './mrkdwn.ts';

export interface CurrencyTotal {
  readonly currency: string;
  readonly totalMinor: number;
  readonly count: number;
}

export interface CategoryTotal {
  readonly label: string;
  readonly currency: string;
  readonly totalMinor: number;
}

export interface HomeViewInput {
  readonly householdName: string;
  /** "March 2026". */
  readonly monthLabel: string;
  /** The whole month, expenses dated ahead included. */
  readonly totals: readonly CurrencyTotal[];
  /**
   * Like for like, as the web month page compares: while the month runs, its days so far against
   * the same days of the month before (monthDashboard's `comparison`).
   */
  readonly comparison: MonthComparison & {
    readonly laterTotals: readonly CurrencyTotal[];
    readonly earlierTotals: readonly CurrencyTotal[];
  };
  readonly byCategory: readonly CategoryTotal[];
  readonly drafts: readonly DraftCard[];
  readonly dashboardUrl?: string;
}

const TOP_CATEGORIES = 8;
/** A household spending in more currencies than this sees the rest on the dashboard. */
const MAX_CATEGORY_CHARTS = 3;
const CHART_LABEL = 24;

export function homeView(input: HomeViewInput): HomeView {
  const blocks: KnownBlock[] = [{ type: 'header', text: plainText(`${input.householdName} · ${input.monthLabel}`, LIMITS.headerText) }];
  const dashboard = input.dashboardUrl ? [dashboardBlock(input.dashboardUrl)] : [];

  if (input.totals.length === 0 && input.comparison.earlierTotals.length === 0 && input.drafts.length === 0) {
    blocks.push(
      mrkdwnSection(
        `Nothing logged in ${escapeMrkdwn(input.monthLabel)} yet. Tell me what you spent with \`/kitty coffee 180\`, ` +
          'mention me in the household channel, or send me a direct message. New drafts show up here to confirm.',
        'empty',
      ),
    );
    return { type: 'home', blocks: [...blocks, ...dashboard] };
  }

  const currencies = currencyOrder(input);
  blocks.push(mrkdwnSection(totalsText(input, currencies), 'totals'));
  blocks.push(...categoryCharts(input.byCategory, currencies));
  blocks.push({ type: 'divider' });

  const waiting = input.drafts.length;
  blocks.push(mrkdwnSection(waiting > 0 ? `${bold('Drafts waiting')} (${waiting})` : `${bold('Drafts waiting')}\nNone: everything is confirmed.`, 'drafts'));
  // The Home tab is no message: "Confirm all" there could not say which drafts it means.
  blocks.push(...draftCardBlocks(input.drafts, { confirmAll: [], maxBlocks: LIMITS.viewBlocks - blocks.length - dashboard.length }));
  return { type: 'home', blocks: [...blocks, ...dashboard] };
}

/** Where a Slack account is not yet anyone in a household. */
export function strangerHomeView(): HomeView {
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: plainText('Kitty keeps your household’s spending', LIMITS.headerText) },
      mrkdwnSection(
        'You are not in a household yet. To begin:\n' +
          '• `/kitty start` makes a new household with you in it.\n' +
          '• `/kitty link CODE` joins one with an invite code from someone in it, or attaches this Slack ' +
          'account to you if you already use Kitty elsewhere (get the code with /link in Telegram).',
        'start',
      ),
      contextBlock(['Then tell me what you spent, like `/kitty coffee 180`, and ask me anything about it.']),
    ],
  };
}

/** Largest first: by how many expenses each currency has this month, then in the stretch compared with. */
function currencyOrder(input: HomeViewInput): string[] {
  const order = [...input.totals].sort((a, b) => b.count - a.count).map((total) => total.currency);
  for (const total of [...input.comparison.earlierTotals].sort((a, b) => b.count - a.count)) order.push(total.currency);
  for (const category of input.byCategory) order.push(category.currency);
  return [...new Set(order)];
}

/**
 * A line per currency: the month's total, then the comparison in the web month page's words
 * ("₹4,200.00 in 1–4 Dec against ₹3,900.00 in the same days of November 2026 (1–4 Nov), so
 * *₹300.00 more (+7.7%)*.").
 */
function totalsText(input: HomeViewInput, currencies: readonly string[]): string {
  const { comparison } = input;
  const amountIn = (rows: readonly CurrencyTotal[], currency: string) => rows.find((row) => row.currency === currency)?.totalMinor ?? 0;
  const lines = currencies
    .filter((currency) => [input.totals, comparison.laterTotals, comparison.earlierTotals].some((rows) => rows.some((total) => total.currency === currency)))
    .map((currency) => {
      const now = input.totals.find((total) => total.currency === currency);
      const spent = now
        ? `${bold(formatMoney(now.totalMinor, currency))} this month, ${now.count} ${now.count === 1 ? 'expense' : 'expenses'}`
        : `${bold(formatMoney(0, currency))} this month`;
      const wording = comparisonWording(comparison, { now: amountIn(comparison.laterTotals, currency), before: amountIn(comparison.earlierTotals, currency), currency });
      return `${spent} · ${escapeMrkdwn(wording.lead)}${wording.change ? bold(wording.change.text) : ''}${wording.end}`;
    });
  return lines.length > 0 ? lines.join('\n') : 'Nothing confirmed this month yet.';
}

/** The top categories per currency as text bars, the household's main currency first. */
function categoryCharts(byCategory: readonly CategoryTotal[], currencies: readonly string[]): KnownBlock[] {
  const charted = currencies.filter((currency) => byCategory.some((category) => category.currency === currency && category.totalMinor > 0));
  return charted.slice(0, MAX_CATEGORY_CHARTS).map((currency) => {
    const points = byCategory
      .filter((category) => category.currency === currency && category.totalMinor > 0)
      .sort((a, b) => b.totalMinor - a.totalMinor)
      .slice(0, TOP_CATEGORIES)
      .map((category) => ({ label: category.label, valueMinor: category.totalMinor }));
    const title = charted.length > 1 ? `By category · ${currency}` : 'By category';
    return mrkdwnSection(`${bold(title)}\n${codeBlock(textBars(points, currency, { maxLabel: CHART_LABEL }))}`, `categories_${currency}`);
  });
}

function dashboardBlock(url: string): KnownBlock {
  return {
    type: 'actions',
    block_id: 'dashboard',
    elements: [{ type: 'button', action_id: ACTION.openDashboard, text: plainText('Open the dashboard', LIMITS.buttonText), url }],
  };
}
