import { serve } from '@hono/node-server';
import { consoleMember } from '../channels/console/console-member.ts';
import { runConsoleChat } from '../channels/console/chat.ts';
import { countAppliedMigrations } from '../db/status.ts';
import { createLogger } from '../log/logger.ts';
import { VERSION } from '../version.ts';
import { createApp } from '../web/app.ts';
import { readNodeConfig } from './node-config.ts';
import { openNodeEngine, webDepsFor } from './node-engine.ts';
import { nodeTelegramBot, startPolling, webhookFor } from './node-telegram.ts';
import { installationStoreFor, slackAppFor, slackInstallFor } from './slack.ts';
import { transcriberFor } from './transcriber.ts';

/** `npm start`: one Node process serving Kitty on the embedded database unless DATABASE_URL is set. */
const config = readNodeConfig();
// In a terminal, the console chat owns stdout; log lines go to stderr so they don't break its prompt.
const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
const logger = createLogger(config.logLevel, interactive ? (line) => process.stderr.write(`${line}\n`) : undefined);
const { engine, database, keyring } = await openNodeEngine(config, { logger });
const web = webDepsFor(config, { engine, database, keyring });
const transcriber = transcriberFor(config, logger);
const telegram = config.telegram ? nodeTelegramBot({ ...config, telegram: config.telegram }, engine, logger, transcriber) : undefined;
const slack = config.slack && nodeSlack({ ...config, slack: config.slack });
const app = createApp({
  version: VERSION,
  logger,
  databaseStatus: async () => ({ kind: database.kind, migrationsApplied: await countAppliedMigrations(database.db) }),
  ...(telegram &&
    config.telegram?.mode === 'webhook' &&
    config.telegram.webhookSecret && { telegramWebhook: await webhookFor(telegram, config.telegram.webhookSecret) }),
  ...(slack && { slack: slack.endpoint }),
  ...(web && { web }),
});

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  logger.info('Kitty is running', {
    url: config.publicUrl,
    port: info.port,
    database: config.database.kind === 'pglite' ? `pglite:${config.database.dataDir}` : 'postgres',
    encryptionAtRest: config.encryptionKey ? 'on' : 'off: set APP_ENCRYPTION_KEY to store model API keys',
    webView: web ? 'on' : 'off: set SESSION_SECRET to open it',
    slack: config.slack ? `POST /slack/events${config.slack.oauth ? ', installs at /slack/install' : ''}` : 'off',
  });
});

if (telegram && config.telegram?.mode === 'polling') await startPolling(telegram, logger);

// With no chat platform configured, a terminal gets the console chat: the whole of Kitty with
// nothing but this process.
if (interactive && !telegram && !slack) {
  const { scope } = await consoleMember(database.db);
  void runConsoleChat({ engine, scope, input: process.stdin, output: process.stdout }).then(() => shutdown('console closed'));
}

/** Slack on Node: one Bolt app for the process, answering POST /slack/events. */
function nodeSlack(slackConfig: Parameters<typeof slackAppFor>[0]) {
  const parts = { db: database.db, keyring, logger, transcriber };
  const installationStore = installationStoreFor(slackConfig, parts);
  const app = slackAppFor(slackConfig, { ...parts, engine, installationStore });
  const install = slackInstallFor(slackConfig, { ...parts, installationStore });
  return { app, endpoint: { handle: app.receiver.handle.bind(app.receiver), ...(install && { install }) } };
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { signal });
  server.close();
  if (telegram?.isRunning()) await telegram.stop();
  await slack?.app.receiver.stop(); // lets replies already under way finish
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
