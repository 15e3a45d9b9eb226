/**
 * What runs before every listener: who is acting, and storing the delivery in the inbox before
 * anything reads it. Exactly once: the inbox's unique (provider, external id) is the arbiter, so
 * an event Slack retries (`x-slack-retry-num`) stops here the second time.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { slidingWindow } from '../../limits/sliding-window.ts';
import type { IdentityRef } from '../../services/identities.ts';
import { kittyState, type KittyState, type SlackDeps } from './context.ts';

/** Events that carry something a member said; the rest (tab opened, uninstalled) are signals, not messages. */
const STORED_EVENTS = new Set(['app_mention', 'message']);

interface Delivery {
  readonly externalId: string;
  readonly kind: string;
}

export function receive(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next } = args;
    const userId = context.userId;
    const workspace = context.enterpriseId ?? context.teamId;
    const identity: IdentityRef | undefined = userId && workspace ? { provider: 'slack', externalScope: workspace, externalId: userId } : undefined;
    const delivery = describe(body as Record<string, unknown>);
    if (!delivery) {
      const member = identity && (await deps.engine.people.identify(identity));
      context.kitty = { ...(identity && { identity }), ...(member && { member }) } satisfies KittyState;
      return next();
    }

    const inbound = { ...delivery, payload: withoutVerificationToken(body as Record<string, unknown>) };
    const received = identity
      ? await deps.engine.receive(identity, inbound)
      : { ...(await deps.engine.record({ provider: 'slack', ...inbound })), scope: undefined };
    if (received.duplicate) {
      deps.logger.debug('slack delivery seen before, skipped', { externalId: delivery.externalId });
      // Events are acknowledged by Bolt itself; anything else must still be answered.
      if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
      return;
    }
    context.kitty = { ...(identity && { identity }), ...(received.scope && { member: received.scope }), inboundId: received.inboundId } satisfies KittyState;
    await next();
  };
}

/**
 * A sliding window per Slack account. Over the limit, the person hears once that it is a lot at
 * once, and the rest stays in the inbox unanswered until the window clears. In memory: it
 * protects one process from one noisy account, not a fleet from a botnet.
 */
export function rateLimit(options: { limit: number; windowMs: number }): Middleware<AnyMiddlewareArgs> {
  const allow = slidingWindow({ ...options, now: () => Date.now() });
  return async (args) => {
    const { context, body, next } = args;
    const { identity, inboundId } = kittyState(context);
    // Only what was stored as a delivery counts; a tab opened or an uninstall is no flood.
    if (!identity || !inboundId) return next();
    const verdict = allow(`${identity.externalScope}/${identity.externalId}`);
    if (verdict.allowed) return next();
    if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
    if (!verdict.firstRefusal) return;
    const text = 'That is a lot at once! Give me a minute, then carry on.';
    const payload = body as { event?: { channel?: string; user?: string } };
    if ('respond' in args && typeof args.respond === 'function') {
      await (args.respond as (message: object) => Promise<unknown>)({ response_type: 'ephemeral', replace_original: false, text });
    } else if (payload.event?.channel && payload.event.user) {
      await args.client.chat.postEphemeral({ channel: payload.event.channel, user: payload.event.user, text });
    }
  };
}

/** The inbox key and kind of a delivery worth storing; undefined for signals. */
function describe(body: Record<string, unknown>): Delivery | undefined {
  if (body.type === 'event_callback') {
    const event = body.event as { type?: string; subtype?: string; channel_type?: string } | undefined;
    if (!event?.type || !STORED_EVENTS.has(event.type) || typeof body.event_id !== 'string') return undefined;
    if (event.type === 'message') {
      // Edits, deletions and joins are message events too; only what someone wrote to Kitty, or a
      // file they shared, is kept. Channel chatter that does not mention Kitty is none of its business.
      if (event.subtype !== undefined && event.subtype !== 'file_share') return undefined;
      if (event.channel_type !== 'im' && event.subtype !== 'file_share') return undefined;
    }
    return { externalId: `event:${body.event_id}`, kind: event.type };
  }
  const trigger = typeof body.trigger_id === 'string' ? body.trigger_id : undefined;
  if (typeof body.command === 'string' && trigger) return { externalId: `command:${trigger}`, kind: 'command' };
  if ((body.type === 'block_actions' || body.type === 'view_submission') && trigger) return { externalId: `${body.type}:${trigger}`, kind: body.type };
  return undefined;
}

/** Slack's legacy verification token rides along in every payload; it is a secret and stays out of the inbox. */
function withoutVerificationToken(body: Record<string, unknown>): Record<string, unknown> {
  const { token: _token, ...rest } = body;
  return rest;
}
