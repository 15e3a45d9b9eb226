import { describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { writingExample } from '../../src/domain/locale-examples.ts';
import { callbackQuery, command, familyGroup, startCommand, type TelegramPerson } from '../support/fake-telegram/index.ts';
import { buttonData, buttonRows, currentMessage, newPerson, newStranger, priyaUser, resultOf, startKitty, telegramHousehold, telegramTestFile, type Kitty } from './support.ts';

/** Setting up a household from Telegram: /start with currency and time-zone buttons, /invite, and joining. */
let handle: DatabaseHandle;
let kitty: Kitty;

telegramTestFile((opened) => (handle = opened), () => kitty);

const INVITE = /^Invite your partner with this link: https:\/\/t\.me\/kitty_household_bot\?start=([A-Z2-9]{4}-[A-Z2-9]{4})\n\nOr they can send me \/join \1$/;

/** /start, the currency button, the time-zone button: returns the last (edited) message. */
async function startHousehold(person: TelegramPerson, currency: string, zone: string): Promise<Message> {
  await kitty.send(startCommand(person));
  const welcome = resultOf(kitty.fake.callsOf('sendMessage').at(-1));
  await kitty.send(callbackQuery(person, welcome, buttonData(welcome, currency)));
  const zones = currentMessage(kitty.fake, welcome);
  await kitty.send(callbackQuery(person, zones, buttonData(zones, zone)));
  return currentMessage(kitty.fake, welcome);
}

async function inviteCode(admin: TelegramPerson): Promise<string> {
  await kitty.send(command(admin, 'invite'));
  const text = kitty.sentTexts().at(-1) ?? '';
  expect(text).toMatch(INVITE);
  return INVITE.exec(text)![1]!;
}

describe('onboarding', () => {
  it('sets up a household for a new user with currency and time-zone buttons, Hindi speakers seeing INR first', async () => {
    kitty = await startKitty(handle.db);
    const priya = newPerson(priyaUser);

    await kitty.send(startCommand(priya));

    const welcome = resultOf(kitty.fake.callsOf('sendMessage')[0]);
    expect(welcome.text).toBe(
      "Hi, I am Kitty 🐱 I keep your household's spending from chat messages.\n\nLet's set up your household. Which currency do you spend in? (Joining your partner instead? Send /join and their code.)",
    );
    expect(buttonRows(welcome)).toEqual([
      ['INR', 'USD', 'EUR'],
      ['GBP', 'AUD', 'CAD'],
      ['SGD', 'AED', 'JPY'],
    ]);
    expect(await kitty.engine.people.identify({ provider: 'telegram', externalId: String(priya.id) })).toBeUndefined();

    await kitty.send(callbackQuery(priya, welcome, buttonData(welcome, 'INR')));
    const zones = currentMessage(kitty.fake, welcome);
    expect(zones.text).toBe('INR it is. And your time zone? ("yesterday" and "this month" follow it.)');
    expect(buttonRows(zones)).toEqual([['Kolkata']]);
    expect(kitty.fake.callsOf('answerCallbackQuery')).toHaveLength(1);

    await kitty.send(callbackQuery(priya, zones, buttonData(zones, 'Kolkata')));
    const done = currentMessage(kitty.fake, welcome);
    expect(done.text).toBe(
      `All set: Priya's household, in INR, on Asia/Kolkata time, writing numbers and dates like ${writingExample('en-IN').number} and ${writingExample('en-IN').date}.\n\nInvite your partner with /invite, then just tell me what you spend, like "sabzi 320" or "uber 250 and lunch 400".`,
    );
    expect(done.reply_markup).toBeUndefined();
    // Every step happened on the one message.
    expect(kitty.fake.callsOf('sendMessage')).toHaveLength(1);

    const scope = await kitty.engine.people.identify({ provider: 'telegram', externalId: String(priya.id) });
    expect(scope).toBeDefined();
    expect(await kitty.engine.people.household(scope!)).toMatchObject({ name: "Priya's household", currency: 'INR', timeZone: 'Asia/Kolkata' });
  });

  it('puts EUR first for a German speaker, offers European time zones, and says Berlin writes a decimal comma', async () => {
    kitty = await startKitty(handle.db);
    const max = newStranger();

    await kitty.send(startCommand(max));
    const welcome = resultOf(kitty.fake.callsOf('sendMessage')[0]);
    expect(buttonRows(welcome)[0]).toEqual(['EUR', 'INR', 'USD']);

    await kitty.send(callbackQuery(max, welcome, buttonData(welcome, 'EUR')));
    const zones = currentMessage(kitty.fake, welcome);
    expect(buttonRows(zones)).toEqual([['Berlin'], ['Paris'], ['Madrid'], ['Rome'], ['Amsterdam'], ['Dublin']]);

    await kitty.send(callbackQuery(max, zones, buttonData(zones, 'Berlin')));
    const german = writingExample('de-DE');
    expect(german.number).toBe('1.234,5');
    expect(currentMessage(kitty.fake, welcome).text).toContain(`on Europe/Berlin time, writing numbers and dates like ${german.number} and ${german.date}.`);
  });

  it('does not make a second household when the time-zone button is pressed twice', async () => {
    kitty = await startKitty(handle.db);
    const arjun = newPerson();
    await startHousehold(arjun, 'USD', 'New York');
    const zones = kitty.fake.callsOf('editMessageText')[0]!;
    const scope = await kitty.engine.people.identify({ provider: 'telegram', externalId: String(arjun.id) });

    await kitty.send(callbackQuery(arjun, resultOf(zones), buttonData(resultOf(zones), 'New York')));

    expect(kitty.fake.callsOf('editMessageText').at(-1)?.params.text).toBe('You already have a household. Send /help to see what I can do.');
    expect(await kitty.engine.people.identify({ provider: 'telegram', externalId: String(arjun.id) })).toEqual(scope);
  });

  it('welcomes a member back on /start, and asks for a private chat when /start comes from a group', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db, { name: 'Sharma home' });

    await kitty.send(startCommand(home.arjunUser));
    expect(kitty.sentTexts()[0]).toMatch(/^Welcome back to Sharma home! I keep your household's expenses/);

    await kitty.send(startCommand(newStranger(), undefined, { chat: familyGroup }));
    expect(kitty.sentTexts()[1]).toBe(
      'To set up Kitty, each of you first sends me /start in a private chat (the second one with the invite code). Then I can work here in the group too.',
    );
  });
});

describe('invites', () => {
  it('gives the admin a code and a t.me deep link, and the partner joins through the link', async () => {
    kitty = await startKitty(handle.db);
    const arjun = newPerson();
    const priya = newPerson(priyaUser);
    await startHousehold(arjun, 'INR', 'Kolkata');

    const code = await inviteCode(arjun);
    await kitty.send(startCommand(priya, code));

    expect(kitty.sentTexts().at(-1)).toBe('Welcome to Arjun\'s household! Tell me what you spend, like "coffee 180", and I\'ll draft it for you to confirm.');
    const admin = await kitty.engine.people.identify({ provider: 'telegram', externalId: String(arjun.id) });
    const partner = await kitty.engine.people.identify({ provider: 'telegram', externalId: String(priya.id) });
    expect(partner?.householdId).toBe(admin?.householdId);
    expect(partner?.memberId).not.toBe(admin?.memberId);

    // The link pressed again later changes nothing.
    await kitty.send(startCommand(priya, code));
    expect(kitty.sentTexts().at(-1)).toBe("You are already in Arjun's household.");
  });

  it('joins with /join CODE, typed in any case, and refuses a wrong code', async () => {
    kitty = await startKitty(handle.db);
    const arjun = newPerson();
    const priya = newPerson(priyaUser);
    await startHousehold(arjun, 'GBP', 'London');
    const code = await inviteCode(arjun);

    await kitty.send(command(priya, 'join', 'ZZZZ-ZZZZ'));
    expect(kitty.sentTexts().at(-1)).toBe('That invite code is not valid. Ask an admin of the household for the current one.');
    expect(await kitty.engine.people.identify({ provider: 'telegram', externalId: String(priya.id) })).toBeUndefined();

    await kitty.send(command(priya, 'join'));
    expect(kitty.sentTexts().at(-1)).toBe('Send /join followed by the invite code your partner got from /invite, like /join ABCD-EFGH.');

    await kitty.send(command(priya, 'join', code.toLowerCase()));
    expect(kitty.sentTexts().at(-1)).toMatch(/^Welcome to Arjun's household!/);
    const partner = await kitty.engine.people.identify({ provider: 'telegram', externalId: String(priya.id) });
    expect(await kitty.engine.people.household(partner!)).toMatchObject({ currency: 'GBP', timeZone: 'Europe/London' });
  });

  it('refuses /invite politely to a member who is not an admin, and to a stranger', async () => {
    kitty = await startKitty(handle.db);
    const home = await telegramHousehold(handle.db);

    await kitty.send(command(home.priyaUser, 'invite'));
    await kitty.send(command(newStranger(), 'invite'));

    expect(kitty.sentTexts()).toEqual(['Only a household admin can invite people.', 'Set up a household first: send me /start in a private chat.']);
  });
});
