import { describe, expect, it } from 'vitest';
import { ACTION, EDIT_MODAL } from '../../src/channels/slack/action-ids.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { getExpense } from '../../src/services/expenses.ts';
import { interactionRequest, viewState, viewSubmission } from '../support/slack-requests.ts';
import { inboxRows, newSlackUser, slackHousehold, type SlackKitty } from './support.ts';
import { cardHarness, IDS_AMOUNT, LUNCH, NOT_YOURS, OTHER_HOUSEHOLD, UBER } from './card-harness.ts';

/**
 * Draft cards in Slack: Confirm, Discard, Confirm all and Edit act in the presser's household and
 * redraw the pressed message in place through the press's response_url; anyone else is told so
 * privately and changes nothing. The edit modal is in edit-modal.test.ts.
 */
let database: DatabaseHandle;
let kitty: SlackKitty;
const { postsTo, log, press, blocksOf, sectionText, buttonsOf, notes, statusOf, ledgerOf } = cardHarness((parts) => ({ database, kitty } = parts));

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
