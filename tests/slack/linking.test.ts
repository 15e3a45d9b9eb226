import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { members } from '../../src/db/schema.ts';
import { writingExample } from '../../src/domain/locale-examples.ts';
import { slackChannelHousehold } from '../../src/services/slack-channels.ts';
import { DEFAULT_TEAM_ID } from '../support/fake-slack/index.ts';
import { createTestHousehold } from '../support/households.ts';
import { blockTexts, newChannel, newDirectChannel, slackHousehold, slackIdentity, type SlackKitty } from './support.ts';
import { commandHarness } from './command-harness.ts';

/**
 * Getting into a household from Slack: `/kitty start`, `/kitty link CODE` (an invite code, or a
 * one-time code from Telegram's /link) and `/kitty link-channel`, answered privately.
 */
let database: DatabaseHandle;
let kitty: SlackKitty;
const { command, expectSettled, stranger, uniqueName, householdsNamed, memberRow, drafts, postsTo } = commandHarness(
  (parts) => ({ database, kitty } = parts),
);

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
      text: expect.stringMatching(new RegExp(`^All set: \\*${name}'s household\\*, in EUR, on Europe/Berlin time, writing numbers and dates like `)),
    });
    const german = writingExample('de-DE');
    expect(answer.text).toContain(`like ${german.number} and ${german.date}. (Not right?`);
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
    expect(answer.text).toMatch(/, in INR, on Asia\/Kolkata time, /);
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

