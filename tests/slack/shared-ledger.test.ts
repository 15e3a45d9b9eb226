import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACTION } from '../../src/channels/slack/action-ids.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { openTestDatabase } from '../support/database.ts';
import { callbackQuery, command, privateText } from '../support/fake-telegram/index.ts';
import { blockAction, commandRequest, interactionRequest, slashCommand } from '../support/slack-requests.ts';
import { buttonData, resultOf, startKitty as startTelegramKitty, telegramHousehold, type Kitty as TelegramKitty } from '../telegram/support.ts';
import { blockTexts, buttonValue, newChannel, newSlackUser, startSlackKitty, type SlackKitty } from './support.ts';

/**
 * The "done when": a household that lives in Telegram links both partners and a channel
 * in Slack, logs and confirms from both, and both apps give the same numbers from one ledger.
 */
let database: DatabaseHandle;
let telegram: TelegramKitty;
let slack: SlackKitty;

beforeAll(async () => {
  database = await openTestDatabase();
  telegram = await startTelegramKitty(database.db);
  slack = await startSlackKitty(database.db);
});
afterAll(async () => {
  await telegram.close();
  await slack.close();
  await database.close();
});

it('Telegram and Slack entries of one household add up to the same numbers in both apps', async () => {
  const home = await telegramHousehold(database.db);
  const arjunSlack = newSlackUser();
  const priyaSlack = newSlackUser();
  slack.fake.addUser({ id: arjunSlack, name: 'arjun', displayName: 'Arjun' });
  slack.fake.addUser({ id: priyaSlack, name: 'priya', displayName: 'Priya' });
  const channel = newChannel();

  // Each partner asks Telegram for a link code and spends it in Slack.
  for (const [telegramUser, slackUser] of [[home.arjunUser, arjunSlack], [home.priyaUser, priyaSlack]] as const) {
    await telegram.send(command(telegramUser, 'link'));
    const code = /\/kitty link ([A-Z0-9-]+)/.exec(telegram.sentTexts().at(-1) ?? '')?.[1];
    expect(code).toBeDefined();
    await slack.post(commandRequest(slashCommand({ text: `link ${code}`, userId: slackUser, channelId: channel, responseUrl: slack.fake.responseUrl() })));
    expect(slack.fake.responses.at(-1)?.body.text).toContain('same member');
  }
  await slack.post(commandRequest(slashCommand({ text: 'link-channel', userId: arjunSlack, channelId: channel, responseUrl: slack.fake.responseUrl() })));

  // Priya logs groceries in Telegram and confirms them there.
  await telegram.send(privateText(home.priyaUser, 'groceries 1200'));
  const card = resultOf(telegram.fake.callsOf('sendMessage').at(-1));
  await telegram.send(callbackQuery(home.priyaUser, card, buttonData(card, '✅ Confirm')));

  // Arjun logs a coffee in the Slack channel and confirms it there.
  const logged = slack.fake.responseUrl();
  await slack.post(commandRequest(slashCommand({ text: 'coffee 180', userId: arjunSlack, channelId: channel, responseUrl: logged })));
  const slackCard = slack.fake.responses.at(-1)!.body;
  expect(slackCard.response_type).toBe('in_channel');
  await slack.post(
    interactionRequest(
      blockAction({
        userId: arjunSlack,
        actionId: ACTION.confirm,
        value: buttonValue(slackCard.blocks, ACTION.confirm),
        responseUrl: slack.fake.responseUrl(),
        channelId: channel,
        messageTs: '1700000000.000200',
        messageBlocks: slackCard.blocks as unknown[],
      }),
    ),
  );
  expect(blockTexts(slack.fake.responses.at(-1)?.body.blocks)).toContain('Confirmed');

  // Both apps answer from the one ledger: ₹1,200 + ₹180.
  await slack.post(commandRequest(slashCommand({ text: 'how much did we spend this month?', userId: priyaSlack, channelId: channel, responseUrl: slack.fake.responseUrl() })));
  const slackAnswer = blockTexts(slack.fake.responses.at(-1)?.body.blocks);
  await telegram.send(privateText(home.arjunUser, 'how much did we spend this month?'));
  const telegramAnswer = telegram.sentTexts().at(-1) ?? '';

  expect(slackAnswer).toContain('₹1,380.00');
  expect(telegramAnswer).toContain('₹1,380.00');
});
