/**
 * `/kitty …`: a few words are Kitty's own (help, start, link, link-channel, invite, dashboard,
 * drafts, undo); everything else is a message for the engine, like "/kitty coffee 180" or
 * "/kitty how much on groceries this month?". Slack wants an answer within three seconds, so
 * the command is acknowledged at once and the reply follows through its response_url: in the
 * household channel for everyone, anywhere else for the asker alone.
 */
import type { App, RespondArguments, RespondFn, SlashCommand } from '@slack/bolt';
import { isKittyError } from '../../../domain/errors.ts';
import type { HouseholdScope } from '../../../db/scope.ts';
import type { Reply } from '../../../engine/reply.ts';
import { ACTION } from '../action-ids.ts';
import type { SlackDeps } from '../context.ts';
import { kittyState } from '../context.ts';
import { isDirectMessage, isHouseholdChannel, NOT_LINKED, ONLY_YOU_HERE } from '../household-channel.ts';
import { helpText } from '../render/help.ts';
import { replyMessage } from '../render/reply-message.ts';
import { invite, link, linkChannel, start } from './linking.ts';

const WORDS = ['help', 'start', 'link', 'link-channel', 'invite', 'dashboard', 'drafts', 'undo'] as const;
type Word = (typeof WORDS)[number];
const isWord = (text: string): text is Word => (WORDS as readonly string[]).includes(text);

/** A payload without the user or team cannot be tied to a Slack account; Slack's own always has both. */
const NO_SENDER = 'Slack did not say who sent this command, so I can’t set up or link an account from it. Please try `/kitty` again.';

export interface CommandCall {
  readonly command: SlashCommand;
  readonly respond: RespondFn;
  readonly client: Parameters<Parameters<App['command']>[1]>[0]['client'];
  readonly member: HouseholdScope | undefined;
  readonly rest: string;
}

export function kittyCommand(bolt: App, deps: SlackDeps): void {
  bolt.command('/kitty', async ({ command, ack, respond, client, context }) => {
    await ack();
    const { member, identity, inboundId } = kittyState(context);
    const text = (command.text ?? '').trim();
    const [first = '', ...others] = text.split(/\s+/);
    const word = first.toLowerCase();
    const call: CommandCall = { command, respond, client, member, rest: others.join(' ') };
    const privately = (message: string | RespondArguments) => respond(typeof message === 'string' ? { response_type: 'ephemeral', text: message } : { response_type: 'ephemeral', ...message });

    try {
      if (text === '') {
        await privately(member ? 'Tell me what you spent or ask a question, like `/kitty coffee 180` or `/kitty how much on groceries this month?`. `/kitty help` shows the rest.' : NOT_LINKED);
      } else if (isWord(word)) {
        await own(word, call, identity, privately);
      } else if (!member) {
        await privately(NOT_LINKED);
      } else {
        await converse(call, member, text, inboundId);
        return; // the engine settled the delivery
      }
    } catch (error) {
      if (!isKittyError(error)) throw error;
      await privately(error.message);
    }
    if (!inboundId) return;
    if (member) {
      await deps.engine.settle(member, inboundId, { state: 'processed' });
    } else if (identity && (word === 'start' || word === 'link')) {
      const joined = await deps.engine.people.identify(identity);
      if (joined) await deps.engine.adopt(joined, inboundId);
    }
  });

  // The dashboard button is a link; Slack still reports the press, which only needs an answer.
  bolt.action(ACTION.openDashboard, async ({ ack, context }) => {
    await ack();
    const { member, inboundId } = kittyState(context);
    if (member && inboundId) await deps.engine.settle(member, inboundId, { state: 'processed' });
  });

  /** Kitty's own words. */
  async function own(word: Word, call: CommandCall, identity: ReturnType<typeof kittyState>['identity'], privately: (message: string) => Promise<unknown>) {
    const { member } = call;
    switch (word) {
      case 'help':
        return privately(helpText());
      case 'start':
        return privately(identity ? await start(deps, call, identity) : NO_SENDER);
      case 'link':
        return privately(identity ? await link(deps, call, identity) : NO_SENDER);
    }
    if (!member) return privately(NOT_LINKED);
    switch (word) {
      case 'link-channel':
        return privately(await linkChannel(deps, call, member));
      case 'invite':
        return privately(await invite(deps, member));
      case 'dashboard': {
        const url = await deps.dashboardLink?.(member);
        return call.respond(
          url
            ? {
                response_type: 'ephemeral',
                text: `Your quick look at the month: ${url}`,
                blocks: [
                  { type: 'section', text: { type: 'mrkdwn', text: 'Your quick look at the month. The link is yours alone: it works once, for 15 minutes.' } },
                  { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open the dashboard' }, url, action_id: ACTION.openDashboard, style: 'primary' }] },
                ],
              }
            : { response_type: 'ephemeral', text: 'The web view is not set up on this Kitty yet (it needs SESSION_SECRET and PUBLIC_URL).' },
        );
      }
      case 'drafts':
        return send(call, member, await deps.engine.pendingDrafts(member));
      case 'undo':
        return send(call, member, await deps.engine.undo(member));
    }
  }

  /** Anything else is said to the engine, as if typed in a chat. */
  async function converse(call: CommandCall, member: HouseholdScope, text: string, inboundId: string | undefined) {
    // Without Slack's trigger id the delivery was not stored and has no key a retry could share: a fresh one loses nothing.
    const externalId = `command:${call.command.trigger_id || crypto.randomUUID()}`;
    const reply = await deps.engine.handle({ channel: 'slack', externalId, text, ...(inboundId && { inboundId }) }, member);
    if (reply.duplicate) return;
    await send(call, member, reply, text);
  }

  /** In the household channel for everyone; anywhere else for the asker alone. */
  async function send(call: CommandCall, member: HouseholdScope, reply: Reply, said?: string) {
    const { command } = call;
    const shared = await isHouseholdChannel(deps, member, command.team_id, command.channel_id);
    const note = shared ? said : isDirectMessage(command.channel_id) ? undefined : ONLY_YOU_HERE;
    const message = replyMessage(reply, note ? { note, ...(shared && { saidBy: command.user_id }) } : {});
    await call.respond({ response_type: shared ? 'in_channel' : 'ephemeral', replace_original: false, ...message });
  }
}
