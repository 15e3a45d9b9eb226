import { expect } from 'vitest';
import { EDIT_MODAL } from '../../src/channels/slack/action-ids.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { getExpense } from '../../src/services/expenses.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import type { ResponseUrlPost, SlackApiCall } from '../support/fake-slack/index.ts';
import { nextMessageTs } from '../support/fake-slack/ids.ts';
import { blockAction, commandRequest, interactionRequest, slashCommand, triggerId } from '../support/slack-requests.ts';
import { failOnLoggedProblems, slackKittyForFile, type SlackHousehold, type SlackKitty, type SlackKittyOptions } from './support.ts';

/**
 * What the card and edit-modal tests share: one Kitty for the file that must log no problem,
 * logging with /kitty in the household channel, pressing a card's buttons as Slack posts them,
 * and reading what the card shows.
 */
export const NOT_YOURS = 'Only members of this household can use these buttons. If it is yours, link your Slack account with `/kitty link CODE`.';
export const OTHER_HOUSEHOLD = 'That card is not from your household.';
export const NOT_A_DRAFT = 'This is no longer a draft (someone confirmed or discarded it). Confirmed expenses are edited in the ledger: `/kitty dashboard`.';

export const IDS_AMOUNT = EDIT_MODAL.blocks.amount;

export const UBER = '*₹250.00* · Transport · _uber_\nWed 18 Mar · paid by Arjun';
export const LUNCH = '*₹400.00* · Dining out · _lunch_\nWed 18 Mar · paid by Arjun';

/** A card message as it stands in the channel: Slack echoes its blocks with every press. */
export interface CardMessage {
  readonly channelId: string;
  readonly ts: string;
  blocks: unknown[];
}

export type Block = { type: string; block_id?: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: string }[] };
/** A view or a response_url post as the fake recorded it, read as freely as the fake's own call arguments. */
export type Recorded = SlackApiCall['args'];

export function cardHarness(opened: (parts: { database: DatabaseHandle; kitty: SlackKitty }) => void, options: SlackKittyOptions = {}) {
  let database!: DatabaseHandle;
  let kitty!: SlackKitty;
  slackKittyForFile((parts) => {
    ({ database, kitty } = parts);
    opened(parts);
  }, options);
  failOnLoggedProblems(() => kitty);

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

  return { postsTo, log, press, blocksOf, sectionText, buttonsOf, notes, statusOf, ledgerOf };
}
