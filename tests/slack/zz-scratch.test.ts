import { afterAll, beforeAll, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { openTestDatabase } from '../support/database.ts';
import { say } from '../support/engine.ts';
import { commandRequest, slashCommand } from '../support/slack-requests.ts';
import { inboxRows, newChannel, newDirectChannel, newSlackUser, slackHousehold, startSlackKitty, type SlackKitty } from './support.ts';

let database: DatabaseHandle;
let kitty: SlackKitty;
beforeAll(async () => { database = await openTestDatabase(); kitty = await startSlackKitty(database.db); });
afterAll(async () => { await kitty.close(); await database.close(); });

it('explore', async () => {
  const home = await slackHousehold(database.db, kitty.fake);
  const r1 = await say(kitty.engine, home.arjun, 'groceries 1200 and sabzi 300 and dinner 800');
  console.log(JSON.stringify(r1.drafts.map(d => [d.category, d.amount])));
  await kitty.engine.confirmAll(home.arjun, r1.drafts.map(d => d.expenseId));
  const stranger = newSlackUser();
  kitty.fake.addUser({ id: stranger, name: 'max', realName: 'Max Müller', displayName: 'Max', tz: 'Europe/Berlin' });
  for (const [user, channel, text] of [
    [home.arjunSlack, home.channel, 'coffee 180'],
    [home.arjunSlack, newDirectChannel(), 'coffee 180'],
    [home.arjunSlack, newChannel(), 'coffee 180'],
    [home.arjunSlack, home.channel, 'how much on groceries this month?'],
    [home.arjunSlack, home.channel, ''],
    [home.arjunSlack, home.channel, 'help'],
    [home.arjunSlack, home.channel, 'drafts'],
    [home.arjunSlack, home.channel, 'undo'],
    [home.arjunSlack, home.channel, 'invite'],
    [home.priyaSlack, home.channel, 'invite'],
    [home.arjunSlack, home.channel, 'dashboard'],
    [home.arjunSlack, home.channel, 'start'],
    [home.arjunSlack, home.channel, 'blorp wibble'],
    [stranger, newChannel(), 'coffee 180'],
    [stranger, newDirectChannel(), 'start XYZ'],
    [stranger, newDirectChannel(), 'start'],
  ] as const) {
    const responseUrl = kitty.fake.responseUrl();
    const cmd = slashCommand({ text, userId: user, channelId: channel, responseUrl });
    const res = await kitty.post(commandRequest(cmd));
    console.log('>>>', text, res.status, JSON.stringify(await res.text()));
    console.log(JSON.stringify(kitty.fake.responses.filter(p => responseUrl.endsWith(p.id)).map(p => p.body), null, 1));
    console.log(JSON.stringify(await inboxRows(database.db, `command:${cmd.trigger_id}`)).slice(0, 300));
  }
  console.log(JSON.stringify(kitty.fake.calls.map(c => c.method)));
});
