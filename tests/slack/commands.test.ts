import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_LINKED, ONLY_YOU_HERE } from '../../src/channels/slack/household-channel.ts';
import { helpText } from '../../src/channels/slack/render/help.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { expenses, households, inboundMessages, members } from '../../src/db/schema.ts';
import { formatMoney } from '../../src/domain/money.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { slackChannelHousehold } from '../../src/services/slack-channels.ts';
import { openTestDatabase } from '../support/database.ts';
import { say, TEST_NOW } from '../support/engine.ts';
import { DEFAULT_TEAM_ID, type SlackUserSpec } from '../support/fake-slack/index.ts';
import { createTestHousehold } from '../support/households.ts';
import { commandRequest, slashCommand } from '../support/slack-requests.ts';
import {
  blockTexts,
  buttonValue,
  inboxRows,
  newChannel,
  newDirectChannel,
  newSlackUser,
  slackHousehold,
  slackIdentity,
  startSlackKitty,
  type HouseholdScope,
  type SlackKitty,
} from './support.ts';

/**
 * `/kitty …` as a person in Slack meets it: Slack gets an empty 200 at once, the answer follows
 * through the command's response_url (for everyone in the household channel, for the asker
 * alone anywhere else), and every command is stored in the inbox once before it is read.
 */
let database: DatabaseHandle;
let kitty: SlackKitty;
const dashboardAsked: HouseholdScope[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  kitty = await startSlackKitty(database.db, {
    dashboardLink: async (member) => {
      dashboardAsked.push(member);
      return `https://kitty.test/auth/link#${member.memberId}`;
    },
  });
});
afterAll(async () => {
  await kitty.close();
  await database.close();
});

/** TEST_NOW's month, first to last day. */
const MONTH = {
  from: `${TEST_NOW.toISOString().slice(0, 7)}-01`,
  to: new Date(Date.UTC(TEST_NOW.getUTCFullYear(), TEST_NOW.getUTCMonth() + 1, 0)).toISOString().slice(0, 10),
};

// Slack's message payloads are read freely here, as the fake records them.
type Answer = Record<string, any>;

/** Sends `/kitty text`; Slack must get its empty 200 at once, and the person exactly one answer by response_url. */
async function command(userId: string, channelId: string, text: string, options: { on?: SlackKitty; without?: readonly string[] } = {}) {
  const on = options.on ?? kitty;
  const fields = slashCommand({ text, userId, channelId, responseUrl: on.fake.responseUrl() });
  for (const field of options.without ?? []) delete fields[field];
  const response = await on.post(commandRequest(fields));
  expect(response.status).toBe(200);
  expect(await response.text()).toBe('');
  const answers = answersTo(on, fields.response_url);
  expect(answers, `answers to /kitty ${text}`).toHaveLength(1);
  return { answer: answers[0] as Answer, key: `command:${fields.trigger_id}`, fields };
}

function answersTo(on: SlackKitty, responseUrl: string | undefined): Answer[] {
  return on.fake.responses.filter((post) => responseUrl === `${on.fake.url}/response/${post.id}`).map((post) => post.body);
}

/** Stored once, in the household, and marked processed. */
async function expectSettled(key: string, householdId: string) {
  expect(await inboxRows(database.db, key)).toEqual([expect.objectContaining({ kind: 'command', householdId, state: 'processed', error: null })]);
}

/** A Slack person Kitty has never seen; users.info knows them. */
function stranger(spec: Partial<SlackUserSpec> = {}): string {
  const id = newSlackUser();
  kitty.fake.addUser({ id, name: id.toLowerCase(), ...spec });
  return id;
}

/** A name no other test uses, so "nothing was created" can be checked in a shared database. */
const uniqueName = (name: string) => `${name} ${Math.random().toString(36).slice(2, 8)}`;

async function householdsNamed(name: string) {
  return database.db.select({ id: households.id }).from(households).where(eq(households.name, name));
}

async function memberRow(scope: HouseholdScope) {
  const [row] = await database.db
    .select({ displayName: members.displayName, role: members.role })
    .from(members)
    .where(and(eq(members.householdId, scope.householdId), eq(members.id, scope.memberId)));
  return row;
}

async function inboxId(key: string): Promise<string | undefined> {
  const [row] = await database.db
    .select({ id: inboundMessages.id })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.provider, 'slack'), eq(inboundMessages.externalId, key)));
  return row?.id;
}

const drafts = async (scope: HouseholdScope) => (await listExpenses(database.db, scope, { status: ['draft'] })).items;

/** Logs and confirms through the engine, as if done earlier. */
async function confirmed(scope: HouseholdScope, text: string): Promise<void> {
  const reply = await say(kitty.engine, scope, text);
  await kitty.engine.confirmAll(scope, reply.drafts.map((card) => card.expenseId));
}

const postsTo = (channel: string) => kitty.fake.callsTo('chat.postMessage').filter((call) => call.args.channel === channel);

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

describe('/kitty start', () => {
  it('makes a household for a new Slack user, in the currency and time zone of their Slack profile', async () => {
    const name = uniqueName('Max');
    const max = stranger({ displayName: name, tz: 'Europe/Berlin' });

    const { answer, key } = await command(max, newDirectChannel(), 'start');

    const scope = await kitty.engine.people.identify(slackIdentity(max));
    expect(scope).toBeDefined();
    expect(await kitty.engine.people.household(scope!)).toMatchObject({ name: `${name}'s household`, currency: 'EUR', timeZone: 'Europe/Berlin' });
    expect(await memberRow(scope!)).toEqual({ displayName: name, role: 'admin' });
    expect(answer).toEqual({
      response_type: 'ephemeral',
      text: expect.stringMatching(new RegExp(`^All set: \\*${name}'s household\\*, in EUR, on Europe/Berlin time\\.`)),
    });
    expect(answer.text).toContain('`/kitty invite`');
    // Stored before anyone knew whose it was; now the new member's, and done.
    await expectSettled(key, scope!.householdId);

    // From now on Kitty knows them.
    const next = await command(max, newDirectChannel(), 'coffee 3.50');
    expect((await drafts(scope!)).map((draft) => [draft.amountMinor, draft.currency])).toEqual([[350, 'EUR']]);
    await expectSettled(next.key, scope!.householdId);
  });

  it('takes a currency and a time zone: /kitty start INR Asia/Kolkata', async () => {
    const max = stranger({ displayName: uniqueName('Max'), tz: 'Europe/Berlin' });

    const { answer } = await command(max, newDirectChannel(), 'start INR Asia/Kolkata');

    const scope = await kitty.engine.people.identify(slackIdentity(max));
    expect(await kitty.engine.people.household(scope!)).toMatchObject({ currency: 'INR', timeZone: 'Asia/Kolkata' });
    expect(answer.text).toMatch(/, in INR, on Asia\/Kolkata time\./);
  });

  it('refuses a currency it does not know, clearly and privately, creating nothing', async () => {
    const name = uniqueName('Max');
    const max = stranger({ displayName: name, tz: 'Europe/Berlin' });

    const { answer } = await command(max, newDirectChannel(), 'start XYZ');

    expect(answer).toEqual({
      response_type: 'ephemeral',
      text: '"XYZ" is not a currency Kitty knows. Use a three-letter code such as INR, USD or EUR. For example: `/kitty start INR Asia/Kolkata`.',
    });
    expect(await kitty.engine.people.identify(slackIdentity(max))).toBeUndefined();
    expect(await householdsNamed(`${name}'s household`)).toEqual([]);
  });

  it('refuses a time zone it does not know, creating nothing', async () => {
    const name = uniqueName('Max');
    const max = stranger({ displayName: name });

    const { answer } = await command(max, newDirectChannel(), 'start EUR Mars/Olympus');

    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toBe('"Mars/Olympus" is not a time zone Kitty knows. Use a name like Asia/Kolkata or Europe/London. For example: `/kitty start INR Asia/Kolkata`.');
    expect(await kitty.engine.people.identify(slackIdentity(max))).toBeUndefined();
    expect(await householdsNamed(`${name}'s household`)).toEqual([]);
  });

  it('tells a member they are already in a household, and makes no second one', async () => {
    const home = await slackHousehold(database.db, kitty.fake);

    const { answer, key } = await command(home.arjunSlack, home.channel, 'start EUR Europe/Berlin');

    expect(answer).toEqual({ response_type: 'ephemeral', text: 'You are already in Test home. `/kitty help` shows what I can do.' });
    expect(await kitty.engine.people.identify(slackIdentity(home.arjunSlack))).toEqual(home.arjun);
    expect(await kitty.engine.people.household(home.arjun)).toMatchObject({ currency: 'INR', timeZone: 'Asia/Kolkata' });
    await expectSettled(key, home.household.id);
  });

  it('explains instead of staying silent when the payload does not say who sent it', async () => {
    const max = stranger();

    const { answer } = await command(max, newDirectChannel(), 'start', { without: ['user_id'] });

    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toMatch(/^Slack did not say who sent this command/);
    expect(await kitty.engine.people.identify(slackIdentity(max))).toBeUndefined();
  });
});

describe('/kitty link', () => {
  it('with the household’s invite code: joins as a new member named from Slack', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const name = uniqueName('Meera');
    const meera = stranger({ displayName: name, realName: 'Meera Iyer' });
    const code = await kitty.engine.people.inviteCode(home.arjun);

    const { answer, key } = await command(meera, newDirectChannel(), `link ${code.toLowerCase()}`);

    expect(answer).toEqual({
      response_type: 'ephemeral',
      text: 'Welcome to Test home! Tell me what you spend, like `/kitty coffee 180`, and I’ll draft it for you to confirm.',
    });
    const scope = await kitty.engine.people.identify(slackIdentity(meera));
    expect(scope?.householdId).toBe(home.household.id);
    expect([home.arjun.memberId, home.priya.memberId]).not.toContain(scope?.memberId);
    expect(await memberRow(scope!)).toEqual({ displayName: name, role: 'member' });
    await expectSettled(key, home.household.id);

    // In the household channel she now speaks for herself.
    const { answer: card } = await command(meera, home.channel, 'coffee 50');
    expect(card.response_type).toBe('in_channel');
    expect((await drafts(home.arjun)).map((draft) => [draft.amountMinor, draft.loggedBy])).toEqual([[5000, scope!.memberId]]);
  });

  it('with a one-time code from Telegram’s /link: the Slack account becomes the same member, once', async () => {
    const home = await createTestHousehold(database.db); // a Telegram household: nobody in Slack yet
    const { code } = await kitty.engine.people.linkCode(home.priya);
    const priya = stranger({ displayName: 'Priya' });

    const { answer } = await command(priya, newDirectChannel(), `link ${code}`);

    expect(answer).toEqual({
      response_type: 'ephemeral',
      text: 'Linked: in Slack you are now the same member of Test home as in Telegram. Everything you log here adds up with what you log there.',
    });
    expect(await kitty.engine.people.identify(slackIdentity(priya))).toEqual(home.priya);
    await command(priya, newDirectChannel(), 'coffee 180');
    expect((await drafts(home.priya)).map((draft) => [draft.amountMinor, draft.loggedBy, draft.paidBy])).toEqual([[18000, home.priya.memberId, home.priya.memberId]]);
    const names = await database.db.select({ name: members.displayName }).from(members).where(eq(members.householdId, home.household.id));
    expect(names.map((row) => row.name).sort()).toEqual(['Arjun', 'Priya']); // no new member

    // The code is spent.
    const someoneElse = stranger({ displayName: uniqueName('Eve') });
    const again = await command(someoneElse, newDirectChannel(), `link ${code}`);
    expect(again.answer).toEqual({
      response_type: 'ephemeral',
      text: 'That link code is not valid: codes work once, for 15 minutes. Ask for a new one with /link in Telegram.',
    });
    expect(await kitty.engine.people.identify(slackIdentity(someoneElse))).toBeUndefined();

    const twice = await command(priya, newDirectChannel(), `link ${code}`);
    expect(twice.answer.text).toBe('This Slack account is already in Test home.');
  });

  it('refuses a wrong code, linking nothing', async () => {
    const eve = stranger({ displayName: uniqueName('Eve') });

    for (const wrong of ['ZZZZ-ZZZZ', 'ZZZZZ-ZZZZZ', 'hello']) {
      const { answer } = await command(eve, newDirectChannel(), `link ${wrong}`);
      expect(answer.response_type).toBe('ephemeral');
      expect(answer.text).toMatch(/^That (invite|link) code is not valid/);
    }
    expect(await kitty.engine.people.identify(slackIdentity(eve))).toBeUndefined();
  });

  it('without a code, explains where codes come from', async () => {
    const eve = stranger();

    const { answer } = await command(eve, newDirectChannel(), 'link');

    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toMatch(/^Add the code: `\/kitty link ABCD-EFGH` with your partner’s invite code/);
    expect(await kitty.engine.people.identify(slackIdentity(eve))).toBeUndefined();
  });

  it('points a Telegram member who used the invite code at /link, since Slack cannot choose another name', async () => {
    const home = await createTestHousehold(database.db);
    const code = await kitty.engine.people.inviteCode(home.arjun);
    const priya = stranger({ displayName: 'priya' });

    const { answer } = await command(priya, newDirectChannel(), `link ${code}`);

    expect(answer).toEqual({
      response_type: 'ephemeral',
      text: 'This household already has a member called priya. If that is you, send `/link` in Telegram and type the code it gives here as `/kitty link CODE`: this Slack account becomes that member. If not, change your display name in Slack and try again.',
    });
    expect(await kitty.engine.people.identify(slackIdentity(priya))).toBeUndefined();
  });
});

describe('/kitty link-channel', () => {
  it('by an admin: the channel becomes the household channel, with a note to everyone in it', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const shared = newChannel();
    expect((await command(home.priyaSlack, shared, 'coffee 40')).answer.response_type).toBe('ephemeral');

    const { answer, key } = await command(home.arjunSlack, shared, 'link-channel');

    expect(answer).toEqual({ response_type: 'ephemeral', text: 'Done: this is Test home’s channel now.' });
    expect(await slackChannelHousehold(database.db, { teamId: DEFAULT_TEAM_ID, channelId: shared })).toBe(home.household.id);
    expect(postsTo(shared).map((call) => call.args.text)).toEqual([
      'This is now Test home’s channel: drafts and answers for `/kitty` here are shared with everyone in it.',
    ]);
    await expectSettled(key, home.household.id);

    const after = await command(home.priyaSlack, shared, 'coffee 50');
    expect(after.answer.response_type).toBe('in_channel');
    expect(blockTexts(after.answer.blocks)).not.toContain('Only you can see this');

    const again = await command(home.arjunSlack, shared, 'link-channel');
    expect(again.answer).toEqual({ response_type: 'ephemeral', text: 'This is already Test home’s channel.' });
  });

  it('asks to be added when Kitty is not in the channel yet, and links it all the same', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const shared = newChannel();
    kitty.fake.failNext('chat.postMessage', 'not_in_channel');

    const { answer } = await command(home.arjunSlack, shared, 'link-channel');

    expect(answer.text).toBe('Done: this is Test home’s channel now. Add me to it (`/invite @Kitty`) so I can also answer mentions and voice clips here.');
    expect(await slackChannelHousehold(database.db, { teamId: DEFAULT_TEAM_ID, channelId: shared })).toBe(home.household.id);
  });

  it('by a member who is not an admin: refused privately, nothing linked or posted', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const shared = newChannel();

    const { answer, key } = await command(home.priyaSlack, shared, 'link-channel');

    expect(answer).toEqual({ response_type: 'ephemeral', text: 'Only a household admin can choose the household channel.' });
    expect(await slackChannelHousehold(database.db, { teamId: DEFAULT_TEAM_ID, channelId: shared })).toBeUndefined();
    expect(postsTo(shared)).toEqual([]);
    await expectSettled(key, home.household.id);
  });

  it('in another household’s channel: refused, and the channel stays theirs', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const neighbours = await slackHousehold(database.db, kitty.fake);

    const { answer } = await command(home.arjunSlack, neighbours.channel, 'link-channel');

    expect(answer).toEqual({ response_type: 'ephemeral', text: 'This channel is already another household’s channel. Use a channel of your own.' });
    expect(await slackChannelHousehold(database.db, { teamId: DEFAULT_TEAM_ID, channelId: neighbours.channel })).toBe(neighbours.household.id);
    expect(postsTo(neighbours.channel)).toEqual([]);
  });

  it('in a direct message: explains where to run it', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const dm = newDirectChannel();

    const { answer } = await command(home.arjunSlack, dm, 'link-channel');

    expect(answer).toEqual({ response_type: 'ephemeral', text: 'Run `/kitty link-channel` in the channel you share with your partner; this is a direct message.' });
    expect(await slackChannelHousehold(database.db, { teamId: DEFAULT_TEAM_ID, channelId: dm })).toBeUndefined();
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
