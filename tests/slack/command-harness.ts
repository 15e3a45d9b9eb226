import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { households, inboundMessages, members } from '../../src/db/schema.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { listExpenses } from '../../src/services/ledger.ts';
import { say, TEST_NOW } from '../support/engine.ts';
import type { SlackUserSpec } from '../support/fake-slack/index.ts';
import { commandRequest, slashCommand } from '../support/slack-requests.ts';
import { inboxRows, newSlackUser, slackKittyForFile, type SlackKitty } from './support.ts';

/**
 * What the `/kitty` tests share: one Kitty for the file (with a dashboard link that records who
 * asked), sending a command and reading its one answer, and reading back what it stored.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Slack's message payloads are read freely here, as the fake records them.
export type Answer = Record<string, any>;

export function commandHarness(opened: (parts: { database: DatabaseHandle; kitty: SlackKitty }) => void) {
  let database!: DatabaseHandle;
  let kitty!: SlackKitty;
  const dashboardAsked: HouseholdScope[] = [];
  slackKittyForFile(
    (parts) => {
      ({ database, kitty } = parts);
      opened(parts);
    },
    {
      dashboardLink: async (member) => {
        dashboardAsked.push(member);
        return `https://kitty.test/auth/link#${member.memberId}`;
      },
    },
  );

  const MONTH = {
    from: `${TEST_NOW.toISOString().slice(0, 7)}-01`,
    to: new Date(Date.UTC(TEST_NOW.getUTCFullYear(), TEST_NOW.getUTCMonth() + 1, 0)).toISOString().slice(0, 10),
  };


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

  return { dashboardAsked, MONTH, command, answersTo, expectSettled, stranger, uniqueName, householdsNamed, memberRow, inboxId, drafts, confirmed, postsTo };
}
