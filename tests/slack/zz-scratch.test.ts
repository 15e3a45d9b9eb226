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
  const r = await say(kitty.engine, home.arjun, 'groceries 700 on 20 feb');
  console.log(JSON.stringify(r.drafts.map(d => [d.date, d.amount, d.category.slug])), r.text);
  const s1 = newSlackUser();
  for (const [user, channel, text, drop] of [
    [s1, newDirectChannel(), `start`, ['user_id']],
    [s1, newDirectChannel(), `start EUR Mars/Olympus`, []],
    [s1, newDirectChannel(), `start inr asia/kolkata`, []],
    [home.arjunSlack, home.channel, `coffee`, ['text']],
    [home.arjunSlack, home.channel, `<!channel> coffee 180 & <b>`, []],
    [home.arjunSlack, home.channel, `coffee 180`, ['team_id']],
  ] as const) {
    const responseUrl = kitty.fake.responseUrl();
    const cmd: Record<string, string> = { ...slashCommand({ text, userId: user, channelId: channel, responseUrl }) };
    for (const k of drop) delete cmd[k];
    const res = await kitty.post(commandRequest(cmd));
    console.log('>>>', text, res.status, JSON.stringify(await res.text()));
    console.log(JSON.stringify(kitty.fake.responses.filter(p => responseUrl.endsWith(p.id)).map(p => p.body)));
    console.log(JSON.stringify(await inboxRows(database.db, `command:${cmd.trigger_id}`)).slice(0, 200));
  }
  console.log(kitty.logs.filter(l => /error|warn/i.test(l)).join('\n'));
});
