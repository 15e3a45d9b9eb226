/**
 * What happens when a listener fails: never a silent drop. The delivery is marked failed in the
 * inbox (it stays there), the log gets the reason, and the person hears, privately, that what
 * they sent is kept. A workspace Kitty is not installed in has no token to answer with, only the
 * command's or button's response_url.
 */
import { ErrorCode, webApi, type AnyMiddlewareArgs, type CodedError, type Context } from '@slack/bolt';
import type { SlackDeps } from './context.ts';
import { kittyState } from './context.ts';
import { postToResponseUrl } from './response-url.ts';

export type ClientOptions = ConstructorParameters<typeof webApi.WebClient>[1];

const SORRY = 'Something went wrong on my side. What you sent is saved; try again in a moment.';
const NOT_INSTALLED = 'Kitty is not installed in this workspace. An admin can add it from the Kitty install page (/slack/install).';

export function failureHandler(deps: SlackDeps, clientOptions: ClientOptions) {
  const { engine, logger } = deps;
  return async ({ error, context, body }: { error: CodedError; context: Context; body: AnyMiddlewareArgs['body'] }): Promise<void> => {
    const payload = body as Record<string, unknown>;
    if (error.code === ErrorCode.AuthorizationError) {
      logger.warn('slack request from a workspace Kitty is not installed in', { team: context.teamId, enterprise: context.enterpriseId });
      return tell(payload, undefined, NOT_INSTALLED);
    }
    const cause = error.original instanceof Error ? error.original : error;
    logger.error('slack listener failed', { error: cause.message, type: payload.type });
    const { member, inboundId } = kittyState(context);
    if (member && inboundId) await engine.settle(member, inboundId, { state: 'failed', error: cause.message }).catch(() => undefined);
    return tell(payload, context.botToken, SORRY);
  };

  async function tell(body: Record<string, unknown>, botToken: string | undefined, text: string): Promise<void> {
    try {
      if (typeof body.response_url === 'string') {
        await postToResponseUrl(deps.fetch, body.response_url, { response_type: 'ephemeral', replace_original: false, text });
        return;
      }
      const event = body.event as { channel?: string; user?: string } | undefined;
      if (event?.channel && event.user && botToken) {
        await new webApi.WebClient(botToken, clientOptions).chat.postEphemeral({ channel: event.channel, user: event.user, text });
      }
    } catch (error) {
      logger.warn('slack apology not delivered', { error: error instanceof Error ? error.message : String(error) });
    }
  }
}
