/**
 * The Block Kit pieces the renderers share, and Slack's size limits in one place. Slack refuses a
 * whole message or view that breaks any of them, so every builder here cuts to fit instead.
 */
import type { types } from '@slack/bolt';
import { escapeMrkdwn, truncate, truncateMrkdwn } from './mrkdwn.ts';

export type KnownBlock = types.KnownBlock;
export type Button = types.Button;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
export type PlainTextOption = types.PlainTextOption;
export type SectionBlock = types.SectionBlock;
export type ContextBlock = types.ContextBlock;
export type InputBlock = types.InputBlock;
export type PlainTextElement = types.PlainTextElement;

/** A message to post or update: `text` is the notification and screen-reader fallback. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  contextText: 3000,
  contextElements: 10,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  optionGroups: 100,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  viewTitle: 24,
  viewButton: 24,
  /** Slack truncates a message's top-level text past 40,000 and advises keeping it under 4,000. */
  fallbackText: 4000,
} as const;

export function plainText(text: string, max: number): PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}

/** A section of mrkdwn that is already escaped. */
export function mrkdwnSection(mrkdwn: string, blockId?: string): SectionBlock {
  return {
    type: 'section',
    ...(blockId !== undefined && { block_id: blockId }),
    text: { type: 'mrkdwn', text: truncateMrkdwn(mrkdwn, LIMITS.sectionText) },
  };
}

/** Small grey lines under a message (notices, "confirmed by…"); each entry is escaped mrkdwn. */
export function contextBlock(mrkdwn: readonly string[], blockId?: string): ContextBlock {
  return {
    type: 'context',
    ...(blockId !== undefined && { block_id: blockId }),
    elements: mrkdwn.slice(0, LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text: truncateMrkdwn(text, LIMITS.contextText) })),
  };
}

/**
 * Plain text (escaped here) as as many sections as it needs, split between lines where it can:
 * a long answer (a month's list of expenses) is not cut at 3,000 characters. At most `maxBlocks`.
 */
export function textSections(text: string, maxBlocks: number, blockIdPrefix: string): SectionBlock[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of escapeMrkdwn(text).split('\n')) {
    const joined = current === '' ? line : `${current}\n${line}`;
    if (joined.length <= LIMITS.sectionText) {
      current = joined;
      continue;
    }
    if (current !== '') chunks.push(current);
    current = line;
    // One line longer than a section: hard cuts, each ending where an entity does not.
    while (current.length > LIMITS.sectionText) {
      const piece = truncateMrkdwn(current, LIMITS.sectionText).slice(0, -1);
      chunks.push(piece);
      current = current.slice(piece.length);
    }
  }
  if (current !== '') chunks.push(current);
  const kept = chunks.slice(0, Math.max(maxBlocks, 0));
  const last = kept[kept.length - 1];
  if (kept.length < chunks.length && last !== undefined) {
    kept[kept.length - 1] = last.length < LIMITS.sectionText ? `${last}…` : truncateMrkdwn(last, LIMITS.sectionText - 1);
  }
  return kept.map((chunk, index) => mrkdwnSection(chunk, `${blockIdPrefix}${index}`));
}
