/**
 * What runs before every feature: who is writing, storing the update in the inbox (so a
 * redelivered update is recognised and a crash loses nothing), and a per-chat flood limit.
 */
import type { MiddlewareFn } from 'grammy';
import { slidingWindow } from '../../limits/sliding-window.ts';
import type { KittyContext, TelegramDeps } from './context.ts';

/**
 * Who is writing and storing the update, in one round trip. Exactly once: the inbox's unique
 * (provider, update_id) is the arbiter, for polling and webhooks alike, so a redelivered update
 * stops here.
 */
export function receive(deps: TelegramDeps): MiddlewareFn<KittyContext> {
  return async (ctx, next) => {
    ctx.kitty = {};
    const inbound = {
      externalId: String(ctx.update.update_id),
      kind: Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown',
      payload: ctx.update,
    };
    const sender = ctx.from && !ctx.from.is_bot ? String(ctx.from.id) : undefined;
    const received = sender
      ? await deps.engine.receive({ provider: 'telegram', externalId: sender }, inbound)
      : { ...(await deps.engine.record({ provider: 'telegram', ...inbound })), scope: undefined };
    if (received.duplicate) {
      deps.logger.debug('telegram update seen before, skipped', { updateId: ctx.update.update_id });
      return;
    }
    if (received.scope) ctx.kitty.member = received.scope;
    ctx.kitty.inboundId = received.inboundId;
    await next();
  };
}

/**
 * A sliding window per chat. Over the limit, the chat gets one polite line and the rest is kept
 * in the inbox unanswered until the window clears. In memory: it protects one process from one
 * noisy chat, not a fleet from a botnet.
 */
export function rateLimit(options: { limit: number; windowMs: number; now: () => number }): MiddlewareFn<KittyContext> {
  const allow = slidingWindow(options);
  return async (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return next();
    const verdict = allow(chatId);
    if (verdict.allowed) return next();
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: 'One moment: that was a lot at once. Try the button again in a minute.' });
    } else if (verdict.firstRefusal) {
      await ctx.reply('That is a lot of messages at once! Give me a minute, then carry on.');
    }
  };
}
