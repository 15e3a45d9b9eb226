import { describe, expect, it } from 'vitest';
import { ACTION, EDIT_MODAL } from '../../src/channels/slack/action-ids.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { getExpense } from '../../src/services/expenses.ts';
import type { SlackApiCall } from '../support/fake-slack/index.ts';
import { interactionRequest, viewState, viewSubmission } from '../support/slack-requests.ts';
import { slackHousehold, type SlackKitty } from './support.ts';
import { cardHarness, LUNCH, NOT_A_DRAFT, type CardMessage, type Recorded } from './card-harness.ts';

/**
 * Edit on a draft card: a modal prefilled with the draft, checked field by field like the web
 * form, saving only what the person changed and redrawing the card it was opened from.
 */
let database: DatabaseHandle;
let kitty: SlackKitty;
const { postsTo, log, press, sectionText, buttonsOf, notes, ledgerOf } = cardHarness((parts) => ({ database, kitty } = parts));

/** The state Slack sends for the opened modal with nothing touched: each input's initial value. */
function untouched(view: Recorded): Record<string, Record<string, unknown>> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks as Recorded[]) {
    if (block.type !== 'input') continue;
    const element = block.element as Recorded;
    const value =
      element.type === 'plain_text_input'
        ? viewState.plainText(element.initial_value ?? null)
        : element.type === 'datepicker'
          ? viewState.datePicker(element.initial_date ?? null)
          : element.type === 'radio_buttons'
            ? viewState.radioButtons(element.initial_option?.value ?? null)
            : viewState.staticSelect(element.initial_option?.value ?? null);
    state[block.block_id] = { [element.action_id]: value };
  }
  return state;
}

describe('Edit', () => {
  /** Presses Edit and returns the modal Kitty opened with that press's trigger id. */
  async function openEdit(card: CardMessage, userId: string, expenseId: string): Promise<{ view: Recorded; responseUrl: string }> {
    const pressed = await press(card, userId, ACTION.edit, expenseId);
    expect(pressed.posts).toEqual([]);
    const opened = kitty.fake.callsTo('views.open').filter((call) => call.args.trigger_id === pressed.trigger);
    expect(opened).toHaveLength(1);
    expect(opened[0]?.response.ok).toBe(true);
    return { view: (opened[0] as SlackApiCall).args.view as Recorded, responseUrl: pressed.responseUrl };
  }

  function submit(userId: string, view: Recorded, values: Record<string, Record<string, unknown>>) {
    return kitty.post(interactionRequest(viewSubmission({ userId, callbackId: view.callback_id, privateMetadata: view.private_metadata, values, blocks: view.blocks })));
  }

  const { blocks: IDS } = EDIT_MODAL;
  const input = (view: Recorded, block: string) => (view.blocks as Recorded[]).find((candidate) => candidate.block_id === block)?.element;

  it('opens a modal prefilled with the draft; a valid submission saves exactly that and redraws the card', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250 and lunch 400');
    const [uber, lunch] = ids as [string, string];

    const { view, responseUrl } = await openEdit(card, home.arjunSlack, uber);

    expect(view.callback_id).toBe(EDIT_MODAL.callbackId);
    expect(input(view, IDS.amount.block)).toMatchObject({ action_id: IDS.amount.action, initial_value: '250.00' });
    expect(input(view, IDS.currency.block)).toMatchObject({ initial_value: 'INR' });
    expect(input(view, IDS.category.block).initial_option).toMatchObject({ value: 'transport', text: { text: 'Transport' } });
    expect(input(view, IDS.date.block)).toMatchObject({ initial_date: '2026-03-18' });
    expect(input(view, IDS.description.block)).toMatchObject({ initial_value: 'uber' });
    expect(input(view, IDS.paidBy.block).initial_option).toEqual({ text: expect.objectContaining({ text: 'Arjun' }), value: home.arjun.memberId });
    expect(input(view, IDS.paidBy.block).options.map((option: { value: string }) => option.value)).toEqual([home.arjun.memberId, home.priya.memberId]);
    expect(input(view, IDS.split.block).initial_option).toMatchObject({ value: 'none' });
    expect(JSON.parse(view.private_metadata)).toMatchObject({ expenseId: uber, responseUrl, messageCards: [uber, lunch], shown: { amount: '250.00', category: 'transport' } });

    const response = await submit(home.arjunSlack, view, {
      ...untouched(view),
      [IDS.amount.block]: { [IDS.amount.action]: viewState.plainText('450') },
      [IDS.category.block]: { [IDS.category.action]: viewState.staticSelect('groceries', 'Groceries') },
      [IDS.paidBy.block]: { [IDS.paidBy.action]: viewState.staticSelect(home.priya.memberId, 'Priya') },
      [IDS.split.block]: { [IDS.split.action]: viewState.radioButtons('equal', 'Split equally') },
    });

    // Saved and closed: an empty 200.
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    const saved = await getExpense(database.db, home.arjun, uber);
    expect(saved).toMatchObject({
      status: 'draft',
      amountMinor: 45000,
      currency: 'INR',
      categorySlug: 'groceries',
      spentOn: '2026-03-18',
      description: 'uber',
      paidBy: home.priya.memberId,
      split: { kind: 'equal' },
    });
    expect(saved.shares.map((share) => [share.memberId, share.shareMinor]).sort()).toEqual(
      [
        [home.arjun.memberId, 22500],
        [home.priya.memberId, 22500],
      ].sort(),
    );
    expect(await getExpense(database.db, home.arjun, lunch)).toMatchObject({ amountMinor: 40000, categorySlug: 'dining', status: 'draft' });

    // The card is redrawn through the Edit press's response_url, with both of its cards.
    const redraws = postsTo(responseUrl);
    expect(redraws).toHaveLength(1);
    expect(redraws[0]).toMatchObject({ replace_original: true });
    card.blocks = redraws[0]?.blocks;
    expect(sectionText(card, uber)).toBe('*₹450.00* · Groceries · _uber_\nWed 18 Mar · paid by Priya · split equally');
    expect(sectionText(card, lunch)).toBe(LUNCH);
    expect(buttonsOf(card, uber)).toEqual([ACTION.confirm, ACTION.edit, ACTION.discard]);
    expect(notes(card)).toEqual([`Updated: uber, ₹450.00. (<@${home.arjunSlack}>)`]);
  });

  it('saves only what the person changed: a change someone made while the modal was open stays', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250');
    const [uber] = ids as [string];
    const { view } = await openEdit(card, home.priyaSlack, uber);

    // Arjun fixes the category from the web view while Priya's modal is open.
    await kitty.engine.edit(home.arjun, uber, { category: 'shopping' });
    await submit(home.priyaSlack, view, { ...untouched(view), [IDS.amount.block]: { [IDS.amount.action]: viewState.plainText('275') } });

    expect(await getExpense(database.db, home.arjun, uber)).toMatchObject({ amountMinor: 27500, categorySlug: 'shopping' });
  });

  it('splits by the percentages typed; shares that do not add up are shown on the split, and nothing is written', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250');
    const [uber] = ids as [string];
    const percent = (memberId: string, value: string) => ({ [`${IDS.percentPrefix}${memberId}`]: { percent: viewState.plainText(value) } });
    const byPercent = { [IDS.split.block]: { [IDS.split.action]: viewState.radioButtons('percent', 'By percentage') } };

    const first = await openEdit(card, home.arjunSlack, uber);
    expect(input(first.view, `${IDS.percentPrefix}${home.priya.memberId}`)).toMatchObject({ type: 'plain_text_input', action_id: 'percent' });
    const saved = await submit(home.arjunSlack, first.view, { ...untouched(first.view), ...byPercent, ...percent(home.arjun.memberId, '60'), ...percent(home.priya.memberId, '40') });

    expect(await saved.text()).toBe('');
    const expense = await getExpense(database.db, home.arjun, uber);
    expect(expense.split).toEqual({ kind: 'percent', percents: { [home.arjun.memberId]: 60, [home.priya.memberId]: 40 } });
    expect(Object.fromEntries(expense.shares.map((share) => [share.memberId, share.shareMinor]))).toEqual({ [home.arjun.memberId]: 15000, [home.priya.memberId]: 10000 });
    card.blocks = postsTo(first.responseUrl)[0]?.blocks;
    expect(sectionText(card, uber)).toBe('*₹250.00* · Transport · _uber_\nWed 18 Mar · paid by Arjun · Arjun 60% · Priya 40%');

    // Opened again, the modal shows the split as saved; shares adding up to 90 are refused beside the split.
    const second = await openEdit(card, home.priyaSlack, uber);
    expect(input(second.view, IDS.split.block).initial_option).toMatchObject({ value: 'percent' });
    expect(input(second.view, `${IDS.percentPrefix}${home.arjun.memberId}`)).toMatchObject({ initial_value: '60' });
    const before = await ledgerOf(home.arjun);
    const refused = await submit(home.priyaSlack, second.view, { ...untouched(second.view), ...percent(home.arjun.memberId, '70'), ...percent(home.priya.memberId, '20') });

    const body = (await refused.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([IDS.split.block]);
    expect(body.errors[IDS.split.block]).toMatch(/100/);
    expect(await ledgerOf(home.arjun)).toEqual(before);
    expect(postsTo(second.responseUrl)).toEqual([]);
  });

  it('shows what is wrong beside the fields, keeps the modal open and writes nothing', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250');
    const [uber] = ids as [string];
    const { view, responseUrl } = await openEdit(card, home.arjunSlack, uber);
    const before = await ledgerOf(home.arjun);

    const response = await submit(home.arjunSlack, view, {
      ...untouched(view),
      [IDS.amount.block]: { [IDS.amount.action]: viewState.plainText('abc') },
      [IDS.date.block]: { [IDS.date.action]: viewState.datePicker(null) },
    });

    expect(response.status).toBe(200);
    const body = (await response.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual([IDS.amount.block, IDS.date.block].sort());
    expect(body.errors[IDS.amount.block]).toMatch(/amount|number/i);
    expect(body.errors[IDS.date.block]).toMatch(/date/i);
    expect(await ledgerOf(home.arjun)).toEqual(before);
    expect(postsTo(responseUrl)).toEqual([]);
  });

  it('saving a draft someone confirmed meanwhile is refused in the modal; the confirmed expense stays as it was', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250');
    const [uber] = ids as [string];
    const { view, responseUrl } = await openEdit(card, home.arjunSlack, uber);
    await press({ ...card }, home.priyaSlack, ACTION.confirm, uber);
    const before = await ledgerOf(home.arjun);

    const response = await submit(home.arjunSlack, view, { ...untouched(view), [IDS.amount.block]: { [IDS.amount.action]: viewState.plainText('999') } });

    expect(await response.json()).toEqual({ response_action: 'errors', errors: { [IDS.amount.block]: NOT_A_DRAFT } });
    expect(await ledgerOf(home.arjun)).toEqual(before);
    expect(await getExpense(database.db, home.arjun, uber)).toMatchObject({ status: 'confirmed', amountMinor: 25000 });
    expect(postsTo(responseUrl)).toEqual([]);
  });

  it('Edit on a card that is no longer a draft says so privately and opens nothing', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250');
    const [uber] = ids as [string];
    const stale = { ...card, blocks: [...card.blocks] };
    await press(card, home.arjunSlack, ACTION.discard, uber);

    const pressed = await press(stale, home.priyaSlack, ACTION.edit, uber);

    expect(pressed.posts).toEqual([{ response_type: 'ephemeral', replace_original: false, text: NOT_A_DRAFT }]);
    expect(kitty.fake.callsTo('views.open').filter((call) => call.args.trigger_id === pressed.trigger)).toEqual([]);
  });
});

