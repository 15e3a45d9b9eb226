/**
 * A Reply as Telegram messages: HTML text (escaped: descriptions are what people typed) and
 * inline keyboards whose buttons carry signed callback data. All drafts from one message share
 * one chat message, redrawn in place after every action.
 */
import { InlineKeyboard } from 'grammy';
import { addDays } from '../../domain/dates.ts';
import { cardPrompts, displayName, type DraftCard, type Reply } from '../../engine/reply.ts';
import type { CallbackCodec } from './callback-data.ts';

export interface TelegramMessage {
  readonly text: string;
  readonly keyboard?: InlineKeyboard;
}

const STATUS_MARK = { draft: '📝', confirmed: '✅', discarded: '🗑' } as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The text part of a reply: its words, then the cards (if any), then a notice. */
export function replyText(reply: Reply, cards: readonly DraftCard[] = reply.drafts): string {
  const parts = [reply.text ? escapeHtml(reply.text) : undefined, cards.length > 0 ? cardsText(cards) : undefined];
  if (reply.notice) parts.push(`<i>${escapeHtml(reply.notice)}</i>`);
  return parts.filter(Boolean).join('\n\n');
}

export function cardsText(cards: readonly DraftCard[]): string {
  return cards.map((card, index) => cardText(card, cards.length > 1 ? index + 1 : undefined)).join('\n\n');
}

function cardText(card: DraftCard, number: number | undefined): string {
  const category = card.categoryQuestion ? `${card.category.label}?` : card.category.label;
  const head = `${STATUS_MARK[card.status]} ${number !== undefined ? `${number}. ` : ''}<b>${escapeHtml(card.amount)}</b> · ${escapeHtml(category)}`;
  const details = [card.description ? escapeHtml(card.description) : undefined, friendlyDate(card.date)].filter(Boolean).join(' · ');
  const payer = card.payerQuestion ? `paid by ${escapeHtml(displayName(card.payerQuestion.name))}?` : `paid by ${escapeHtml(card.paidBy.name)}`;
  const who = [payer, card.split ? escapeHtml(card.split) : undefined].filter(Boolean).join(' · ');
  // The question stays on the card through every redraw, beside its buttons.
  const asked = cardPrompts(card).map((question) => `❓ <i>${escapeHtml(question)}</i>`);
  return [head, details, who, ...asked].join('\n');
}

/** Buttons for the drafts still waiting: one row each, and "Confirm all" when several wait. */
export function draftKeyboard(cards: readonly DraftCard[], codec: CallbackCodec): InlineKeyboard | undefined {
  const pending = cards.map((card, index) => ({ card, number: index + 1 })).filter(({ card }) => card.status === 'draft');
  if (pending.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  const numbered = cards.length > 1;
  for (const { card, number } of pending) {
    const suffix = numbered ? ` ${number}` : '';
    questionRows(keyboard, card, numbered ? `${number}: ` : '', codec);
    keyboard
      .text(`✅ Confirm${suffix}`, codec.encode({ kind: 'confirm', expenseId: card.expenseId }))
      .text(`✏️ Edit${suffix}`, codec.encode({ kind: 'edit', expenseId: card.expenseId }))
      .text(`🗑 Discard${suffix}`, codec.encode({ kind: 'discard', expenseId: card.expenseId }))
      .row();
  }
  // Confirm all carries one draft's id; the engine confirms every waiting draft of that message.
  if (pending.length > 1) keyboard.text('✅ Confirm all', codec.encode({ kind: 'confirm-all', expenseId: pending[0]!.card.expenseId }));
  return keyboard;
}

/**
 * A card's questions as buttons above its own: the likely categories and "Other…" (the category
 * picker), then one button per member for "who paid?". Several cards number theirs.
 */
function questionRows(keyboard: InlineKeyboard, card: DraftCard, prefix: string, codec: CallbackCodec): void {
  if (card.categoryQuestion) {
    const choices = card.categoryQuestion.choices.flatMap((choice) => {
      const data = safeEncode(codec, { kind: 'choose-category', expenseId: card.expenseId, slug: choice.slug });
      return data ? [{ label: `${prefix}${choice.label}`, data }] : [];
    });
    choices.forEach((choice, index) => {
      keyboard.text(choice.label, choice.data);
      if (index % 3 === 2) keyboard.row();
    });
    keyboard.text(`${prefix}Other…`, codec.encode({ kind: 'edit', expenseId: card.expenseId })).row();
  }
  if (card.payerQuestion) {
    for (const member of card.payerQuestion.members) {
      keyboard.text(`${prefix}${member.name} paid`, codec.encode({ kind: 'choose-payer', expenseId: card.expenseId, memberId: member.id }));
    }
    keyboard.row();
  }
}

/** The edit menu for one draft: categories, dates, and the hint to reply with a new amount. */
export function editKeyboard(
  card: DraftCard,
  categories: readonly { slug: string; label: string }[],
  today: string,
  codec: CallbackCodec,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  categories.forEach((category, index) => {
    const data = safeEncode(codec, { kind: 'category', expenseId: card.expenseId, slug: category.slug });
    if (!data) return;
    keyboard.text(category.slug === card.category.slug ? `• ${category.label}` : category.label, data);
    if (index % 3 === 2) keyboard.row();
  });
  keyboard.row();
  keyboard
    .text('Today', codec.encode({ kind: 'date', expenseId: card.expenseId, date: today }))
    .text('Yesterday', codec.encode({ kind: 'date', expenseId: card.expenseId, date: addDays(today, -1) }))
    .text('Pick a date…', codec.encode({ kind: 'pick-date', expenseId: card.expenseId }))
    .row()
    .text('↩ Back', codec.encode({ kind: 'back', expenseId: card.expenseId }));
  return keyboard;
}

/** The last two weeks, a week per row, for "Pick a date…". */
export function datePickerKeyboard(card: DraftCard, today: string, codec: CallbackCodec): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (let back = 13; back >= 0; back -= 1) {
    const date = addDays(today, -back);
    keyboard.text(shortDate(date), codec.encode({ kind: 'date', expenseId: card.expenseId, date }));
    if (back % 7 === 0) keyboard.row();
  }
  return keyboard.text('↩ Back', codec.encode({ kind: 'edit', expenseId: card.expenseId }));
}

export const EDIT_HINT = 'Pick a category or date below, or reply to this message with a new amount or any change ("450", "split with priya").';

function safeEncode(codec: CallbackCodec, action: Parameters<CallbackCodec['encode']>[0]): string | undefined {
  try {
    return codec.encode(action);
  } catch {
    return undefined; // A custom category slug too long for Telegram's 64 bytes is left out of the picker.
  }
}

/** "Fri 13": the weekday first, as people say it. */
function shortDate(date: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  return `${at.toLocaleDateString('en', { weekday: 'short', timeZone: 'UTC' })} ${at.getUTCDate()}`;
}

function friendlyDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}
