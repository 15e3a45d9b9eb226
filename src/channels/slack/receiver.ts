/**
 * Bolt behind Hono. Bolt's own receivers each bring a Node HTTP server; this one takes a Fetch
 * `Request` from the Hono route, so the same code serves Node and Workers. It checks Slack's
 * signature before reading anything, answers Slack's URL check, hands the payload to
 * `app.processEvent`, and answers Slack as soon as a listener acknowledges: Slack waits only
 * three seconds, so slower work (a model call, a transcription) carries on after the answer,
 * kept alive by `keepAlive` (Workers: `ctx.waitUntil`) and tracked here on Node.
 */
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../../log/logger.ts';
import { verifySlackSignature } from './signature.ts';

/** Slack's payloads are small; a modal's state is the largest, far under this. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface SlackReceiverOptions {
  readonly signingSecret: string;
  readonly logger: Logger;
  readonly now?: () => Date;
}

export interface HandleOptions {
  /** Keeps work going after the response (Workers: `ctx.waitUntil`). */
  readonly keepAlive?: (work: Promise<unknown>) => void;
}

export class SlackReceiver implements Receiver {
  private app: App | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly now: () => Date;

  constructor(private readonly options: SlackReceiverOptions) {
    this.now = options.now ?? (() => new Date());
  }

  init(app: App): void {
    this.app = app;
  }

  /** Nothing to listen on: the web app's route calls `handle`. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {
    await this.idle();
  }

  /** Resolves once every event handed to Bolt has been processed (shutdown, and tests). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async handle(request: Request, handleOptions: HandleOptions = {}): Promise<Response> {
    const { logger } = this.options;
    if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return problem(413, 'too_large', 'That is not a Slack request.');
    const rawBody = await request.text();
    if (rawBody.length > MAX_BODY_BYTES) return problem(413, 'too_large', 'That is not a Slack request.');

    const verdict = await verifySlackSignature(
      this.options.signingSecret,
      { rawBody, timestamp: request.headers.get('x-slack-request-timestamp') ?? undefined, signature: request.headers.get('x-slack-signature') ?? undefined },
      this.now(),
    );
    if (verdict !== 'valid') {
      logger.info('slack request refused', { reason: verdict });
      const message = verdict === 'stale' ? 'The request timestamp is more than five minutes off.' : 'The request signature is missing or wrong.';
      return problem(401, 'unauthorized', message);
    }

    const body = parseBody(rawBody, request.headers.get('content-type') ?? '');
    if (!body) return problem(400, 'invalid_input', 'Expected a Slack event, command or interaction payload.');
    if (body.ssl_check !== undefined) return new Response(null, { status: 200 });
    if (body.type === 'url_verification') return Response.json({ challenge: body.challenge });
    if (!this.app) throw new Error('The Slack receiver was used before Bolt initialised it.');

    let acknowledge!: (response: Response) => void;
    const acknowledged = new Promise<Response>((resolve) => (acknowledge = resolve));
    let isAcknowledged = false;
    const retryNum = Number(request.headers.get('x-slack-retry-num'));
    const retryReason = request.headers.get('x-slack-retry-reason');
    const event: ReceiverEvent = {
      body,
      ...(Number.isInteger(retryNum) && retryNum > 0 && { retryNum }),
      ...(retryReason && { retryReason }),
      ack: async (response?: unknown) => {
        if (isAcknowledged) return; // a listener acking twice changes nothing Slack sees
        isAcknowledged = true;
        acknowledge(ackResponse(response));
      },
    };

    const work = this.app.processEvent(event).catch((error: unknown) => {
      // Bolt has called Kitty's error handler already; this is what got past it.
      logger.error('slack event failed', { error: error instanceof Error ? error.message : String(error) });
      if (!isAcknowledged) acknowledge(problem(500, 'internal', 'Something went wrong on our side; it has been logged.'));
    });
    this.track(work);
    handleOptions.keepAlive?.(work);
    // Answered when acknowledged; a payload no listener wanted is answered once Bolt is done with it.
    return Promise.race([acknowledged, work.then(() => new Response(null, { status: 200 }))]);
  }

  private track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }
}

function ackResponse(response: unknown): Response {
  if (response === undefined || response === null || response === '') return new Response(null, { status: 200 });
  if (typeof response === 'string') return new Response(response, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return Response.json(response);
}

/** Events arrive as JSON; commands as a form; interactions as a form with one `payload` field of JSON. */
function parseBody(rawBody: string, contentType: string): Record<string, unknown> | undefined {
  try {
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(rawBody);
      const payload = form.get('payload');
      if (payload !== null) return asRecord(JSON.parse(payload));
      return Object.fromEntries(form);
    }
    return asRecord(JSON.parse(rawBody));
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function problem(status: 400 | 401 | 413 | 500, error: string, message: string): Response {
  return Response.json({ error, message }, { status });
}
