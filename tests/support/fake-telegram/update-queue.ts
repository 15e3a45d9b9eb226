import type { Update } from 'grammy/types';
import { botApiError, botApiOk, type BotApiResponse } from './bot-api.ts';

/** What Telegram sends when `allowed_updates` is empty or was never given. */
const NOT_DELIVERED_BY_DEFAULT = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

export interface GetUpdatesParams {
  readonly offset?: number;
  readonly limit?: number;
  /** Seconds to hold the request when nothing is waiting; 0 (Telegram's default) answers at once. */
  readonly timeout?: number;
  readonly allowed_updates?: readonly string[];
}

export interface UpdateQueue {
  push(...updates: Update[]): void;
  /** Answers `getUpdates` with long-poll semantics; `signal` fires when the client hangs up. */
  poll(params: GetUpdatesParams, signal: AbortSignal): Promise<BotApiResponse>;
  /** Updates not yet confirmed by an `offset` past them. */
  readonly pending: number;
  dropPending(): void;
  close(): void;
}

interface HeldPoll {
  readonly offset: number;
  readonly limit: number;
  readonly finish: (response: BotApiResponse) => void;
}

/**
 * The server side of long polling as the Bot API documents it: an update stays queued until a
 * `getUpdates` with a higher `offset` confirms it; a request with nothing to return is held up
 * to `timeout` seconds and answered as soon as an update arrives; a second concurrent request
 * ends the first with 409, as Telegram does when two bot instances poll.
 */
export function createUpdateQueue(): UpdateQueue {
  let queue: Update[] = [];
  let allowed: readonly string[] = [];
  let held: HeldPoll | undefined;

  const deliverable = (offset: number, limit: number): Update[] => {
    // Telegram does not keep updates of a kind the bot did not ask for.
    queue = queue.filter((update) => isAllowed(update, allowed));
    return queue.filter((update) => update.update_id >= offset).slice(0, limit);
  };

  return {
    push: (...updates) => {
      queue.push(...updates);
      if (!held) return;
      const ready = deliverable(held.offset, held.limit);
      if (ready.length > 0) held.finish(botApiOk(ready));
    },
    poll: (params, signal) => {
      if (params.allowed_updates !== undefined) allowed = params.allowed_updates;
      const offset = confirm(params.offset);
      const limit = Math.min(Math.max(params.limit ?? 100, 1), 100);
      const ready = deliverable(offset, limit);
      const timeout = params.timeout ?? 0;
      if (ready.length > 0 || timeout <= 0) return Promise.resolve(botApiOk(ready));
      held?.finish(botApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'));
      return new Promise<BotApiResponse>((resolve) => {
        const poll: HeldPoll = {
          offset,
          limit,
          finish: (response) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            if (held === poll) held = undefined;
            resolve(response);
          },
        };
        const timer = setTimeout(() => poll.finish(botApiOk([])), timeout * 1000);
        const onAbort = (): void => poll.finish(botApiOk([]));
        signal.addEventListener('abort', onAbort);
        held = poll;
      });
    },
    get pending() {
      return queue.length;
    },
    dropPending: () => {
      queue = [];
    },
    close: () => held?.finish(botApiOk([])),
  };

  /** Forgets what `offset` confirms and returns the lowest update_id still to deliver. */
  function confirm(offset: number | undefined): number {
    if (offset === undefined || offset === 0) return 0;
    if (offset < 0) {
      queue = queue.slice(offset);
      return 0;
    }
    queue = queue.filter((update) => update.update_id >= offset);
    return offset;
  }
}

function isAllowed(update: Update, allowed: readonly string[]): boolean {
  const kind = Object.keys(update).find((key) => key !== 'update_id');
  if (kind === undefined) return true;
  return allowed.length === 0 ? !NOT_DELIVERED_BY_DEFAULT.has(kind) : allowed.includes(kind);
}
