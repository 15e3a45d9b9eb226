/**
 * Inline buttons on draft cards. Each press acts in the presser's own household (a card from
 * another household finds nothing), then the card is redrawn in place: no new message per tap.
 */
import { Composer } from 'grammy';
import { todayIn } from '../../../domain/dates.ts';
import { isKittyError } from '../../../domain/errors.ts';
import type { HouseholdScope } from '../../../db/scope.ts';
import type { ButtonAction } from '../callback-data.ts';
import type { KittyContext, TelegramDeps } from '../context.ts';
import { cardsText, datePickerKeyboard, draftKeyboard, EDIT_HINT, editKeyboard } from '../render.ts';
import { editInPlace } from '../send.ts';

type CardAction = Exclude<ButtonAction, { kind: 'currency' | 'time-zone' }>;

export function buttons(deps: TelegramDeps): Composer<KittyContext> {
  const composer = new Composer<KittyContext>();
  const { engine, codec } = deps;

  composer.on('callback_query:data', async (ctx) => {
    const action = codec.decode(ctx.callbackQuery.data);
    if (!action || action.kind === 'currency' || action.kind === 'time-zone') {
      return ctx.answerCallbackQuery({ text: 'This button no longer works. Send the expense again.', show_alert: true });
    }
    const member = ctx.kitty.member;
    if (!member) {
      return ctx.answerCallbackQuery({ text: 'Only members of this household can use these buttons. Send me /start to set up your own.', show_alert: true });
    }
    try {
      const note = await act(member, action, ctx);
      if (note !== undefined) await ctx.answerCallbackQuery({ text: note });
    } catch (error) {
      if (!isKittyError(error)) throw error;
      const text = error.code === 'not_found' ? 'That card is not from your household.' : error.message;
      await ctx.answerCallbackQuery({ text, show_alert: true });
    } finally {
      if (ctx.kitty.inboundId) await engine.settle(member, ctx.kitty.inboundId, { state: 'processed' });
    }
  });

  /** Does what the button says; returns the toast to show, or undefined when it answered itself. */
  async function act(member: HouseholdScope, action: CardAction, ctx: KittyContext): Promise<string | undefined> {
    switch (action.kind) {
      case 'confirm':
        return redraw(ctx, member, action.expenseId, (await engine.confirm(member, action.expenseId)).text);
      case 'discard':
        return redraw(ctx, member, action.expenseId, (await engine.discard(member, action.expenseId)).text);
      case 'confirm-all': {
        const cards = await engine.cardsFromSameMessage(member, action.expenseId);
        const waiting = cards.filter((card) => card.status === 'draft').map((card) => card.expenseId);
        return redraw(ctx, member, action.expenseId, (await engine.confirmAll(member, waiting)).text);
      }
      case 'category':
        await engine.edit(member, action.expenseId, { category: action.slug });
        return redraw(ctx, member, action.expenseId, 'Category changed.');
      case 'choose-category':
        return redraw(ctx, member, action.expenseId, (await engine.chooseCategory(member, action.expenseId, action.slug)).text);
      case 'choose-payer':
        return redraw(ctx, member, action.expenseId, (await engine.choosePayer(member, action.expenseId, action.memberId)).text);
      case 'date':
        await engine.edit(member, action.expenseId, { date: action.date });
        return redraw(ctx, member, action.expenseId, 'Date changed.');
      case 'back':
        return redraw(ctx, member, action.expenseId, '');
      case 'edit':
      case 'pick-date': {
        const cards = await engine.cardsFromSameMessage(member, action.expenseId);
        const card = cards.find((candidate) => candidate.expenseId === action.expenseId);
        if (!card || card.status !== 'draft') return redraw(ctx, member, action.expenseId, 'Only drafts can be edited here.');
        const household = await engine.people.household(member);
        const today = todayIn(household.timeZone, deps.now());
        const keyboard =
          action.kind === 'edit'
            ? editKeyboard(card, await engine.categories(member), today, codec)
            : datePickerKeyboard(card, today, codec);
        await editInPlace(ctx, `${cardsText([card])}\n\n<i>${EDIT_HINT}</i>`, { reply_markup: keyboard });
        return '';
      }
    }
  }

  async function redraw(ctx: KittyContext, member: HouseholdScope, expenseId: string, note: string): Promise<string> {
    const cards = await engine.cardsFromSameMessage(member, expenseId);
    const keyboard = draftKeyboard(cards, codec);
    await editInPlace(ctx, cardsText(cards), keyboard ? { reply_markup: keyboard } : {});
    return note;
  }

  return composer;
}
