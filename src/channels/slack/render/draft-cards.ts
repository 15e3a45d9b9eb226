/**
 * Draft cards as Block Kit: a section per card, its buttons under it, and "Confirm all" when
 * several drafts wait. Buttons carry the expense id; what they do is the engine's business.
 */
import { cardPrompts, displayName, type DraftAction, type DraftCard } from '../../../engine/reply.ts';
import { ACTION } from '../action-ids.ts';
import { LIMITS, contextBlock, mrkdwnSection, plainText, type Button, type KnownBlock } from './blocks.ts';
import { bold, escapeMrkdwn, italic, truncate } from './mrkdwn.ts';

export interface DraftCardOptions {
  /**
   * The drafts "Confirm all" covers (a reply's `confirmAll.expenseIds`). Absent: every waiting
   * draft of these cards. Empty: no such button (the Home tab is no message to confirm all of).
   */
  readonly confirmAll?: readonly string[];
  /** The blocks the cards may take, "and N more" included; a whole message's 50 by default. */
  readonly maxBlocks?: number;
}

const BUTTONS: Record<DraftAction, { text: string; actionId: string; style?: Button['style'] }> = {
  confirm: { text: 'Confirm', actionId: ACTION.confirm, style: 'primary' },
  edit: { text: 'Edit', actionId: ACTION.edit },
  discard: { text: 'Discard', actionId: ACTION.discard, style: 'danger' },
};
const BUTTON_ORDER: readonly DraftAction[] = ['confirm', 'edit', 'discard'];
const STATE_LINE: Partial<Record<DraftCard['status'], string>> = { confirmed: '✅ Confirmed', discarded: '🗑️ Discarded' };

// Generous for people, small enough that a card never nears a section's 3,000 characters.
const MAX_DESCRIPTION = 300;
const MAX_NAME = 100;

export function draftCardBlocks(cards: readonly DraftCard[], options: DraftCardOptions = {}): KnownBlock[] {
  const maxBlocks = options.maxBlocks ?? LIMITS.messageBlocks;
  // Block ids must be unique within a message: a card repeated would make Slack refuse it.
  const unique = cards.filter((card, index) => cards.findIndex((other) => other.expenseId === card.expenseId) === index);
  const waiting = unique.filter((card) => card.status === 'draft' && card.actions.includes('confirm'));
  const covered = options.confirmAll ? waiting.filter((card) => options.confirmAll?.includes(card.expenseId)) : waiting;
  const confirmAll = covered.length > 1 ? [confirmAllBlock(covered)] : [];

  const perCard = unique.map(cardBlocks);
  const budget = maxBlocks - confirmAll.length;
  if (perCard.flat().length <= budget) return [...perCard.flat(), ...confirmAll];
  if (maxBlocks < 1) return [];

  // Not all fit: as many cards as leave room for the line saying how many more there are.
  const shown: KnownBlock[] = [];
  let count = 0;
  for (const blocks of perCard) {
    if (shown.length + blocks.length > budget - 1) break;
    shown.push(...blocks);
    count += 1;
  }
  const more = moreBlock(unique.slice(count));
  return budget >= 1 ? [...shown, more, ...confirmAll] : [more];
}

function cardBlocks(card: DraftCard): KnownBlock[] {
  const section = mrkdwnSection(cardText(card), `card:${card.expenseId}`);
  const buttons = BUTTON_ORDER.filter((action) => card.actions.includes(action)).map((action) => button(card, action));
  const answers = card.status === 'draft' ? answerButtons(card) : [];
  return [
    section,
    ...(answers.length > 0 ? [{ type: 'actions', block_id: `questions:${card.expenseId}`, elements: answers } satisfies KnownBlock] : []),
    ...(buttons.length > 0 ? [{ type: 'actions', block_id: `actions:${card.expenseId}`, elements: buttons } satisfies KnownBlock] : []),
  ];
}

// An actions block holds at most 25 elements; a couple's card needs a handful.
const MAX_ANSWERS = 25;

/**
 * A card's questions as buttons: the likely categories and "Other…" (the edit modal), then one
 * button per member for "who paid?". Action ids differ by place, as one block requires.
 */
function answerButtons(card: DraftCard): Button[] {
  const categories = (card.categoryQuestion?.choices ?? []).map(
    (choice, index): Button => ({
      type: 'button',
      action_id: `${ACTION.chooseCategory}.${index}`,
      text: plainText(choice.label, LIMITS.buttonText),
      value: `${card.expenseId}:${choice.slug}`,
    }),
  );
  const other: Button[] = card.categoryQuestion
    ? [{ type: 'button', action_id: ACTION.edit, text: plainText('Other…', LIMITS.buttonText), value: card.expenseId }]
    : [];
  const payers = (card.payerQuestion?.members ?? []).map(
    (member, index): Button => ({
      type: 'button',
      action_id: `${ACTION.choosePayer}.${index}`,
      text: plainText(`${member.name} paid`, LIMITS.buttonText),
      value: `${card.expenseId}:${member.id}`,
    }),
  );
  return [...categories, ...other, ...payers].slice(0, MAX_ANSWERS);
}

/** "*₹180.00* · Coffee · _coffee_", then "Sat 21 Nov · paid by Priya · split equally", then its state once settled. */
export function cardText(card: DraftCard): string {
  const category = escapeMrkdwn(truncate(card.category.label, MAX_NAME)) + (card.categoryQuestion ? '?' : '');
  const payer = card.payerQuestion ? `${displayName(card.payerQuestion.name)}?` : card.paidBy.name;
  const head = [bold(card.amount), category, italic(truncate(card.description, MAX_DESCRIPTION))];
  const details = [friendlyDate(card.date), `paid by ${escapeMrkdwn(truncate(payer, MAX_NAME))}`, card.split ? escapeMrkdwn(truncate(card.split, MAX_DESCRIPTION)) : ''];
  const lines = [head.filter(Boolean).join(' · '), details.filter(Boolean).join(' · ')];
  const state = STATE_LINE[card.status];
  if (state) lines.push(state);
  // The question stays on the card through every redraw, beside its buttons.
  for (const prompt of cardPrompts(card)) lines.push(`❓ ${italic(truncate(prompt, MAX_DESCRIPTION))}`);
  return lines.join('\n');
}

function button(card: DraftCard, action: DraftAction): Button {
  const { text, actionId, style } = BUTTONS[action];
  return {
    type: 'button',
    action_id: actionId,
    text: plainText(text, LIMITS.buttonText),
    value: card.expenseId,
    ...(style && { style }),
    // Several cards each have a "Confirm": a screen reader should say which one.
    accessibility_label: truncate(`${text} ${card.amount} ${card.category.label} ${card.description}`.trim(), LIMITS.buttonText),
  };
}

/** One id is enough: the engine confirms every waiting draft of the message it belongs to. */
function confirmAllBlock(covered: readonly DraftCard[]): KnownBlock {
  return {
    type: 'actions',
    block_id: 'confirm_all',
    elements: [
      {
        type: 'button',
        action_id: ACTION.confirmAll,
        text: plainText(`Confirm all (${covered.length})`, LIMITS.buttonText),
        value: covered[0]?.expenseId ?? '',
        style: 'primary',
      },
    ],
  };
}

function moreBlock(hidden: readonly DraftCard[]): KnownBlock {
  const drafts = hidden.every((card) => card.status === 'draft');
  const noun = drafts ? (hidden.length === 1 ? 'draft' : 'drafts') : hidden.length === 1 ? 'expense' : 'expenses';
  return contextBlock([`…and ${hidden.length} more ${noun} not shown here.`], 'cards_more');
}

/** "2026-11-21" → "Sat 21 Nov"; anything else is shown as it came. */
export function friendlyDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return escapeMrkdwn(date);
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(at.getTime())) return escapeMrkdwn(date);
  const weekday = at.toLocaleDateString('en', { weekday: 'short', timeZone: 'UTC' });
  const month = at.toLocaleDateString('en', { month: 'short', timeZone: 'UTC' });
  return `${weekday} ${at.getUTCDate()} ${month}`;
}
