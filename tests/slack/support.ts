import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Hono } from 'hono';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../src/channels/slack/app.ts';
import type { Database, DatabaseHandle } from '../../src/db/database.ts';
import { inboundMessages, slackInstallations } from '../../src/db/schema.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { createLogger } from '../../src/log/logger.ts';
import { linkIdentity } from '../../src/services/identities.ts';
import { linkSlackChannel } from '../../src/services/slack-channels.ts';
import { createApp } from '../../src/web/app.ts';
import { openTestDatabase } from '../support/database.ts';
import type { OfflineReader } from '../../src/engine/read-message.ts';
import { createTestEngine, TEST_NOW } from '../support/engine.ts';
import { DEFAULT_TEAM_ID, startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { TEST_SIGNING_SECRET } from '../support/slack-requests.ts';

/**
 * The real Slack app (createSlackApp, Bolt behind Kitty's receiver) mounted in the real Hono app,
 * on the real database, talking to the fake Web API over HTTP. Requests go in signed as Slack
 * signs them; what Kitty said is read back from the fake's calls and response_url posts.
 */
export interface SlackKitty {
  readonly fake: FakeSlack;
  readonly engine: Engine;
  readonly slack: SlackApp;
  readonly http: Hono;
  readonly logs: string[];
  /** Posts to /slack/events, and waits until Kitty has finished everything the request started. */
  post(request: Request): Promise<Response>;
  close(): Promise<void>;
}

export type SlackKittyOptions = Partial<Pick<SlackAppOptions, 'transcriber' | 'dashboardLink' | 'installationStore' | 'botToken' | 'messagesPerMinute'>> & {
  /** Stands in for the offline interpreter (tests/support/asking-reader.ts). */
  readonly offlineReader?: OfflineReader;
  /** The clock of the engine and the Slack app alike; TEST_NOW unless given. */
  readonly now?: Date;
};

export async function startSlackKitty(db: Database, { offlineReader, now = TEST_NOW, ...options }: SlackKittyOptions = {}): Promise<SlackKitty> {
  const fake = await startFakeSlack();
  const { engine } = createTestEngine(db, { now, ...(offlineReader && { offlineReader }) });
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const slack = createSlackApp({
    engine,
    db,
    logger,
    signingSecret: TEST_SIGNING_SECRET,
    apiUrl: fake.apiUrl,
    now: () => now,
    ...(options.installationStore ? {} : { botToken: fake.botToken }),
    ...options,
  });
  const http = createApp({
    version: 'test',
    logger,
    databaseStatus: async () => ({ kind: 'pglite', migrationsApplied: 0 }),
    slack: { handle: (request, handleOptions) => slack.receiver.handle(request, handleOptions) },
  });
  return {
    fake,
    engine,
    slack,
    http,
    logs,
    async post(request) {
      const response = await http.request(request);
      await slack.receiver.idle();
      return response;
    },
    close: () => fake.close(),
  };
}

/** One database and one Slack Kitty for a test file's tests: opened before them, closed after. */
export function slackKittyForFile(opened: (parts: { database: DatabaseHandle; kitty: SlackKitty }) => void, options: SlackKittyOptions = {}): void {
  let parts: { database: DatabaseHandle; kitty: SlackKitty } | undefined;
  beforeAll(async () => {
    const database = await openTestDatabase();
    parts = { database, kitty: await startSlackKitty(database.db, options) };
    opened(parts);
  });
  afterAll(async () => {
    await parts?.kitty.close();
    await parts?.database.close();
  });
}

/**
 * Fails any test whose run logged an error or a warning: a listener that threw is logged whatever
 * Slack was answered, so this catches failures a test's own assertions might not see.
 */
export function failOnLoggedProblems(kitty: () => SlackKitty): void {
  let logsBefore = 0;
  beforeEach(() => {
    logsBefore = kitty().logs.length;
  });
  afterEach(() => {
    expect(kitty().logs.slice(logsBefore).filter((line) => /"level":"(error|warn)"/.test(line))).toEqual([]);
  });
}

/** Fresh Slack ids for each test: identities and channels are unique across a shared Postgres database. */
let counter = Math.floor(Math.random() * 1e9);
export const newSlackUser = () => `U${(++counter).toString(36).toUpperCase().padStart(8, '0')}`;
export const newChannel = () => `C${(++counter).toString(36).toUpperCase().padStart(8, '0')}`;
export const newDirectChannel = () => `D${(++counter).toString(36).toUpperCase().padStart(8, '0')}`;

/** An id unique to this test (a team, an enterprise, a token's middle), so a shared Postgres never collides. */
export function uniqueId(prefix: string): string {
  return `${prefix}${crypto.randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
}

export type SlackHousehold = TestHousehold & { arjunSlack: string; priyaSlack: string; channel: string };

/** A two-member household (Arjun admin, Priya) with both linked to fresh Slack users and a household channel. */
export async function slackHousehold(db: Database, fake: FakeSlack): Promise<SlackHousehold> {
  const home = await createTestHousehold(db);
  const arjunSlack = newSlackUser();
  const priyaSlack = newSlackUser();
  const channel = newChannel();
  await linkIdentity(db, home.arjun, slackIdentity(arjunSlack));
  await linkIdentity(db, home.priya, slackIdentity(priyaSlack));
  await linkSlackChannel(db, home.arjun, { teamId: DEFAULT_TEAM_ID, channelId: channel });
  fake.addUser({ id: arjunSlack, name: 'arjun', realName: 'Arjun Mehta', displayName: 'Arjun', tz: 'Asia/Kolkata' });
  fake.addUser({ id: priyaSlack, name: 'priya', realName: 'Priya Shah', displayName: 'Priya', tz: 'Asia/Kolkata' });
  return { ...home, arjunSlack, priyaSlack, channel };
}

export function slackIdentity(userId: string, teamId = DEFAULT_TEAM_ID) {
  return { provider: 'slack' as const, externalScope: teamId, externalId: userId };
}

/** The inbox rows stored for one Slack delivery key (0 or 1), read as the system. */
export async function inboxRows(db: Database, externalId: string) {
  return db
    .select({ state: inboundMessages.state, householdId: inboundMessages.householdId, kind: inboundMessages.kind, error: inboundMessages.error, payload: inboundMessages.payload })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.provider, 'slack'), eq(inboundMessages.externalId, externalId)));
}

/** An installation's row as stored, read as the system. */
export async function installationRow(db: Database, installationKey: string) {
  const [row] = await db.select().from(slackInstallations).where(eq(slackInstallations.installationKey, installationKey));
  return row;
}

/** Every block's text in a message or view, flattened, for reading what Kitty showed. */
export function blockTexts(blocks: unknown): string {
  return JSON.stringify(blocks ?? [])
    .match(/"text":"((?:[^"\\]|\\.)*)"/g)
    ?.map((match) => JSON.parse(match.slice(7)) as string)
    .join('\n') ?? '';
}

/** The value (expense id) of the first button with this action id. */
export function buttonValue(blocks: unknown, actionId: string): string {
  for (const block of (blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[]) {
    const button = block.elements?.find((element) => element.action_id === actionId);
    if (button?.value) return button.value;
  }
  throw new Error(`no ${actionId} button in ${JSON.stringify(blocks)}`);
}

export type { HouseholdScope };
