import { Hono } from 'hono';
import type { WebEnv } from '../web-deps.ts';

/**
 * Slack's one endpoint, POST /slack/events, for events, slash commands and interactivity alike
 * (Bolt's default), and, on a Kitty that serves many workspaces, the install pages beside it.
 * The app knows nothing of Bolt: the runtime hands in what answers the requests (see
 * src/channels/slack/receiver.ts), so the Worker bundle carries Slack only where it is wired.
 */
export interface SlackEndpoint {
  /** Verifies Slack's signature and answers as soon as the listener acknowledges. */
  handle(request: Request, options: { keepAlive?: (work: Promise<unknown>) => void }): Promise<Response>;
  /** GET /slack/install and /slack/oauth_redirect (src/web/routes/slack-install.ts). */
  readonly install?: Hono<WebEnv>;
  /** Keeps work going after the response (Workers: ctx.waitUntil). */
  readonly keepAlive?: (work: Promise<unknown>) => void;
}

export function slackRoutes(slack: SlackEndpoint) {
  const app = new Hono();
  app.post('/events', (c) => slack.handle(c.req.raw, slack.keepAlive ? { keepAlive: slack.keepAlive } : {}));
  if (slack.install) app.route('/', slack.install);
  return app;
}
