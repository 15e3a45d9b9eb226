import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { NOT_LINKED, ONLY_YOU_HERE } from '../../src/channels/slack/household-channel.ts';
import { helpText } from '../../src/channels/slack/render/help.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { expenses } from '../../src/db/schema.ts';
import { formatMoney } from '../../src/domain/money.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { say } from '../support/engine.ts';
import { commandRequest, slashCommand } from '../support/slack-requests.ts';
import { blockTexts, buttonValue, inboxRows, newChannel, newDirectChannel, slackHousehold, slackIdentity, startSlackKitty, type SlackKitty } from './support.ts';
import { commandHarness, type Answer } from './command-harness.ts';

/**
 * `/kitty …` as a person in Slack meets it: Slack gets an empty 200 at once, the answer follows
 * through the command's response_url (for everyone in the household channel, for the asker
 * alone anywhere else), and every command is stored in the inbox once before it is read.
 * Joining and linking are in linking.test.ts.
 */
let database: DatabaseHandle;
let kitty: SlackKitty;
const { dashboardAsked, MONTH, command, answersTo, expectSettled, stranger, uniqueName, inboxId, drafts, confirmed, postsTo } = commandHarness(
  (parts) => ({ database, kitty } = parts),
);

describe('/kitty coffee 180', () => {
  it('in the household channel: saves a draft and shows everyone its card with Confirm, Edit and Discard', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const { answer, key } = await command(home.arjunSlack, home.channel, 'coffee 180');

    const [draft] = await drafts(home.arjun);
    expect(draft).toMatchObject({ amountMinor: 18000, currency: 'INR', description: 'coffee', loggedBy: home.arjun.memberId, paidBy: home.arjun.memberId, spentOn: '2026-03-18' });
    expect(await drafts(home.arjun)).toHaveLength(1);
    expect(draft?.sourceMessageId).toBe(await inboxId(key));
    expect(answer.response_type).toBe('in_channel');
    expect(answer.replace_original).toBe(false);
    for (const action of ['kitty.confirm', 'kitty.edit', 'kitty.discard']) expect(buttonValue(answer.blocks, action)).toBe(draft?.id);
    expect(blockTexts(answer.blocks)).toContain('*₹180.00* · Dining out · _coffee_\nWed 18 Mar · paid by Arjun');
    // What was said and by whom, for the others in the channel: a real mention, not escaped text.
    expect(blockTexts(answer.blocks)).toContain(`<@${home.arjunSlack}>: coffee 180`);
    expect(blockTexts(answer.blocks)).not.toContain('Only you can see this');
    // The answer goes by response_url, not as a second message.
    expect(postsTo(home.channel)).toEqual([]);
    await expectSettled(key, home.household.id);
  });

  it('in a direct message: the same draft, for the asker alone', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const dm = newDirectChannel();

    const { answer, key } = await command(home.priyaSlack, dm, 'coffee 180');

    const [draft] = await drafts(home.priya);
    expect(draft).toMatchObject({ amountMinor: 18000, loggedBy: home.priya.memberId });
    expect(answer.response_type).toBe('ephemeral');
    expect(buttonValue(answer.blocks, 'kitty.confirm')).toBe(draft?.id);
    expect(blockTexts(answer.blocks)).not.toContain('Only you can see this');
    expect(postsTo(dm)).toEqual([]);
    await expectSettled(key, home.household.id);
  });

  it('in some other channel: ephemeral, saying this is not the household channel; nothing is shown there', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const elsewhere = newChannel();

    const { answer, key } = await command(home.arjunSlack, elsewhere, 'coffee 180');

    expect(answer.response_type).toBe('ephemeral');
    expect(blockTexts(answer.blocks)).toContain(ONLY_YOU_HERE);
    expect(buttonValue(answer.blocks, 'kitty.confirm')).toBe((await drafts(home.arjun))[0]?.id);
    expect(postsTo(elsewhere)).toEqual([]);
    expect(kitty.fake.callsTo('chat.postEphemeral').filter((call) => call.args.channel === elsewhere)).toEqual([]);
    await expectSettled(key, home.household.id);
  });

  it('another household’s channel is “some other channel” too', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const neighbours = await slackHousehold(database.db, kitty.fake);

    const { answer } = await command(home.arjunSlack, neighbours.channel, 'coffee 180');

    expect(answer.response_type).toBe('ephemeral');
    expect(blockTexts(answer.blocks)).toContain(ONLY_YOU_HERE);
    expect(await drafts(neighbours.arjun)).toEqual([]);
  });

  it('does not let words said to Kitty ping the channel', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const { answer } = await command(home.arjunSlack, home.channel, '<!channel> coffee 180');

    expect(answer.response_type).toBe('in_channel');
    expect(JSON.stringify(answer)).not.toContain('<!channel>');
    expect((await drafts(home.arjun)).map((draft) => draft.amountMinor)).toEqual([18000]);
  });

  it('is stored and answered once when the same command arrives twice', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const fields = slashCommand({ text: 'coffee 180', userId: home.arjunSlack, channelId: home.channel, responseUrl: kitty.fake.responseUrl() });

    expect((await kitty.post(commandRequest(fields))).status).toBe(200);
    expect((await kitty.post(commandRequest(fields))).status).toBe(200);

    expect(answersTo(kitty, fields.response_url)).toHaveLength(1);
    expect(await drafts(home.arjun)).toHaveLength(1);
    await expectSettled(`command:${fields.trigger_id}`, home.household.id);
  });

  it('a payload without a trigger id is still answered and kept, every time', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const first = await command(home.arjunSlack, newDirectChannel(), 'coffee 50', { without: ['trigger_id'] });
    const second = await command(home.arjunSlack, newDirectChannel(), 'tea 60', { without: ['trigger_id'] });

    const saved = await drafts(home.arjun);
    expect(saved.map((draft) => draft.amountMinor).sort()).toEqual([5000, 6000]);
    expect([first, second].map(({ answer }) => buttonValue(answer.blocks, 'kitty.confirm')).sort()).toEqual(saved.map((draft) => draft.id).sort());
  });
});

describe('/kitty questions', () => {
  it('answers “how much on groceries this month?” with the real sum from the ledger', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const neighbours = await slackHousehold(database.db, kitty.fake);
    await confirmed(home.arjun, 'groceries 1200 and sabzi 300 and dinner 800');
    await confirmed(home.priya, 'groceries 250');
    await confirmed(home.arjun, 'groceries 700 on 20 feb'); // last month
    await say(kitty.engine, home.arjun, 'groceries 5000'); // a draft: not spending yet
    await confirmed(neighbours.arjun, 'groceries 9999');

    const { answer, key } = await command(home.priyaSlack, home.channel, 'how much on groceries this month?');

    const month = await listExpenses(database.db, home.arjun, { ...MONTH, category: 'groceries' });
    const total = month.items.reduce((sum, expense) => sum + expense.amountMinor, 0);
    expect(total).toBe(175000);
    expect(answer.response_type).toBe('in_channel');
    expect(blockTexts(answer.blocks)).toContain(`The household spent ${formatMoney(total, 'INR')} on Groceries in March 2026 across ${month.items.length} expenses.`);
    expect(await drafts(home.arjun)).toHaveLength(1); // a question makes no draft
    await expectSettled(key, home.household.id);
  });

  it('answers for the asker alone outside the household channel', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    await confirmed(home.arjun, 'groceries 1200');

    const { answer } = await command(home.arjunSlack, newChannel(), 'how much on groceries this month?');

    expect(answer.response_type).toBe('ephemeral');
    expect(blockTexts(answer.blocks)).toContain('The household spent ₹1,200.00 on Groceries in March 2026 across 1 expense.');
  });

  it('answers words it does not understand with what it can do, and logs nothing', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const { answer, key } = await command(home.arjunSlack, newDirectChannel(), 'blorp wibble');

    expect(blockTexts(answer.blocks)).toContain('I didn\'t find an expense or a question there.');
    expect(await drafts(home.arjun)).toEqual([]);
    await expectSettled(key, home.household.id);
  });
});

describe('/kitty dashboard, help, invite, drafts, undo', () => {
  it('dashboard: a private link button, even in the household channel', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const { answer, key } = await command(home.priyaSlack, home.channel, 'dashboard');

    const url = `https://kitty.test/auth/link#${home.priya.memberId}`;
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toBe(`Your quick look at the month: ${url}`);
    const buttons = (answer.blocks as Answer[]).flatMap((block) => block.elements ?? []);
    expect(buttons).toEqual([expect.objectContaining({ type: 'button', url, text: { type: 'plain_text', text: 'Open the dashboard' } })]);
    expect(dashboardAsked.at(-1)).toEqual(home.priya);
    await expectSettled(key, home.household.id);
  });

  it('dashboard: says plainly when the web view is not set up', async () => {
    const bare = await startSlackKitty(database.db);
    try {
      const home = await slackHousehold(database.db, bare.fake);
      const { answer } = await command(home.arjunSlack, home.channel, 'dashboard', { on: bare });
      expect(answer).toEqual({ response_type: 'ephemeral', text: 'The web view is not set up on this Kitty yet (it needs SESSION_SECRET and PUBLIC_URL).' });
    } finally {
      await bare.close();
    }
  });

  it('help, in any case, privately even in the household channel', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const { answer, key } = await command(home.arjunSlack, home.channel, 'HELP');

    expect(answer).toEqual({ response_type: 'ephemeral', text: helpText() });
    expect(answer.text).toContain('`/kitty link CODE`');
    expect(answer.text).toContain('`/kitty link-channel`');
    await expectSettled(key, home.household.id);
  });

  it('an empty /kitty: an example of what to say; a payload without text reads as empty', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const empty = await command(home.arjunSlack, home.channel, '');
    const missing = await command(home.arjunSlack, home.channel, 'coffee 180', { without: ['text'] });

    for (const { answer, key } of [empty, missing]) {
      expect(answer).toEqual({
        response_type: 'ephemeral',
        text: 'Tell me what you spent or ask a question, like `/kitty coffee 180` or `/kitty how much on groceries this month?`. `/kitty help` shows the rest.',
      });
      await expectSettled(key, home.household.id);
    }
    expect(await drafts(home.arjun)).toEqual([]);
  });

  it('someone Kitty does not know: told how to begin, nothing logged, the command kept in the inbox', async () => {
    const eve = stranger();
    const dashboardsBefore = dashboardAsked.length;

    const { answer, key } = await command(eve, newChannel(), 'coffee 180');
    const empty = await command(eve, newDirectChannel(), '');
    const dashboard = await command(eve, newDirectChannel(), 'dashboard');

    for (const reply of [answer, empty.answer, dashboard.answer]) expect(reply).toEqual({ response_type: 'ephemeral', text: NOT_LINKED });
    const [row] = await inboxRows(database.db, key);
    expect(row).toMatchObject({ kind: 'command', householdId: null, payload: expect.objectContaining({ text: 'coffee 180', user_id: eve }) });
    const id = await inboxId(key);
    expect(await database.db.select({ id: expenses.id }).from(expenses).where(eq(expenses.sourceMessageId, id!))).toEqual([]);
    expect(await kitty.engine.people.identify(slackIdentity(eve))).toBeUndefined();
    expect(dashboardAsked).toHaveLength(dashboardsBefore);
  });

  it('invite: the admin gets the code, which lets a partner in; anyone else is told only admins can', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const { answer, key } = await command(home.arjunSlack, home.channel, 'invite');

    const code = await kitty.engine.people.inviteCode(home.arjun);
    expect(answer).toEqual({ response_type: 'ephemeral', text: `Your partner joins with \`/kitty link ${code}\` in Slack (or \`/join ${code}\` in Telegram).` });
    await expectSettled(key, home.household.id);

    const refused = await command(home.priyaSlack, home.channel, 'invite');
    expect(refused.answer).toEqual({ response_type: 'ephemeral', text: 'Only a household admin can invite people.' });
    await expectSettled(refused.key, home.household.id);

    const partner = stranger({ displayName: uniqueName('Kavya') });
    await command(partner, newDirectChannel(), `link ${code}`);
    expect((await kitty.engine.people.identify(slackIdentity(partner)))?.householdId).toBe(home.household.id);
  });

  it('drafts: every waiting draft with its buttons and Confirm all, shown where the command was typed', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const none = await command(home.arjunSlack, home.channel, 'drafts');
    expect(none.answer.text).toBe('No drafts waiting.');

    await say(kitty.engine, home.arjun, 'milk 60');
    await say(kitty.engine, home.priya, 'bread 45');
    const { answer, key } = await command(home.arjunSlack, home.channel, 'drafts');

    const waiting = await drafts(home.arjun);
    expect(answer.response_type).toBe('in_channel');
    expect(blockTexts(answer.blocks)).toContain('2 drafts waiting.');
    const confirmIds = (answer.blocks as Answer[]).flatMap((block) => block.elements ?? []).filter((element) => element.action_id === 'kitty.confirm').map((element) => element.value);
    expect(confirmIds.sort()).toEqual(waiting.map((draft) => draft.id).sort());
    expect(blockTexts(answer.blocks)).toContain('Confirm all (2)');
    await expectSettled(key, home.household.id);

    const privately = await command(home.arjunSlack, newDirectChannel(), 'drafts');
    expect(privately.answer.response_type).toBe('ephemeral');
  });

  it('undo: takes back the last confirmation, then says there is nothing left', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    await confirmed(home.arjun, 'coffee 180');

    const { answer, key } = await command(home.arjunSlack, home.channel, 'undo');

    const [expense] = await drafts(home.arjun);
    expect(expense).toMatchObject({ amountMinor: 18000, status: 'draft' });
    expect(answer.response_type).toBe('in_channel');
    expect(blockTexts(answer.blocks)).toContain('Undid the confirmation: coffee, ₹180.00.');
    expect(buttonValue(answer.blocks, 'kitty.confirm')).toBe(expense?.id);
    await expectSettled(key, home.household.id);

    const nothing = await command(home.arjunSlack, home.channel, 'undo');
    expect(nothing.answer.text).toBe('Nothing of yours to undo from the last day.');
    expect(await drafts(home.arjun)).toHaveLength(1);
  });
});
