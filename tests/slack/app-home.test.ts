import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ACTION, EDIT_MODAL } from '../../src/channels/slack/action-ids.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { getExpense } from '../../src/services/expenses.ts';
import { importExpenses } from '../../src/services/imports.ts';
import { imChannelOf } from '../support/fake-slack/index.ts';
import { nextMessageTs } from '../support/fake-slack/ids.ts';
import { blockAction, eventCallback, eventRequest, interactionRequest, triggerId, viewState, viewSubmission } from '../support/slack-requests.ts';
import { failOnLoggedProblems, inboxRows, newSlackUser, slackHousehold, slackKittyForFile, startSlackKitty, type SlackHousehold, type SlackKitty } from './support.ts';

/**
 * The Home tab: this month's confirmed spending of the viewer's household, where it went, and the
 * drafts waiting with their buttons; a button pressed there republishes the tab.
 */
let database: DatabaseHandle;
let kitty: SlackKitty;

slackKittyForFile((opened) => ({ database, kitty } = opened));

failOnLoggedProblems(() => kitty);

type Block = { type: string; block_id?: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: string }[] };
type View = { type: string; blocks: Block[] };

/** Logs and confirms through the engine, as a chat would; returns the expense ids. */
async function confirmed(scope: HouseholdScope, text: string, date?: string): Promise<string[]> {
  const ids = await drafts(scope, text);
  if (date) for (const id of ids) await kitty.engine.edit(scope, id, { date });
  await kitty.engine.confirmAll(scope, ids);
  return ids;
}

async function drafts(scope: HouseholdScope, text: string): Promise<string[]> {
  const reply = await kitty.engine.handle({ channel: 'slack', externalId: `event:${randomUUID()}`, text }, scope);
  expect(reply.drafts.length).toBeGreaterThan(0);
  return reply.drafts.map((card) => card.expenseId);
}

/** The member opens Kitty's Home tab (or another tab); returns the views published for them by it. */
async function openTab(userId: string, tab: 'home' | 'messages' = 'home'): Promise<View[]> {
  const before = publishedFor(userId).length;
  const response = await kitty.post(eventRequest(eventCallback({ type: 'app_home_opened', user: userId, channel: imChannelOf(userId), tab, event_ts: nextMessageTs() })));
  expect(response.status).toBe(200);
  return publishedFor(userId).slice(before);
}

function publishedFor(userId: string): View[] {
  return kitty.fake
    .callsTo('views.publish')
    .filter((call) => call.args.user_id === userId)
    .map((call) => {
      expect(call.response.ok).toBe(true);
      return call.args.view as View;
    });
}

/** A button pressed on the Home tab: no message, no response_url; Slack sends the view. */
async function pressOnHome(userId: string, actionId: string, value: string): Promise<{ published: View[]; trigger: string }> {
  const before = publishedFor(userId).length;
  const trigger = triggerId();
  // The builder leaves the response_url out for a view, as Slack does.
  const payload = blockAction({ userId, actionId, value, responseUrl: kitty.fake.responseUrl(), triggerId: trigger, viewType: 'home' });
  expect(payload).not.toHaveProperty('response_url');
  expect(payload).not.toHaveProperty('message');
  const response = await kitty.post(interactionRequest(payload));
  expect(response.status).toBe(200);
  return { published: publishedFor(userId).slice(before), trigger };
}

const block = (view: View | undefined, blockId: string) => view?.blocks.find((candidate) => candidate.block_id === blockId);
const textOf = (view: View | undefined, blockId: string) => block(view, blockId)?.text?.text;
const cardIds = (view: View | undefined) => (view?.blocks ?? []).flatMap((candidate) => (candidate.block_id?.startsWith('card:') ? [candidate.block_id.slice(5)] : []));
const buttonsOf = (view: View | undefined, expenseId: string) => block(view, `actions:${expenseId}`)?.elements?.map((element) => element.action_id) ?? [];

/**
 * Arjun and Priya's month, on the 18th: ₹900 groceries and ₹180 coffee confirmed this month, ₹500
 * of books on 10 February (within the same days of last month), an uber waiting.
 */
async function householdWithAMonth(): Promise<{ home: SlackHousehold; uber: string }> {
  const home = await slackHousehold(database.db, kitty.fake);
  await confirmed(home.arjun, 'groceries 900 and coffee 180');
  await confirmed(home.priya, 'books 500', '2026-02-10');
  const [uber] = (await drafts(home.priya, 'uber 250')) as [string];
  // Neither a discarded expense nor another household's spending counts.
  const [taxi] = (await drafts(home.arjun, 'taxi 7000')) as [string];
  await kitty.engine.discard(home.arjun, taxi);
  const neighbours = await slackHousehold(database.db, kitty.fake);
  await confirmed(neighbours.arjun, 'groceries 6400');
  await drafts(neighbours.arjun, 'cinema 800');
  return { home, uber };
}

/** By hand: the 18th, so 1–18 March against 1–18 February's ₹500. */
const MONTH_OF_TWO =
  '*₹1,080.00* this month, 2 expenses · ₹1,080.00 in 1–18 Mar against ₹500.00 in the same days of February 2026 (1–18 Feb), so *₹580.00 more (+116.0%)*.';
const MONTH_OF_THREE =
  '*₹1,330.00* this month, 3 expenses · ₹1,330.00 in 1–18 Mar against ₹500.00 in the same days of February 2026 (1–18 Feb), so *₹830.00 more (+166.0%)*.';

describe('opening the Home tab', () => {
  it('publishes the household’s month: the total, the split by category and the drafts waiting, with their buttons', async () => {
    const { home, uber } = await householdWithAMonth();

    const [view, ...more] = await openTab(home.arjunSlack);

    expect(more).toEqual([]);
    expect(view?.type).toBe('home');
    expect(view?.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Test home · March 2026' } });
    expect(textOf(view, 'totals')).toBe(MONTH_OF_TWO);
    const categories = textOf(view, 'categories_INR') ?? '';
    expect(categories.split('\n')).toEqual([
      '*By category*',
      '```',
      expect.stringMatching(/^Groceries {2}█{24} ₹900\.00$/),
      expect.stringMatching(/^Dining out █{5} ₹180\.00$/),
      '```',
    ]);
    expect(textOf(view, 'drafts')).toBe('*Drafts waiting* (1)');
    expect(cardIds(view)).toEqual([uber]);
    expect(textOf(view, `card:${uber}`)).toBe('*₹250.00* · Transport · _uber_\nWed 18 Mar · paid by Priya');
    expect(buttonsOf(view, uber)).toEqual([ACTION.confirm, ACTION.edit, ACTION.discard]);
    expect(block(view, `actions:${uber}`)?.elements?.map((element) => element.value)).toEqual([uber, uber, uber]);
    // The Home tab is no message: there is no "Confirm all" on it.
    expect(block(view, 'confirm_all')).toBeUndefined();
    expect(JSON.stringify(view)).not.toMatch(/6,400|cinema|taxi|7,000/);

    // Priya sees the same household.
    const [priyas] = await openTab(home.priyaSlack);
    expect(priyas?.blocks).toEqual(view?.blocks);
  });

  it('tells a household with nothing this month how to begin', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const [view] = await openTab(home.priyaSlack);

    expect(view?.blocks.map((candidate) => candidate.block_id ?? candidate.type)).toEqual(['header', 'empty']);
    expect(textOf(view, 'empty')).toMatch(/^Nothing logged in March 2026 yet\./);
  });

  it('shows a Slack user in no household how to start or link, and nothing of anyone’s spending', async () => {
    await householdWithAMonth();
    const stranger = newSlackUser();

    const [view, ...more] = await openTab(stranger);

    expect(more).toEqual([]);
    expect(view?.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Kitty keeps your household’s spending' } });
    expect(textOf(view, 'start')).toMatch(/^You are not in a household yet\./);
    expect(textOf(view, 'start')).toContain('`/kitty link CODE`');
    expect(JSON.stringify(view)).not.toMatch(/₹|Drafts waiting|kitty\.confirm/);
  });

  it('publishes nothing when the Messages tab is opened', async () => {
    const { home } = await householdWithAMonth();

    expect(await openTab(home.arjunSlack, 'messages')).toEqual([]);
  });
});

describe('the Home tab on the 4th of the month', () => {
  /**
   * The clock on 4 December 2026 in Kolkata, the web month page's fixture. By hand:
   *   November ₹3,900 (2nd) + ₹6,100 (20th) = ₹10,000
   *   December ₹4,200 (3rd) + ₹1,000 logged ahead for the 20th = ₹5,200
   *   1–4 Dec ₹4,200 against 1–4 Nov ₹3,900: ₹300 more (+7.7%), not ₹4,800 less against all November.
   */
  const FOURTH = new Date('2026-12-04T12:00:00+05:30');

  it('compares the days so far with the same days of last month and names them, as the month page does', async () => {
    const fourth = await startSlackKitty(database.db, { now: FOURTH });
    try {
      const home = await slackHousehold(database.db, fourth.fake);
      await importExpenses(database.db, home.arjun, [
        { amount: '8000', date: '2026-10-15', category: 'housing' },
        { amount: '3900', date: '2026-11-02', category: 'groceries' },
        { amount: '6100', date: '2026-11-20', category: 'housing' },
        { amount: '4200', date: '2026-12-03', category: 'groceries' },
        { amount: '1000', date: '2026-12-20', category: 'utilities' },
      ]);

      await fourth.post(eventRequest(eventCallback({ type: 'app_home_opened', user: home.priyaSlack, channel: imChannelOf(home.priyaSlack), tab: 'home', event_ts: nextMessageTs() })));

      const view = fourth.fake.callsTo('views.publish')[0]?.args.view as View;
      expect(view.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Test home · December 2026' } });
      expect(textOf(view, 'totals')).toBe(
        '*₹5,200.00* this month, 2 expenses · ₹4,200.00 in 1–4 Dec against ₹3,900.00 in the same days of November 2026 (1–4 Nov), so *₹300.00 more (+7.7%)*.',
      );
      expect(JSON.stringify(view)).not.toMatch(/10,000|last month/);
      expect(fourth.logs.filter((line) => /"level":"(error|warn)"/.test(line))).toEqual([]);
    } finally {
      await fourth.close();
    }
  });
});

describe('buttons on the Home tab', () => {
  it('Confirm confirms the draft and republishes the tab without it, counted in the month', async () => {
    const { home, uber } = await householdWithAMonth();
    const [mangoes] = (await drafts(home.arjun, 'mangoes 120')) as [string];
    const [before] = await openTab(home.arjunSlack);
    expect(cardIds(before)?.sort()).toEqual([uber, mangoes].sort());

    const { published } = await pressOnHome(home.arjunSlack, ACTION.confirm, uber);

    expect((await getExpense(database.db, home.arjun, uber)).status).toBe('confirmed');
    expect(published).toHaveLength(1);
    const [after] = published;
    expect(cardIds(after)).toEqual([mangoes]);
    expect(textOf(after, 'drafts')).toBe('*Drafts waiting* (1)');
    expect(textOf(after, 'totals')).toBe(MONTH_OF_THREE);
    expect(textOf(after, 'categories_INR')).toMatch(/\nTransport +█+ ₹250\.00\n/);
    // Republished for the presser only: Priya's tab is published when she opens it.
    expect(publishedFor(home.priyaSlack)).toEqual([]);

    // Pressing the stale Confirm again (the tab was not refreshed on another device) changes nothing.
    const again = await pressOnHome(home.arjunSlack, ACTION.confirm, uber);
    expect((await getExpense(database.db, home.arjun, uber)).status).toBe('confirmed');
    expect(again.published.map((view) => view.blocks)).toEqual([after?.blocks]);
  });

  it('Discard discards the draft and republishes the tab with none waiting', async () => {
    const { home, uber } = await householdWithAMonth();

    const { published } = await pressOnHome(home.priyaSlack, ACTION.discard, uber);

    expect((await getExpense(database.db, home.priya, uber)).status).toBe('discarded');
    expect(cardIds(published[0])).toEqual([]);
    expect(textOf(published[0], 'drafts')).toBe('*Drafts waiting*\nNone: everything is confirmed.');
    expect(textOf(published[0], 'totals')).toBe(MONTH_OF_TWO);
  });

  it('Edit opens the modal; saving it republishes the tab with the change', async () => {
    const { home, uber } = await householdWithAMonth();
    const { trigger } = await pressOnHome(home.arjunSlack, ACTION.edit, uber);
    const opened = kitty.fake.callsTo('views.open').find((call) => call.args.trigger_id === trigger);
    const view = opened?.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(JSON.parse(view.private_metadata)).toMatchObject({ expenseId: uber, fromHome: true });
    const { blocks: IDS } = EDIT_MODAL;
    const before = publishedFor(home.arjunSlack).length;

    const response = await kitty.post(
      interactionRequest(
        viewSubmission({
          userId: home.arjunSlack,
          callbackId: view.callback_id,
          privateMetadata: view.private_metadata,
          blocks: view.blocks,
          values: {
            [IDS.amount.block]: { [IDS.amount.action]: viewState.plainText('300') },
            [IDS.currency.block]: { [IDS.currency.action]: viewState.plainText('INR') },
            [IDS.category.block]: { [IDS.category.action]: viewState.staticSelect('transport') },
            [IDS.date.block]: { [IDS.date.action]: viewState.datePicker('2026-03-17') },
            [IDS.description.block]: { [IDS.description.action]: viewState.plainText('uber to the airport') },
            [IDS.paidBy.block]: { [IDS.paidBy.action]: viewState.staticSelect(home.priya.memberId) },
            [IDS.split.block]: { [IDS.split.action]: viewState.radioButtons('none') },
          },
        }),
      ),
    );

    expect(await response.text()).toBe('');
    expect(await getExpense(database.db, home.arjun, uber)).toMatchObject({ status: 'draft', amountMinor: 30000, spentOn: '2026-03-17', description: 'uber to the airport' });
    const republished = publishedFor(home.arjunSlack).slice(before);
    expect(republished).toHaveLength(1);
    expect(textOf(republished[0], `card:${uber}`)).toBe('*₹300.00* · Transport · _uber to the airport_\nTue 17 Mar · paid by Priya');
  });
});

describe('a stale Home tab', () => {
  it('Discard on a draft confirmed meanwhile changes nothing and republishes the tab as it now is', async () => {
    const { home, uber } = await householdWithAMonth();
    const [stale] = await openTab(home.arjunSlack);
    expect(cardIds(stale)).toEqual([uber]);
    await kitty.engine.confirm(home.priya, uber);

    const { published } = await pressOnHome(home.arjunSlack, ACTION.discard, uber);

    expect((await getExpense(database.db, home.arjun, uber)).status).toBe('confirmed');
    expect(published).toHaveLength(1);
    expect(cardIds(published[0])).toEqual([]);
    expect(textOf(published[0], 'totals')).toBe(MONTH_OF_THREE);
  });

  it('Edit on a draft discarded meanwhile opens nothing and republishes the tab as it now is', async () => {
    const { home, uber } = await householdWithAMonth();
    await kitty.engine.discard(home.priya, uber);

    const { published, trigger } = await pressOnHome(home.arjunSlack, ACTION.edit, uber);

    expect(kitty.fake.callsTo('views.open').filter((call) => call.args.trigger_id === trigger)).toEqual([]);
    expect(published).toHaveLength(1);
    expect(cardIds(published[0])).toEqual([]);
  });
});

describe('the dashboard button', () => {
  it('is a link on the Home tab; its press is acknowledged and its delivery settled', async () => {
    const linked = await startSlackKitty(database.db, { dashboardLink: async (member) => `https://kitty.test/s/${member.memberId}` });
    try {
      const home = await slackHousehold(database.db, linked.fake);
      await linked.post(eventRequest(eventCallback({ type: 'app_home_opened', user: home.arjunSlack, channel: imChannelOf(home.arjunSlack), tab: 'home', event_ts: nextMessageTs() })));
      const view = linked.fake.callsTo('views.publish')[0]?.args.view as View;
      const button = block(view, 'dashboard')?.elements?.[0] as { action_id: string; url: string } | undefined;
      expect(button).toMatchObject({ action_id: ACTION.openDashboard, url: `https://kitty.test/s/${home.arjun.memberId}` });

      const trigger = triggerId();
      const response = await linked.post(
        interactionRequest(blockAction({ userId: home.arjunSlack, actionId: ACTION.openDashboard, value: '', responseUrl: linked.fake.responseUrl(), triggerId: trigger, viewType: 'home' })),
      );

      expect(response.status).toBe(200);
      expect(await inboxRows(database.db, `block_actions:${trigger}`)).toEqual([expect.objectContaining({ state: 'processed', householdId: home.household.id })]);
      expect(linked.fake.callsTo('views.publish')).toHaveLength(1);
      expect(linked.logs.filter((line) => /"level":"(error|warn)"/.test(line))).toEqual([]);
    } finally {
      await linked.close();
    }
  });
});
