/**
 * Edit on a draft card opens a modal with the draft's fields; saving checks them exactly as the
 * web form does (src/services/expense-form-input.ts), shows problems beside the fields, and
 * redraws the card where it was pressed. Only the presser's own household's drafts open.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { isKittyError } from '../../../domain/errors.ts';
import type { HouseholdScope } from '../../../db/scope.ts';
import { listCategories } from '../../../services/categories.ts';
import { changesSinceShown, expensePatch, formFieldOf, formValuesOf, readShownValues, type FormChoices } from '../../../services/expense-form-input.ts';
import { getExpense, type Expense } from '../../../services/expenses.ts';
import { listMembers } from '../../../services/members.ts';
import { ACTION, EDIT_MODAL, type EditModalMetadata } from '../action-ids.ts';
import { cardsShown, expenseIdsIn } from '../card-message.ts';
import type { SlackDeps } from '../context.ts';
import { kittyState } from '../context.ts';
import { editDraftModal, modalErrors, readEditModal } from '../render/edit-modal.ts';
import { cardsMessage } from '../render/reply-message.ts';
import { postToResponseUrl } from '../response-url.ts';
import { publishHome } from './app-home.ts';
import { NOT_YOURS, OTHER_HOUSEHOLD } from './draft-buttons.ts';

const NOT_A_DRAFT = 'This is no longer a draft (someone confirmed or discarded it). Confirmed expenses are edited in the ledger: `/kitty dashboard`.';

export function editModal(bolt: App, deps: SlackDeps): void {
  const { engine } = deps;

  bolt.action<BlockAction<ButtonAction>>(ACTION.edit, async ({ ack, action, body, respond, client, context }) => {
    await ack();
    const { member, inboundId } = kittyState(context);
    const tell = async (text: string) => {
      if (body.response_url) await respond({ response_type: 'ephemeral', replace_original: false, text });
    };
    if (!member) return tell(NOT_YOURS);
    const fromHome = body.container?.type === 'view';
    try {
      const draft = await loadDraft(member, action.value ?? '');
      if (!draft) {
        await tell(NOT_A_DRAFT);
        // A Home tab has no response_url to tell through; shown as it now is, the stale card is gone.
        if (fromHome) await publishHome(deps, client, body.user.id, member);
        return;
      }
      const shown = formValuesOf(draft.expense);
      const metadata: EditModalMetadata = {
        expenseId: draft.expense.id,
        shown,
        ...(body.response_url && { responseUrl: body.response_url }),
        ...(body.message && { messageCards: expenseIdsIn(body.message.blocks) }),
        ...(fromHome && { fromHome }),
      };
      await client.views.open({ trigger_id: body.trigger_id, view: editDraftModal({ values: shown, choices: draft.choices, metadata: withinSlackLimit(metadata) }) });
    } catch (error) {
      if (!isKittyError(error)) throw error;
      await tell(error.code === 'not_found' ? OTHER_HOUSEHOLD : error.message);
    } finally {
      if (inboundId) await engine.settle(member, inboundId, { state: 'processed' });
    }
  });

  bolt.view(EDIT_MODAL.callbackId, async ({ ack, view, body, client, context }) => {
    const { member, inboundId } = kittyState(context);
    const refuse = (message: string) => ack({ response_action: 'errors', errors: { [EDIT_MODAL.blocks.amount.block]: message } });
    if (!member) return refuse(NOT_YOURS);
    try {
      const metadata = readMetadata(view.private_metadata);
      if (!metadata) return await refuse('This form is out of date; press Edit on the card again.');
      const draft = await loadDraft(member, metadata.expenseId);
      if (!draft) return await refuse(NOT_A_DRAFT);
      const values = readEditModal(view.state.values, draft.choices.members);
      const checked = expensePatch(values, draft.expense, draft.choices);
      if (!checked.ok) return await ack({ response_action: 'errors', errors: modalErrors(checked.errors) });
      const patch = changesSinceShown(checked.patch, readShownValues(metadata.shown), values);
      if (Object.keys(patch).length === 0) return await ack();

      let outcome: string;
      try {
        outcome = (await engine.edit(member, draft.expense.id, patch)).text;
      } catch (error) {
        if (!isKittyError(error)) throw error;
        const field = formFieldOf(error.field);
        return await ack({ response_action: 'errors', errors: modalErrors(field ? { [field]: error.message } : { form: error.message }) });
      }
      await ack();
      await redraw(member, metadata, outcome, client, body.user.id);
    } catch (error) {
      if (!isKittyError(error)) throw error;
      await refuse(error.code === 'not_found' ? OTHER_HOUSEHOLD : error.message);
    } finally {
      if (inboundId) await engine.settle(member, inboundId, { state: 'processed' });
    }
  });

  /** The draft with what its form offers; undefined when it is no longer a draft. Another household's id: not_found. */
  async function loadDraft(member: HouseholdScope, expenseId: string): Promise<{ expense: Expense; choices: FormChoices } | undefined> {
    const expense = await getExpense(deps.db, member, expenseId);
    if (expense.status !== 'draft') return undefined;
    const [categories, members] = await Promise.all([listCategories(deps.db, member, { includeHidden: true }), listMembers(deps.db, member)]);
    return { expense, choices: { categories, members } };
  }

  /** The card where Edit was pressed, redrawn with the change. */
  async function redraw(member: HouseholdScope, metadata: EditModalMetadata, outcome: string, client: Parameters<typeof publishHome>[1], userId: string) {
    if (metadata.fromHome) return publishHome(deps, client, userId, member);
    if (!metadata.responseUrl) return;
    const message = cardsMessage(await cardsShown(engine, member, metadata.messageCards ?? [], metadata.expenseId), outcome, userId);
    const redrawn = await postToResponseUrl(deps.fetch, metadata.responseUrl, { replace_original: true, ...message });
    // A response_url lasts half an hour; after that the card simply stays as it was.
    if (!redrawn) deps.logger.info('slack card not redrawn after an edit');
  }
}

/** Slack keeps at most 3,000 characters of private_metadata; a household too large for the shown values goes without. */
function withinSlackLimit(metadata: EditModalMetadata): EditModalMetadata {
  if (JSON.stringify(metadata).length <= 3000) return metadata;
  const { shown: _shown, ...rest } = metadata;
  return JSON.stringify(rest).length <= 3000 ? rest : { expenseId: metadata.expenseId, ...(metadata.fromHome && { fromHome: true }) };
}

function readMetadata(text: string | undefined): EditModalMetadata | undefined {
  try {
    const parsed = JSON.parse(text ?? '') as Partial<EditModalMetadata>;
    return typeof parsed.expenseId === 'string' ? (parsed as EditModalMetadata) : undefined;
  } catch {
    return undefined;
  }
}
