/**
 * A Reply as one Slack message: its words, its draft cards with their buttons, a chart as text
 * bars, and notices in small print. Always within Slack's 50 blocks.
 */
import { textChartLines } from '../../../charts/text-bars.ts';
import type { Chart } from '../../../engine/chart.ts';
import { cardLine, type DraftCard, type Reply } from '../../../engine/reply.ts';
import { LIMITS, contextBlock, mrkdwnSection, textSections, type KnownBlock, type SlackMessage } from './blocks.ts';
import { draftCardBlocks } from './draft-cards.ts';
import { bold, codeBlock, escapeMrkdwn, italic, truncate, truncateMrkdwn } from './mrkdwn.ts';

// A reply's words get a few sections at most, so cards keep most of the message.
const MAX_TEXT_SECTIONS = 5;
const CHART_LABEL = 24;
/** Slack user ids, the only thing put into a mention unescaped. */
const USER_ID = /^[UW][A-Z0-9]+$/;

/**
 * `note`: small print under the reply (escaped); `saidBy`: the Slack user whose words the note
 * quotes, shown as a mention before it ("@Priya: coffee 180") in a channel everyone reads.
 */
export function replyMessage(reply: Reply, options: { note?: string; saidBy?: string } = {}): SlackMessage {
  const head = reply.text.trim() ? textSections(reply.text, MAX_TEXT_SECTIONS, 'reply_text_') : [];
  const chart = reply.chart ? chartBlock(reply.chart) : undefined;
  const speaker = options.saidBy && USER_ID.test(options.saidBy) ? `<@${options.saidBy}>: ` : '';
  const footer = notesBlock([reply.notice ? italic(reply.notice) : '', options.note ? `${speaker}${escapeMrkdwn(options.note)}` : '']);
  const tail = [chart, footer].filter((block) => block !== undefined);
  const cards = draftCardBlocks(reply.drafts, {
    ...(reply.confirmAll && { confirmAll: reply.confirmAll.expenseIds }),
    maxBlocks: LIMITS.messageBlocks - head.length - tail.length,
  });
  const text = [reply.text, ...reply.drafts.map(cardLine), reply.chart?.title ?? '', reply.notice ?? '', options.note ?? ''];
  return { text: fallbackText(text), blocks: [...head, ...cards, ...tail] };
}

/**
 * A card message redrawn in place after a button press: the cards as they are now, what happened,
 * and who did it (a Slack user id, shown as a mention; escaped like the note, it would read "<@U…>").
 */
export function cardsMessage(cards: readonly DraftCard[], note?: string, by?: string): SlackMessage {
  const mention = by && USER_ID.test(by) ? ` (<@${by}>)` : '';
  const footer = notesBlock([note ? `${escapeMrkdwn(note)}${mention}` : '']);
  const blocks = draftCardBlocks(cards, { maxBlocks: LIMITS.messageBlocks - (footer ? 1 : 0) });
  return { text: fallbackText([...cards.map(cardLine), note ?? '']), blocks: footer ? [...blocks, footer] : blocks };
}

/** A short answer only its asker sees ("Only admins can…"). */
export function ephemeralText(text: string): SlackMessage {
  return { text: fallbackText([text]), blocks: text.trim() ? textSections(text, MAX_TEXT_SECTIONS, 'text_') : [] };
}

/** The chart's title, then its bars in a code block; lines are dropped from the end until it fits. */
export function chartBlock(chart: Chart): KnownBlock | undefined {
  const lines = textChartLines(chart, { maxLabel: CHART_LABEL });
  if (lines.length === 0) return undefined;
  const title = chart.title ? `${bold(truncate(chart.title, 200))}\n` : '';
  let shown = lines;
  while (shown.length > 1 && (title + codeBlock(shown)).length > LIMITS.sectionText) shown = shown.slice(0, -1);
  return mrkdwnSection(title + codeBlock(shown), 'chart');
}

function notesBlock(notes: readonly string[]): KnownBlock | undefined {
  const present = notes.filter(Boolean);
  return present.length > 0 ? contextBlock(present, 'notes') : undefined;
}

/** The top-level `text` Slack shows in notifications; Slack reads it as mrkdwn too, so it is escaped. */
function fallbackText(parts: readonly string[]): string {
  return truncateMrkdwn(escapeMrkdwn(parts.filter((part) => part.trim()).join('\n')), LIMITS.fallbackText);
}
