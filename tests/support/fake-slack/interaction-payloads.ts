import { randomBytes } from 'node:crypto';
import { channelNameOf, DEFAULT_APP_ID, DEFAULT_BOT_ID, DEFAULT_BOT_USER_ID, DEFAULT_TEAM_ID, teamDomainOf, VERIFICATION_TOKEN } from './defaults.ts';
import { nextMessageTs } from './ids.ts';

/**
 * The JSON Slack puts in an interaction's `payload` field, with Slack's field names: the team,
 * user and enterprise fields Bolt reads to authorize, the container that says where the button
 * was, and what Slack adds to a view. Send them with `interactionRequest`.
 */
export type InteractionContainer = { type: 'message'; channel_id: string; message_ts: string } | { type: 'view'; view_id: string };

export interface BlockActionFields {
  readonly userId: string;
  readonly teamId?: string;
  readonly actionId: string;
  readonly value: string;
  /** Slack sends one only for buttons in messages; it is left out for views. */
  readonly responseUrl: string;
  readonly triggerId?: string;
  /** Where the button was; or give `channelId` and `messageTs` (a message), or `viewType: 'home'`. */
  readonly container?: InteractionContainer;
  readonly channelId?: string;
  readonly messageTs?: string;
  readonly viewType?: 'home';
  readonly viewId?: string;
  readonly blockId?: string;
  /** The button's label. */
  readonly text?: string;
  readonly userName?: string;
  /** The message the button belongs to, as Slack echoes it back. */
  readonly messageText?: string;
  readonly messageBlocks?: readonly unknown[];
}

/** A person pressed a button: a `block_actions` payload. */
export function blockAction(fields: BlockActionFields): Record<string, unknown> {
  const teamId = fields.teamId ?? DEFAULT_TEAM_ID;
  const container = containerOf(fields);
  const where =
    container.type === 'message'
      ? {
          container: { ...container, is_ephemeral: false },
          channel: { id: container.channel_id, name: channelNameOf(container.channel_id) },
          message: {
            type: 'message',
            user: DEFAULT_BOT_USER_ID,
            bot_id: DEFAULT_BOT_ID,
            app_id: DEFAULT_APP_ID,
            team: teamId,
            ts: container.message_ts,
            text: fields.messageText ?? '',
            blocks: fields.messageBlocks ?? [],
          },
          response_url: fields.responseUrl,
        }
      : { container, view: viewOutput({ id: container.view_id, type: fields.viewType ?? 'modal', teamId }) };
  return {
    type: 'block_actions',
    user: userOf(fields.userId, teamId, fields.userName),
    api_app_id: DEFAULT_APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: fields.triggerId ?? triggerId(),
    team: { id: teamId, domain: teamDomainOf(teamId) },
    enterprise: null,
    is_enterprise_install: false,
    ...where,
    state: { values: {} },
    actions: [
      {
        action_id: fields.actionId,
        block_id: fields.blockId ?? randomBytes(3).toString('base64url'),
        text: { type: 'plain_text', text: fields.text ?? fields.actionId, emoji: true },
        value: fields.value,
        type: 'button',
        action_ts: nextMessageTs(),
      },
    ],
  };
}

export interface ViewSubmissionFields {
  readonly userId: string;
  readonly teamId?: string;
  readonly callbackId: string;
  readonly privateMetadata: string;
  /** `state.values`: block_id → action_id → the element's value (see `viewState`). */
  readonly values: Record<string, Record<string, unknown>>;
  readonly viewId?: string;
  readonly userName?: string;
  readonly blocks?: readonly unknown[];
}

/** A person submitted a modal: a `view_submission` payload. */
export function viewSubmission(fields: ViewSubmissionFields): Record<string, unknown> {
  const teamId = fields.teamId ?? DEFAULT_TEAM_ID;
  return {
    type: 'view_submission',
    team: { id: teamId, domain: teamDomainOf(teamId) },
    user: userOf(fields.userId, teamId, fields.userName),
    api_app_id: DEFAULT_APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: triggerId(),
    view: {
      ...viewOutput({ id: fields.viewId ?? `V${randomBytes(5).toString('hex').toUpperCase()}`, type: 'modal', teamId, blocks: fields.blocks }),
      callback_id: fields.callbackId,
      private_metadata: fields.privateMetadata,
      state: { values: fields.values },
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** State values as Slack reports each input element; an empty text input is `value: null`. */
export const viewState = {
  plainText: (value: string | null) => ({ type: 'plain_text_input', value }),
  number: (value: string | null) => ({ type: 'number_input', value }),
  staticSelect: (value: string | null, text?: string) => ({ type: 'static_select', selected_option: value === null ? null : option(value, text) }),
  radioButtons: (value: string | null, text?: string) => ({ type: 'radio_buttons', selected_option: value === null ? null : option(value, text) }),
  /** `YYYY-MM-DD`. */
  datePicker: (date: string | null) => ({ type: 'datepicker', selected_date: date }),
  usersSelect: (userId: string | null) => ({ type: 'users_select', selected_user: userId }),
} as const;

/** Slack's trigger ids: `<digits>.<digits>.<32 hex>`; a modal may be opened with one for 3 seconds. */
export function triggerId(): string {
  return `${Date.now()}.${1_000_000_000 + Math.floor(Math.random() * 9_000_000_000)}.${randomBytes(16).toString('hex')}`;
}

function containerOf(fields: BlockActionFields): InteractionContainer {
  if (fields.container) return fields.container;
  if (fields.viewType === 'home') return { type: 'view', view_id: fields.viewId ?? `V${randomBytes(5).toString('hex').toUpperCase()}` };
  if (fields.channelId !== undefined && fields.messageTs !== undefined) return { type: 'message', channel_id: fields.channelId, message_ts: fields.messageTs };
  throw new Error('blockAction: say where the button was: a container, channelId with messageTs, or viewType home');
}

function userOf(userId: string, teamId: string, userName: string | undefined): Record<string, string> {
  const name = userName ?? userId.toLowerCase();
  return { id: userId, username: name, name, team_id: teamId };
}

function viewOutput(view: { id: string; type: string; teamId: string; blocks?: readonly unknown[] | undefined }): Record<string, unknown> {
  return {
    id: view.id,
    team_id: view.teamId,
    type: view.type,
    blocks: view.blocks ?? [],
    private_metadata: '',
    callback_id: '',
    state: { values: {} },
    hash: `${Math.floor(Date.now() / 1000)}.${randomBytes(6).toString('base64url')}`,
    title: { type: 'plain_text', text: 'Kitty', emoji: true },
    clear_on_close: false,
    notify_on_close: false,
    close: view.type === 'modal' ? { type: 'plain_text', text: 'Cancel', emoji: true } : null,
    submit: view.type === 'modal' ? { type: 'plain_text', text: 'Save', emoji: true } : null,
    previous_view_id: null,
    root_view_id: view.id,
    app_id: DEFAULT_APP_ID,
    external_id: '',
    app_installed_team_id: view.teamId,
    bot_id: DEFAULT_BOT_ID,
  };
}

function option(value: string, text: string | undefined): Record<string, unknown> {
  return { text: { type: 'plain_text', text: text ?? value, emoji: true }, value };
}
