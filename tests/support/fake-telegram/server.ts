import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { File as TelegramFile, Update, UserFromGetMe } from 'grammy/types';
import { botApiError, METHOD_NOT_FOUND, type BotApiResponse, type TelegramCall } from './bot-api.ts';
import { createBotWorld } from './bot-world.ts';
import { defaultAnswers } from './default-answers.ts';
import { kittyBotInfo } from './people.ts';
import { parseRequestBody, type ParsedBody } from './request-body.ts';
import { createUpdateQueue, type GetUpdatesParams } from './update-queue.ts';

export * from './bot-api.ts';

/**
 * A local Bot API for grammY: `POST /bot<token>/<method>` (JSON, urlencoded or multipart) and
 * `GET /file/bot<token>/<file_path>`. Every call is recorded; each method answers like Telegram
 * unless a test scripts it with `respondTo`. Pass `apiRoot` as grammY's `client.apiRoot`.
 */
export interface FakeTelegramOptions {
  /** `<bot id>:<secret>`; the bot id of `getMe` is taken from it. */
  readonly token?: string;
  readonly botUsername?: string;
}

/** Answers a call; `fallback()` is what the fake would have answered (for getUpdates, after the long poll). */
export type TelegramHandler<M extends string> = (call: TelegramCall<M>, fallback: () => Promise<BotApiResponse>) => BotApiResponse | Promise<BotApiResponse>;

export interface RespondOptions {
  /** How many calls this answer serves before the next scripted one (or the default) takes over; unlimited by default. */
  readonly times?: number;
  /** Wait this long before answering (for client timeouts, or to hold a call while the test looks around). */
  readonly delayMs?: number;
}

export interface FileDownload {
  readonly filePath: string;
  readonly at: number;
  readonly found: boolean;
}

export interface FakeTelegram {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:40123`; grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  readonly token: string;
  /** What `getMe` answers; pass it as grammY's `botInfo` to skip the `getMe` call. */
  readonly botInfo: UserFromGetMe;
  /** Every API call in arrival order, including ones answered with an error. */
  readonly calls: readonly TelegramCall[];
  readonly downloads: readonly FileDownload[];
  /** Calls of `method` (compared case-insensitively, as Telegram does). */
  callsOf<M extends string>(method: M): TelegramCall<M>[];
  /** The first call of `method` matching `predicate`, whether already made or yet to come; rejects after `timeoutMs` (3000). */
  waitForCall<M extends string>(method: M, predicate?: (call: TelegramCall<M>) => boolean, timeoutMs?: number): Promise<TelegramCall<M>>;
  /** Makes `bytes` available through `getFile` and the download URL; `filePath` is guessed from the bytes if omitted. */
  addFile(fileId: string, bytes: Uint8Array | string, filePath?: string): TelegramFile;
  /**
   * Scripts `method`'s answer: a fixed response or a handler. Scripted answers are used in the
   * order they were given, each for `times` calls, before the default answer applies again.
   */
  respondTo<M extends string>(method: M, answer: BotApiResponse | TelegramHandler<M>, options?: RespondOptions): void;
  /** Queues updates for `getUpdates`; a held long poll is answered at once. */
  pushUpdate(...updates: Update[]): void;
  /** Queued updates no `getUpdates` offset has confirmed yet. */
  readonly pendingUpdates: number;
  close(): Promise<void>;
}

interface ScriptedAnswer {
  readonly method: string;
  readonly answer: BotApiResponse | TelegramHandler<string>;
  remaining: number;
  readonly delayMs: number;
}

type MutableCall = { -readonly [K in keyof TelegramCall]: TelegramCall[K] };

export const DEFAULT_TELEGRAM_TOKEN = `${kittyBotInfo.id}:AAHfakeTokenForKittyTests-0123456789abc`;

export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const token = options.token ?? DEFAULT_TELEGRAM_TOKEN;
  const botId = Number(token.split(':')[0]);
  const botInfo: UserFromGetMe = {
    ...kittyBotInfo,
    ...(Number.isSafeInteger(botId) && botId > 0 ? { id: botId } : {}),
    ...(options.botUsername === undefined ? {} : { username: options.botUsername }),
  };
  const world = createBotWorld(botInfo);
  const queue = createUpdateQueue();
  const answers = defaultAnswers(world, queue);
  const calls: TelegramCall[] = [];
  const downloads: FileDownload[] = [];
  const scripted: ScriptedAnswer[] = [];
  const callListeners = new Set<(call: TelegramCall) => void>();
  const timers = new Set<NodeJS.Timeout>();

  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const defaultAnswer = (call: TelegramCall, signal: AbortSignal): Promise<BotApiResponse> => {
    const method = call.method.toLowerCase();
    if (method === 'getupdates') {
      if (world.webhookUrl !== '') {
        return Promise.resolve(botApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
      }
      return queue.poll(call.params as GetUpdatesParams, signal);
    }
    const answer = answers.get(method);
    return Promise.resolve(answer ? answer(call.params, call.files) : METHOD_NOT_FOUND);
  };

  const answerCall = async (call: TelegramCall, signal: AbortSignal): Promise<BotApiResponse> => {
    const index = scripted.findIndex((entry) => entry.method === call.method.toLowerCase() && entry.remaining > 0);
    const entry = scripted[index];
    if (!entry) return defaultAnswer(call, signal);
    entry.remaining -= 1;
    if (entry.remaining <= 0) scripted.splice(index, 1);
    if (entry.delayMs > 0) await pause(entry.delayMs);
    return typeof entry.answer === 'function' ? entry.answer(call, () => defaultAnswer(call, signal)) : entry.answer;
  };

  const handleApiCall = async (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, pathToken: string, method: string): Promise<void> => {
    let parsed: ParsedBody;
    let unreadable: string | undefined;
    try {
      parsed = parseRequestBody(req.headers['content-type'], body, url.searchParams);
    } catch (error) {
      parsed = { params: {}, files: [], encoding: 'none' };
      unreadable = error instanceof Error ? error.message : String(error);
    }
    const call: MutableCall = { method, params: parsed.params, files: parsed.files, encoding: parsed.encoding, at: Date.now(), response: undefined };
    calls.push(call);
    for (const listener of [...callListeners]) listener(call);

    const hangUp = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) hangUp.abort();
    });
    let response: BotApiResponse;
    if (pathToken !== token) response = botApiError(401, 'Unauthorized');
    else if (unreadable !== undefined) response = botApiError(400, `Bad Request: ${unreadable}`);
    else {
      try {
        response = await answerCall(call, hangUp.signal);
      } catch (error) {
        response = botApiError(500, `Internal Server Error: the fake's handler for ${method} threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    call.response = response;
    if (!res.destroyed) sendJson(res, response);
  };

  const handleDownload = (res: ServerResponse, pathToken: string, filePath: string): void => {
    const bytes = pathToken === token ? world.fileBytesAt(decodeURIComponent(filePath)) : undefined;
    downloads.push({ filePath, at: Date.now(), found: bytes !== undefined });
    if (!bytes) return sendJson(res, botApiError(404, 'Not Found'));
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) });
    res.end(bytes);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
      if (download && req.method === 'GET') return handleDownload(res, download[1] ?? '', download[2] ?? '');
      // grammY adds `test/` before the method for bots on Telegram's test environment.
      const api = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z][A-Za-z0-9_]*)$/.exec(url.pathname);
      if (!api) return sendJson(res, botApiError(404, 'Not Found'));
      void handleApiCall(req, res, url, Buffer.concat(chunks), api[1] ?? '', api[2] ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const matches = (method: string) => (call: TelegramCall) => call.method.toLowerCase() === method.toLowerCase();

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botInfo,
    calls,
    downloads,
    callsOf: <M extends string>(method: M) => calls.filter(matches(method)) as TelegramCall<M>[],
    waitForCall: <M extends string>(method: M, predicate: (call: TelegramCall<M>) => boolean = () => true, timeoutMs = 3000) => {
      const isWanted = (call: TelegramCall): call is TelegramCall<M> => matches(method)(call) && predicate(call as TelegramCall<M>);
      const existing = calls.find(isWanted);
      if (existing) return Promise.resolve(existing);
      return new Promise<TelegramCall<M>>((resolve, reject) => {
        const listener = (call: TelegramCall): void => {
          try {
            if (!isWanted(call)) return;
            resolve(call);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
          callListeners.delete(listener);
          clearTimeout(timer);
        };
        const timer = setTimeout(() => {
          callListeners.delete(listener);
          const seen = calls.map((call) => call.method).join(', ') || 'none';
          reject(new Error(`fake Telegram: no ${method} call matched within ${timeoutMs} ms (calls so far: ${seen})`));
        }, timeoutMs);
        callListeners.add(listener);
      });
    },
    addFile: (fileId, bytes, filePath) => world.addFile(fileId, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, filePath),
    respondTo: (method, answer, respondOptions = {}) => {
      scripted.push({
        method: method.toLowerCase(),
        answer: answer as ScriptedAnswer['answer'], // a handler for M, called only with calls of M
        remaining: respondOptions.times ?? Infinity,
        delayMs: respondOptions.delayMs ?? 0,
      });
    },
    pushUpdate: (...updates) => {
      for (const update of updates) world.rememberUpdate(update);
      queue.push(...updates);
    },
    get pendingUpdates() {
      return queue.pending;
    },
    close: async () => {
      queue.close();
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** Telegram answers errors with the error code as the HTTP status, and the envelope as the body. */
function sendJson(res: ServerResponse, response: BotApiResponse): void {
  res.writeHead(response.ok ? 200 : response.error_code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(response));
}
