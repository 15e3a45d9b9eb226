import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The part every fake model API shares: a node:http server on 127.0.0.1 (port 0) that records
 * each request and answers from a scripted queue, falling back to a default answer when the queue
 * is empty. Requests to a path the fake does not serve are recorded too and get a 404, so a test
 * pointing an SDK at the wrong path fails loudly.
 */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query string, e.g. `/v1beta/models/gemini-2.5-flash:generateContent`. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body (`undefined` when the body was not JSON; see `rawBody`). */
  readonly body: unknown;
  readonly rawBody: string;
}

export interface ScriptedResponse {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON, or as-is when a string. */
  readonly body?: unknown;
  /** Wait this long before answering (to trigger client timeouts). */
  readonly delayMs?: number;
}

export interface FakeModelServer {
  /** What to pass as `ProviderOptions.baseUrl`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Queues answers, played in order, one per request. */
  respondWith(...responses: ScriptedResponse[]): void;
  /** Requests still waiting in the queue (0 when the test used every scripted answer). */
  readonly pending: number;
  close(): Promise<void>;
}

export interface FakeServerSpec {
  /** Which requests this fake serves, e.g. `POST /v1/messages`. */
  readonly serves: (method: string, path: string) => boolean;
  /** The answer when the queue is empty. */
  readonly fallback: () => ScriptedResponse;
  /** Appended to the origin to form `url` (e.g. `/v1` for OpenAI-compatible servers). */
  readonly basePath?: string;
}

export async function startFakeModelServer(spec: FakeServerSpec): Promise<FakeModelServer> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedResponse[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      const method = req.method ?? 'GET';
      requests.push({ method, path, headers: req.headers, body: parseJson(rawBody), rawBody });
      if (!spec.serves(method, path)) {
        send(res, { status: 404, body: { error: { message: `fake server: no route for ${method} ${path}` } } });
        return;
      }
      const response = queue.shift() ?? spec.fallback();
      if (!response.delayMs) return send(res, response);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send(res, response);
      }, response.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${spec.basePath ?? ''}`,
    requests,
    respondWith: (...responses) => void queue.push(...responses),
    get pending() {
      return queue.length;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function send(res: ServerResponse, response: ScriptedResponse): void {
  const body = response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  res.writeHead(response.status ?? 200, { 'content-type': 'application/json', ...response.headers });
  res.end(body);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
