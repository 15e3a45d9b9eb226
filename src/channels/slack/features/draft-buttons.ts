/**
 * Confirm, Discard, Confirm all and the answers to a card's questions (which category, who paid)
 * on draft cards. A press acts in the presser's own household (a card from another household
 * finds nothing), then the card is redrawn in place: the message through the press's
 * response_url, or the Home tab it was pressed on. Problems are told to the presser alone.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { isKittyError } from '../../../domain/errors.ts';
import type { HouseholdScope } from '../../../db/scope.ts';
import type { Reply } from '../../../engine/reply.ts';
import { ACTION, ANSWER_ACTION } from '../action-ids.ts';
import { cardsShown, expenseIdsIn } from '../card-message.ts';
import type { SlackDeps } from '../context.ts';
import { kittyState } from '../context.ts';
import { cardsMessage } from '../render/reply-message.ts';
import { publishHome } from './app-home.ts';

export const NOT_YOURS = 'Only members of this household can use these buttons. If it is yours, link your Slack account with `/kitty link CODE`.';
export const OTHER_HOUSEHOLD = 'That card is not from your household.';

export function draftButtons(bolt: App, deps: SlackDeps): void {
  const { engine } = deps;

  for (const matcher of [ACTION.confirm, ACTION.discard, ACTION.confirmAll, ANSWER_ACTION.chooseCategory, ANSWER_ACTION.choosePayer]) {
    bolt.action<BlockAction<ButtonAction>>(matcher, async ({ ack, action, body, respond, client, context }) => {
      await ack();
      const { member, inboundId } = kittyState(context);
      const tell = async (text: string) => {
        if (body.response_url) await respond({ response_type: 'ephemeral', replace_original: false, text });
      };
      if (!member) return tell(NOT_YOURS);
      const fromHome = body.container?.type === 'view' || body.view?.type === 'home';
      try {
        const shown = expenseIdsIn(body.message?.blocks);
        const { expenseId, answer } = pressed(action.value ?? '');
        const result = await act(member, action.action_id, expenseId, answer, shown);
        if (fromHome) {
          await publishHome(deps, client, body.user.id, member);
        } else {
          const cards = await cardsShown(engine, member, shown, expenseId);
          await respond({ replace_original: true, ...cardsMessage(cards, result.text, body.user.id) });
        }
      } catch (error) {
        if (!isKittyError(error)) throw error;
        await tell(error.code === 'not_found' ? OTHER_HOUSEHOLD : error.message);
        // A Home tab has no response_url to tell through; shown as it now is, the stale card is gone.
        if (fromHome) await publishHome(deps, client, body.user.id, member);
      } finally {
        if (inboundId) await engine.settle(member, inboundId, { state: 'processed' });
      }
    });
  }

  async function act(member: HouseholdScope, actionId: string, expenseId: string, answer: string, shown: readonly string[]): Promise<Reply> {
    if (ANSWER_ACTION.chooseCategory.test(actionId)) return engine.chooseCategory(member, expenseId, answer);
    if (ANSWER_ACTION.choosePayer.test(actionId)) return engine.choosePayer(member, expenseId, answer);
    switch (actionId) {
      case ACTION.confirm:
        return engine.confirm(member, expenseId);
      case ACTION.discard:
        return engine.discard(member, expenseId);
      default: {
        // The waiting drafts the message shows (a message from before this one knew nothing of later drafts).
        const cards = await cardsShown(engine, member, shown, expenseId);
        if (!cards.some((card) => card.expenseId === expenseId)) await engine.confirm(member, expenseId); // not found: another household's card
        return engine.confirmAll(member, cards.filter((card) => card.status === 'draft').map((card) => card.expenseId));
      }
    }
  }
}

/** A button's value: the expense id, then for an answer button what it answers with (`<id>:<slug or member id>`). */
function pressed(value: string): { expenseId: string; answer: string } {
  const cut = value.indexOf(':');
  return cut < 0 ? { expenseId: value, answer: '' } : { expenseId: value.slice(0, cut), answer: value.slice(cut + 1) };
}
