import { describe, expect, it } from 'vitest';
import { ACTION, EDIT_MODAL } from '../../src/channels/slack/action-ids.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { getExpense } from '../../src/services/expenses.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import type { ResponseUrlPost, SlackApiCall } from '../support/fake-slack/index.ts';
import { nextMessageTs } from '../support/fake-slack/ids.ts';
import { blockAction, commandRequest, interactionRequest, slashCommand, triggerId, viewState, viewSubmission } from '../support/slack-requests.ts';
import { failOnLoggedProblems, inboxRows, newSlackUser, slackHousehold, slackKittyForFile, type SlackHousehold, type SlackKitty } from './support.ts';

/**
 * Draft cards in Slack: Confirm, Discard, Confirm all and Edit act in the presser's household and
 * redraw the pressed message in place through the press's response_url; anyone else is told so
 * privately and changes nothing.
 */
let database: DatabaseHandle;
let kitty: SlackKitty;

slackKittyForFile((opened) => ({ database, kitty } = opened));

failOnLoggedProblems(() => kitty);

const NOT_YOURS = 'Only members of this household can use these buttons. If it is yours, link your Slack account with `/kitty link CODE`.';
const OTHER_HOUSEHOLD = 'That card is not from your household.';
const NOT_A_DRAFT = 'This is no longer a draft (someone confirmed or discarded it). Confirmed expenses are edited in the ledger: `/kitty dashboard`.';

const IDS_AMOUNT = EDIT_MODAL.blocks.amount;

const UBER = '*₹250.00* · Transport · _uber_\nWed 18 Mar · paid by Arjun';
const LUNCH = '*₹400.00* · Dining out · _lunch_\nWed 18 Mar · paid by Arjun';

/** A card message as it stands in the channel: Slack echoes its blocks with every press. */
interface CardMessage {
  readonly channelId: string;
  readonly ts: string;
  blocks: unknown[];
}

type Block = { type: string; block_id?: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: string }[] };
/** A view or a response_url post as the fake recorded it, read as freely as the fake's own call arguments. */
type Recorded = SlackApiCall['args'];

/** What Kitty posted to one response_url. */
function postsTo(responseUrl: string): ResponseUrlPost['body'][] {
  const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
  return kitty.fake.responses.filter((post) => post.id === id).map((post) => post.body);
}

/** `/kitty <text>` in the household channel; returns the card message everyone sees. */
async function log(home: SlackHousehold, text: string): Promise<{ card: CardMessage; ids: string[] }> {
  const responseUrl = kitty.fake.responseUrl();
  await kitty.post(commandRequest(slashCommand({ text, userId: home.arjunSlack, channelId: home.channel, responseUrl })));
  const [posted] = postsTo(responseUrl);
  expect(posted).toMatchObject({ response_type: 'in_channel' });
  const blocks = posted?.blocks as Block[];
  const ids = blocks.flatMap((block) => (block.block_id?.startsWith('card:') ? [block.block_id.slice('card:'.length)] : []));
  return { card: { channelId: home.channel, ts: nextMessageTs(), blocks }, ids };
}

/** A press on a button of the card, as Slack posts it; the card takes what Kitty redrew it with. */
async function press(card: CardMessage, userId: string, actionId: string, value: string) {
  const responseUrl = kitty.fake.responseUrl();
  const trigger = triggerId();
  const payload = blockAction({ userId, actionId, value, responseUrl, triggerId: trigger, channelId: card.channelId, messageTs: card.ts, messageBlocks: card.blocks });
  const response = await kitty.post(interactionRequest(payload));
  const posts = postsTo(responseUrl);
  const redrawn = posts.find((post) => post.replace_original === true);
  if (redrawn) card.blocks = redrawn.blocks as unknown[];
  return { response, posts, trigger, responseUrl, payload };
}

const blocksOf = (card: CardMessage) => card.blocks as Block[];
const sectionText = (card: CardMessage, expenseId: string) => blocksOf(card).find((block) => block.block_id === `card:${expenseId}`)?.text?.text;
const buttonsOf = (card: CardMessage, expenseId: string) =>
  blocksOf(card).find((block) => block.block_id === `actions:${expenseId}`)?.elements?.map((element) => element.action_id) ?? [];
const notes = (card: CardMessage) => blocksOf(card).find((block) => block.block_id === 'notes')?.elements?.map((element) => element.text);
const statusOf = async (scope: HouseholdScope, expenseId: string) => (await getExpense(database.db, scope, expenseId)).status;
/** Every expense of the household, as a fingerprint that changes with any write (updatedAt included). */
const ledgerOf = async (scope: HouseholdScope) =>
  (await listExpenses(database.db, scope, { status: ['draft', 'confirmed', 'discarded'] })).items.map((expense) => JSON.stringify(expense));

describe('Confirm and Discard', () => {
  it('confirms the draft and redraws the card in place as confirmed, without buttons; a second delivery changes nothing', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250');
    const [uber] = ids as [string];
    expect(buttonsOf(card, uber)).toEqual([ACTION.confirm, ACTION.edit, ACTION.discard]);
    const original = [...card.blocks];

    const first = await press(card, home.priyaSlack, ACTION.confirm, uber);

    expect(first.response.status).toBe(200);
    // Confirmed as the presser, in the household the card belongs to.
    expect(await getExpense(database.db, home.arjun, uber)).toMatchObject({ status: 'confirmed', confirmedBy: home.priya.memberId });
    expect(first.posts).toHaveLength(1);
    expect(first.posts[0]).toMatchObject({ replace_original: true });
    expect(sectionText(card, uber)).toBe(`${UBER}\n✅ Confirmed`);
    expect(buttonsOf(card, uber)).toEqual([]);
    expect(blocksOf(card).map((block) => block.block_id)).toEqual([`card:${uber}`, 'notes']);
    // Who pressed is a mention Slack shows as their name, not the escaped text of one.
    expect(notes(card)).toEqual([`Confirmed: uber, ₹250.00. (<@${home.priyaSlack}>)`]);
    expect(await inboxRows(database.db, `block_actions:${first.trigger}`)).toEqual([
      expect.objectContaining({ state: 'processed', householdId: home.household.id, kind: 'block_actions' }),
    ]);
    const ledger = await ledgerOf(home.arjun);

    // Slack redelivers the very same press: stored once, acknowledged, nothing done or sent twice.
    const again = await kitty.post(interactionRequest(first.payload));
    expect(again.status).toBe(200);
    expect(postsTo(first.responseUrl)).toHaveLength(1);

    // Confirm pressed again on the message as another screen still shows it: harmless, the card stays confirmed.
    const confirmed = card.blocks[0];
    const second = await press({ ...card, blocks: original }, home.arjunSlack, ACTION.confirm, uber);
    expect(second.response.status).toBe(200);
    expect(second.posts).toHaveLength(1);
    expect(second.posts[0]).toMatchObject({ replace_original: true });
    expect(second.posts[0]?.blocks[0]).toEqual(confirmed);
    expect(second.posts[0]?.blocks.at(-1).elements[0].text).toBe(`Already confirmed. (<@${home.arjunSlack}>)`);
    expect(await ledgerOf(home.arjun)).toEqual(ledger);
  });

  it('discards the draft and redraws the card as discarded; the other card keeps its buttons', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250 and lunch 400');
    const [uber, lunch] = ids as [string, string];

    const { posts } = await press(card, home.arjunSlack, ACTION.discard, lunch);

    expect(posts).toHaveLength(1);
    expect(await statusOf(home.arjun, lunch)).toBe('discarded');
    expect(await statusOf(home.arjun, uber)).toBe('draft');
    expect(sectionText(card, lunch)).toBe(`${LUNCH}\n🗑️ Discarded`);
    expect(buttonsOf(card, lunch)).toEqual([]);
    expect(sectionText(card, uber)).toBe(UBER);
    expect(buttonsOf(card, uber)).toEqual([ACTION.confirm, ACTION.edit, ACTION.discard]);
    // One draft left waiting: nothing for "Confirm all" to do.
    expect(blocksOf(card).some((block) => block.block_id === 'confirm_all')).toBe(false);
    expect(notes(card)).toEqual([`Discarded: lunch, ₹400.00. (<@${home.arjunSlack}>)`]);

    // Confirming a discarded draft is refused, privately; the card is left as it is.
    const late = await press(card, home.priyaSlack, ACTION.confirm, lunch);
    expect(late.posts).toEqual([expect.objectContaining({ response_type: 'ephemeral', replace_original: false })]);
    expect(await statusOf(home.arjun, lunch)).toBe('discarded');
  });

  it('Confirm all confirms both drafts of "uber 250 and lunch 400" and redraws both', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250 and lunch 400');
    const [uber, lunch] = ids as [string, string];
    const confirmAll = blocksOf(card).find((block) => block.block_id === 'confirm_all')?.elements?.[0];
    expect(confirmAll).toMatchObject({ action_id: ACTION.confirmAll, text: { text: 'Confirm all (2)' } });

    const { posts } = await press(card, home.priyaSlack, ACTION.confirmAll, confirmAll?.value ?? '');

    expect(posts).toHaveLength(1);
    expect([await statusOf(home.arjun, uber), await statusOf(home.arjun, lunch)]).toEqual(['confirmed', 'confirmed']);
    expect(blocksOf(card).map((block) => block.block_id)).toEqual([`card:${uber}`, `card:${lunch}`, 'notes']);
    expect(sectionText(card, uber)).toBe(`${UBER}\n✅ Confirmed`);
    expect(sectionText(card, lunch)).toBe(`${LUNCH}\n✅ Confirmed`);
    expect(notes(card)).toEqual([`Confirmed 2 expenses. (<@${home.priyaSlack}>)`]);
  });

  it('Confirm all after one card was confirmed confirms only what is left', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250 and lunch 400');
    const [uber, lunch] = ids as [string, string];
    const stale = [...card.blocks];

    await press(card, home.arjunSlack, ACTION.confirm, uber);
    expect(sectionText(card, lunch)).toBe(LUNCH);
    // The message as some other screen still shows it: Confirm all is still there.
    const { posts } = await press({ ...card, blocks: stale }, home.priyaSlack, ACTION.confirmAll, uber);

    expect(await statusOf(home.arjun, lunch)).toBe('confirmed');
    expect(posts[0]?.blocks.at(-1).elements[0].text).toBe(`Confirmed 1 expense. (<@${home.priyaSlack}>)`);
  });
});

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

describe('walls', () => {
  it('a member of another household pressing Confirm, Discard, Confirm all or Edit is told privately; nothing changes, nothing is redrawn', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const other = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'uber 250 and lunch 400');
    const [uber, lunch] = ids as [string, string];
    const before = await ledgerOf(home.arjun);
    const blocks = JSON.stringify(card.blocks);

    for (const [actionId, value] of [
      [ACTION.confirm, uber],
      [ACTION.discard, lunch],
      [ACTION.confirmAll, uber],
      [ACTION.edit, lunch],
    ] as const) {
      const pressed = await press(card, other.priyaSlack, actionId, value);
      expect(pressed.response.status, actionId).toBe(200);
      expect(pressed.posts, actionId).toEqual([{ response_type: 'ephemeral', replace_original: false, text: OTHER_HOUSEHOLD }]);
      expect(kitty.fake.callsTo('views.open').filter((call) => call.args.trigger_id === pressed.trigger), actionId).toEqual([]);
      // Stored as the presser's own household's delivery, and settled.
      expect(await inboxRows(database.db, `block_actions:${pressed.trigger}`), actionId).toEqual([
        expect.objectContaining({ state: 'processed', householdId: other.household.id }),
      ]);
    }

    expect(JSON.stringify(card.blocks)).toBe(blocks);
    expect(await ledgerOf(home.arjun)).toEqual(before);
    expect(await ledgerOf(other.arjun)).toEqual([]);
  });

  it('a Slack user linked to no household pressing is told how to link; nothing changes', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const stranger = newSlackUser();
    const { card, ids } = await log(home, 'uber 250 and lunch 400');
    const [uber, lunch] = ids as [string, string];
    const before = await ledgerOf(home.arjun);

    for (const [actionId, value] of [
      [ACTION.confirm, uber],
      [ACTION.discard, lunch],
      [ACTION.confirmAll, uber],
      [ACTION.edit, uber],
    ] as const) {
      const pressed = await press(card, stranger, actionId, value);
      expect(pressed.posts, actionId).toEqual([{ response_type: 'ephemeral', replace_original: false, text: NOT_YOURS }]);
      expect(kitty.fake.callsTo('views.open').filter((call) => call.args.trigger_id === pressed.trigger), actionId).toEqual([]);
      // Kept, belonging to no household.
      expect(await inboxRows(database.db, `block_actions:${pressed.trigger}`), actionId).toEqual([expect.objectContaining({ householdId: null, state: 'received' })]);
    }
    expect(await ledgerOf(home.arjun)).toEqual(before);
  });

  it('refuses a forged edit submission naming another household’s draft, writing nothing', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const other = await slackHousehold(database.db, kitty.fake);
    const { ids } = await log(home, 'uber 250');
    const [uber] = ids as [string];
    const before = await ledgerOf(home.arjun);
    const responseUrl = kitty.fake.responseUrl();
    const values = {
      [IDS_AMOUNT.block]: { [IDS_AMOUNT.action]: viewState.plainText('1') },
      [EDIT_MODAL.blocks.currency.block]: { [EDIT_MODAL.blocks.currency.action]: viewState.plainText('INR') },
      [EDIT_MODAL.blocks.category.block]: { [EDIT_MODAL.blocks.category.action]: viewState.staticSelect('groceries') },
      [EDIT_MODAL.blocks.date.block]: { [EDIT_MODAL.blocks.date.action]: viewState.datePicker('2026-03-01') },
      [EDIT_MODAL.blocks.paidBy.block]: { [EDIT_MODAL.blocks.paidBy.action]: viewState.staticSelect(other.arjun.memberId) },
      [EDIT_MODAL.blocks.split.block]: { [EDIT_MODAL.blocks.split.action]: viewState.radioButtons('none') },
    };
    const forged = (userId: string, privateMetadata: string) =>
      kitty.post(interactionRequest(viewSubmission({ userId, callbackId: EDIT_MODAL.callbackId, privateMetadata, values })));

    const fromOther = await forged(other.arjunSlack, JSON.stringify({ expenseId: uber, responseUrl, messageCards: [uber] }));
    expect(await fromOther.json()).toEqual({ response_action: 'errors', errors: { [IDS_AMOUNT.block]: OTHER_HOUSEHOLD } });

    const fromStranger = await forged(newSlackUser(), JSON.stringify({ expenseId: uber, responseUrl }));
    expect(await fromStranger.json()).toEqual({ response_action: 'errors', errors: { [IDS_AMOUNT.block]: NOT_YOURS } });

    const garbled = await forged(home.arjunSlack, '{"expense":');
    expect(await garbled.json()).toEqual({ response_action: 'errors', errors: { [IDS_AMOUNT.block]: 'This form is out of date; press Edit on the card again.' } });

    expect(await ledgerOf(home.arjun)).toEqual(before);
    expect(await ledgerOf(other.arjun)).toEqual([]);
    expect(postsTo(responseUrl)).toEqual([]);
  });
});
