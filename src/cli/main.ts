/**
 * `npm run cli -- <command>`: Kitty from the terminal.
 *   interpret --context FILE   JSONL {"id","text"} on stdin → one contract result per line (saves nothing)
 *   eval FILE.jsonl...         score the configured interpreter on labeled files
 *   say [--json] "coffee 180"  one message as the local console member; prints the reply
 *   chat                       the console chat, without the web server
 *   telegram:set-webhook       register PUBLIC_URL/telegram/webhook with Telegram
 *   link                       a sign-in link to the web view for the console's member
 *   slack:manifest             the Slack app manifest for PUBLIC_URL
 */
import { runChat } from './chat.ts';
import { runEval } from './eval.ts';
import { runInterpret } from './interpret.ts';
import { runLink } from './link.ts';
import { runSay } from './say.ts';
import { runSlackManifest } from './slack-manifest.ts';
import { runSetWebhook } from './telegram-set-webhook.ts';

const USAGE = `Usage: npm run --silent cli -- <command>
  interpret --context FILE   read {"id","text"} lines on stdin, write results in the contract's shape
  eval FILE.jsonl...         score the interpreter on labeled files: accuracy and confident-but-wrong per file
  say [--json] "TEXT"        send one message as the local member and print the reply
  chat                       chat with Kitty in this terminal
  telegram:set-webhook       register PUBLIC_URL/telegram/webhook with Telegram (TELEGRAM_MODE=webhook)
  link                       print a sign-in link to the web view (needs SESSION_SECRET)
  slack:manifest             print the Slack app manifest for PUBLIC_URL (paste it at api.slack.com/apps)`;

const [command, ...args] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number>> = {
  interpret: runInterpret,
  eval: runEval,
  say: runSay,
  chat: runChat,
  'telegram:set-webhook': runSetWebhook,
  link: runLink,
  'slack:manifest': runSlackManifest,
};

const run = command ? commands[command] : undefined;
if (!run) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(command === undefined || command === 'help' || command === '--help' ? 0 : 2);
}
try {
  process.exitCode = await run(args);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
