/**
 * The Slack channel: Bolt with Kitty's listeners, behind the receiver the web app's
 * POST /slack/events hands requests to. `createSlackApp` takes everything it needs, so the same
 * app serves one workspace by bot token (self-hosting), any number by OAuth installations, and
 * tests pointed at a fake Web API.
 */
import { App, LogLevel, webApi, type Authorize, type InstallationStore, type Logger as BoltLogger } from '@slack/bolt';
import type { Database } from '../../db/database.ts';
import type { HouseholdScope } from '../../db/scope.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../log/logger.ts';
import type { Transcriber } from '../../transcribe/types.ts';
import type { SlackDeps } from './context.ts';
import { failureHandler, type ClientOptions } from './failures.ts';
import { appHome } from './features/app-home.ts';
import { draftButtons } from './features/draft-buttons.ts';
import { editModal } from './features/edit-modal.ts';
import { conversation } from './features/conversation.ts';
import { installs } from './features/installs.ts';
import { kittyCommand } from './features/kitty-command.ts';
import { rateLimit, receive } from './middleware.ts';
import { SlackReceiver } from './receiver.ts';

export interface SlackAppOptions {
  readonly engine: Engine;
  readonly db: Database;
  readonly logger: Logger;
  readonly signingSecret: string;
  /** One workspace, self-hosted: the bot token from "Install to Workspace". */
  readonly botToken?: string;
  /** Workspaces installed through /slack/install; consulted before `botToken`. */
  readonly installationStore?: InstallationStore;
  /** Slack's Web API base (tests: a fake); https://slack.com/api/ by default. */
  readonly apiUrl?: string;
  readonly transcriber?: Transcriber;
  readonly dashboardLink?: (member: HouseholdScope) => Promise<string | undefined>;
  /** Deliveries per Slack account per minute before Kitty asks them to slow down; default 30. */
  readonly messagesPerMinute?: number;
  /** Workers need a wrapped fetch (see src/runtime); the runtime's own by default. */
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
}

export interface SlackApp {
  readonly bolt: App;
  readonly receiver: SlackReceiver;
}

export function createSlackApp(options: SlackAppOptions): SlackApp {
  if (!options.botToken && !options.installationStore) throw new Error('Slack needs a bot token or an installation store.');
  const fetchFn = options.fetch ?? globalThis.fetch;
  const now = options.now ?? (() => new Date());
  // Signatures are checked against the wall clock, whatever day Kitty is told it is.
  const receiver = new SlackReceiver({ signingSecret: options.signingSecret, logger: options.logger });
  const clientOptions = {
    ...(options.apiUrl && { slackApiUrl: options.apiUrl }),
    fetch: fetchFn,
    // Slack's own advice for 429s and hiccups; a listener should not wait minutes on one call.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 },
    timeout: 10_000,
  };
  const bolt = new App({
    receiver,
    authorize: authorizer(options, clientOptions),
    clientOptions,
    logger: boltLogger(options.logger),
    // Kitty's middleware answers what the listeners leave unanswered; Bolt's error handler gets the full context.
    extendedErrorHandler: true,
  });

  const deps: SlackDeps = {
    engine: options.engine,
    db: options.db,
    logger: options.logger,
    ...(options.transcriber && { transcriber: options.transcriber }),
    ...(options.dashboardLink && { dashboardLink: options.dashboardLink }),
    fetch: fetchFn,
    now,
  };
  bolt.use(receive(deps));
  bolt.use(rateLimit({ limit: options.messagesPerMinute ?? 30, windowMs: 60_000 }));
  kittyCommand(bolt, deps);
  conversation(bolt, deps);
  draftButtons(bolt, deps);
  editModal(bolt, deps);
  appHome(bolt, deps);
  installs(bolt, deps, options.installationStore);
  bolt.error(failureHandler(deps, clientOptions));
  return { bolt, receiver };
}

/**
 * Which token answers a workspace: its OAuth installation if it has one, else the single
 * workspace's bot token. The bot's own user id comes with it, so Bolt can ignore Kitty's own
 * messages.
 */
/**
 * The bot's own ids by token (and API): they last as long as the token, and a Worker builds its
 * app per request, so they are kept for the life of the process or isolate.
 */
const selves = new Map<string, Promise<{ botUserId: string; botId: string }>>();

function authorizer(options: SlackAppOptions, clientOptions: ClientOptions): Authorize<boolean> {
  const singleWorkspace = () => {
    const key = `${options.apiUrl ?? ''} ${options.botToken}`;
    let self = selves.get(key);
    if (!self) {
      self = new webApi.WebClient(options.botToken, clientOptions).auth.test().then(
        (answer) => ({ botUserId: String(answer.user_id ?? ''), botId: String(answer.bot_id ?? '') }),
        (error: unknown) => {
          selves.delete(key); // try again with the next request
          throw error;
        },
      );
      selves.set(key, self);
    }
    return self;
  };
  return async (source) => {
    if (options.installationStore) {
      try {
        const installation = await options.installationStore.fetchInstallation({
          teamId: source.teamId,
          enterpriseId: source.enterpriseId,
          isEnterpriseInstall: source.isEnterpriseInstall,
        });
        const bot = installation.bot;
        if (bot?.token) return { botToken: bot.token, botUserId: bot.userId, botId: bot.id, teamId: source.teamId, enterpriseId: source.enterpriseId };
      } catch (error) {
        if (!options.botToken) throw error;
      }
    }
    if (!options.botToken) throw new Error(`Kitty is not installed in workspace ${source.teamId ?? source.enterpriseId ?? 'unknown'}.`);
    return { botToken: options.botToken, ...(await singleWorkspace()) };
  };
}

/** Bolt's chatter goes to Kitty's logger, as structured lines, never with a token in them. */
function boltLogger(logger: Logger): BoltLogger {
  const line = (parts: unknown[]) => parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
  let level = LogLevel.INFO;
  let name = 'bolt';
  return {
    debug: (...parts) => logger.debug(line(parts), { source: name }),
    info: (...parts) => logger.info(line(parts), { source: name }),
    warn: (...parts) => logger.warn(line(parts), { source: name }),
    error: (...parts) => logger.error(line(parts), { source: name }),
    setLevel: (next) => (level = next),
    getLevel: () => level,
    setName: (next) => (name = next),
  };
}
