import { createHash } from 'node:crypto';
import { messageBlocksProblem, viewProblem } from './block-kit-limits.ts';
import { DEFAULT_APP_ID, teamDomainOf } from './defaults.ts';
import type { FileStore } from './hosted-files.ts';
import type { IdSource } from './ids.ts';
import { missingArgument, slackError, slackOk, type SlackResponse } from './slack-api.ts';
import { authTestOf, type Directory, type SlackWorkspace } from './workspaces.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- arguments as parsed from the form; see SlackApiCall.args.
type Args = Record<string, any>;
export type Answer = (args: Args, workspace: SlackWorkspace) => SlackResponse;

/**
 * Slack's answer to each method the fake knows, for a call already authenticated as a bot of
 * `workspace`. Shapes follow Slack's documented responses, trimmed to what a bot reads; the
 * checks are the errors a bot most often meets (missing channel, no text, Block Kit limits).
 */
export function defaultAnswers(directory: Directory, files: FileStore, ids: IdSource): ReadonlyMap<string, Answer> {
  const views = new Map<string, { hash: string }>();
  const homeViews = new Map<string, string>();

  const botMessage = (args: Args, workspace: SlackWorkspace, ts: string): Record<string, unknown> => ({
    type: 'message',
    text: typeof args.text === 'string' ? args.text : '',
    ...(args.blocks === undefined ? {} : { blocks: args.blocks }),
    ...(args.attachments === undefined ? {} : { attachments: args.attachments }),
    ...(typeof args.thread_ts === 'string' ? { thread_ts: args.thread_ts } : {}),
    user: workspace.botUserId,
    bot_id: workspace.botId,
    app_id: DEFAULT_APP_ID,
    team: workspace.teamId,
    ts,
  });

  /** Slack's view object: the view as sent, with the fields Slack adds. */
  const storeView = (view: Args, workspace: SlackWorkspace, id: string, previousViewId: string | null = null): SlackResponse => {
    const hash = ids.viewHash();
    views.set(id, { hash });
    return slackOk({
      view: {
        team_id: workspace.teamId,
        private_metadata: '',
        callback_id: '',
        external_id: '',
        state: { values: {} },
        clear_on_close: false,
        notify_on_close: false,
        close: null,
        submit: null,
        ...view,
        id,
        hash,
        previous_view_id: previousViewId,
        root_view_id: id,
        app_id: DEFAULT_APP_ID,
        app_installed_team_id: workspace.teamId,
        bot_id: workspace.botId,
      },
    });
  };

  const answers: Record<string, Answer> = {
    'auth.test': (_args, workspace) => slackOk(authTestOf(workspace)),
    'chat.postMessage': (args, workspace) => {
      const channel = conversationFor(args.channel);
      if (channel === undefined) return slackError('channel_not_found');
      if (!hasContent(args)) return slackError('no_text');
      const problem = messageBlocksProblem(args.blocks);
      if (problem) return problem;
      const ts = ids.messageTs();
      return slackOk({ channel, ts, message: botMessage(args, workspace, ts) });
    },
    'chat.update': (args, workspace) => {
      if (typeof args.channel !== 'string' || args.channel === '') return slackError('channel_not_found');
      if (typeof args.ts !== 'string' || args.ts === '') return slackError('message_not_found');
      const problem = messageBlocksProblem(args.blocks);
      if (problem) return problem;
      const text = typeof args.text === 'string' ? args.text : '';
      return slackOk({ channel: args.channel, ts: args.ts, text, message: botMessage(args, workspace, args.ts) });
    },
    'chat.delete': (args) => {
      if (typeof args.channel !== 'string' || args.channel === '') return slackError('channel_not_found');
      if (typeof args.ts !== 'string' || args.ts === '') return slackError('message_not_found');
      return slackOk({ channel: args.channel, ts: args.ts });
    },
    'chat.postEphemeral': (args) => {
      if (conversationFor(args.channel) === undefined) return slackError('channel_not_found');
      if (typeof args.user !== 'string' || args.user === '') return slackError('user_not_in_channel');
      if (!hasContent(args)) return slackError('no_text');
      return messageBlocksProblem(args.blocks) ?? slackOk({ message_ts: ids.messageTs() });
    },
    'chat.getPermalink': (args, workspace) => {
      if (typeof args.channel !== 'string' || args.channel === '') return slackError('channel_not_found');
      if (typeof args.message_ts !== 'string' || args.message_ts === '') return slackError('message_not_found');
      const permalink = `https://${teamDomainOf(workspace.teamId)}.slack.com/archives/${args.channel}/p${args.message_ts.replace('.', '')}`;
      return slackOk({ channel: args.channel, permalink });
    },
    'views.open': (args, workspace) => {
      if (typeof args.trigger_id !== 'string' || args.trigger_id === '') return missingArgument('trigger_id');
      return viewProblem(args.view) ?? storeView(args.view, workspace, ids.viewId());
    },
    'views.push': (args, workspace) => {
      if (typeof args.trigger_id !== 'string' || args.trigger_id === '') return missingArgument('trigger_id');
      return viewProblem(args.view) ?? storeView(args.view, workspace, ids.viewId());
    },
    'views.update': (args, workspace) => {
      const viewId = typeof args.view_id === 'string' && args.view_id !== '' ? args.view_id : undefined;
      if (viewId === undefined && typeof args.external_id !== 'string') return missingArgument('view_id');
      // A view the fake never opened is taken to exist: a test may submit a modal opened before it began.
      const known = viewId === undefined ? undefined : views.get(viewId);
      if (known && typeof args.hash === 'string' && args.hash !== known.hash) return slackError('hash_conflict');
      return viewProblem(args.view) ?? storeView(args.view, workspace, viewId ?? ids.viewId());
    },
    'views.publish': (args, workspace) => {
      if (typeof args.user_id !== 'string' || args.user_id === '') return missingArgument('user_id');
      const problem = viewProblem(args.view);
      if (problem) return problem;
      if ((args.view as { type?: unknown }).type !== 'home') return slackError('invalid_arguments', { response_metadata: { messages: ['[ERROR] must be home [json-pointer:/view/type]'] } });
      const viewId = homeViews.get(args.user_id) ?? ids.viewId();
      homeViews.set(args.user_id, viewId);
      return storeView(args.view, workspace, viewId);
    },
    'users.info': (args, workspace) => {
      if (typeof args.user !== 'string' || args.user === '') return slackError('user_not_found');
      const user = directory.userSeenBy(workspace, args.user);
      return user ? slackOk({ user }) : slackError('user_not_found');
    },
    'conversations.info': (args) => {
      const id = typeof args.channel === 'string' && args.channel !== '' ? args.channel : undefined;
      if (id === undefined) return slackError('channel_not_found');
      return slackOk({
        channel: {
          id,
          name: `kitty-${id.toLowerCase()}`,
          is_im: id.startsWith('D'),
          is_channel: id.startsWith('C'),
          is_group: id.startsWith('G'),
          is_private: id.startsWith('G'),
          is_mpim: false,
          is_archived: false,
          is_member: true,
          created: 1_700_000_000,
        },
      });
    },
    'conversations.open': (args) => {
      const users = typeof args.users === 'string' ? args.users.split(',').filter((user) => user !== '') : [];
      const [only] = users;
      if (only === undefined) return slackError('users_list_not_supplied');
      // Several people make a group DM (an mpim), one per set of people.
      const id = users.length === 1 ? imChannelOf(only) : `G0MPIM${createHash('sha1').update([...users].sort().join(',')).digest('hex').slice(0, 6).toUpperCase()}`;
      return slackOk({ channel: { id } });
    },
    'files.getUploadURLExternal': (args) => files.getUploadUrl(args),
    'files.completeUploadExternal': (args) => files.completeUpload(args),
  };
  return new Map(Object.entries(answers));
}

/** The direct message channel between the bot and a person, stable per person: U0ARJUN talks in D0ARJUN. */
export function imChannelOf(userId: string): string {
  return `D${userId.slice(1)}`;
}

/** Where a message to `channel` lands; Slack takes a user id to mean the DM with them. */
function conversationFor(channel: unknown): string | undefined {
  if (typeof channel !== 'string' || channel === '') return undefined;
  return /^[UW]/.test(channel) ? imChannelOf(channel) : channel;
}

function hasContent(args: Args): boolean {
  return (typeof args.text === 'string' && args.text !== '') || args.blocks !== undefined || args.attachments !== undefined;
}
