import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultAnswers } from './default-answers.ts';
import { DEFAULT_BOT_ID, DEFAULT_BOT_TOKEN, DEFAULT_BOT_USER_ID, DEFAULT_TEAM_ID, DEFAULT_TEAM_NAME } from './defaults.ts';
import { createFileStore } from './hosted-files.ts';
import { createIdSource } from './ids.ts';
import { createOAuthServer } from './oauth.ts';
import { parseApiRequest, type ParsedApiRequest } from './request-body.ts';
import { slackError, type FileDownload, type ResponseUrlPost, type SlackApiCall, type SlackFile, type SlackResponse, type SlackUpload } from './slack-api.ts';
import { createWaitList } from './wait-list.ts';
import { createDirectory, type SlackUserSpec, type SlackWorkspace } from './workspaces.ts';

export interface FakeSlackOptions {
  readonly botToken?: string;
  readonly teamId?: string;
  readonly teamName?: string;
  readonly botUserId?: string;
  readonly botId?: string;
}

/**
 * A local Slack for the real `WebClient` (pass `apiUrl` as its `slackApiUrl`) and for Bolt's
 * `respond()` (hand out `responseUrl()`s in the payloads you send the app). Every Web API call is
 * recorded, answered as Slack answers it, over real HTTP.
 */
export interface FakeSlack {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** `${url}/api/`: the WebClient's `slackApiUrl`. */
  readonly apiUrl: string;
  readonly botToken: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  /** Every Web API call in arrival order, including refused ones. */
  readonly calls: readonly SlackApiCall[];
  callsTo(method: string): SlackApiCall[];
  /** The first call of `method` matching `predicate`, already made or yet to come; rejects after `timeoutMs` (3000) naming the method and listing the calls seen. */
  waitForCall(method: string, predicate?: (call: SlackApiCall) => boolean, timeoutMs?: number): Promise<SlackApiCall>;
  /** A fresh response_url (as Slack puts in slash commands and block actions): `${url}/response/<id>`; JSON posts to it are recorded in `responses`. */
  responseUrl(): string;
  readonly responses: readonly ResponseUrlPost[];
  waitForResponse(predicate?: (post: ResponseUrlPost) => boolean, timeoutMs?: number): Promise<ResponseUrlPost>;
  /** Serves `bytes` at the returned file's `url_private` (and `url_private_download`) to requests bearing a bot token the fake accepts; 403 to others. */
  hostFile(bytes: Uint8Array, options: { name: string; mimetype: string }): SlackFile;
  /** Every request for a hosted file, refused ones included. */
  readonly downloads: readonly FileDownload[];
  /** Files the app uploaded with `files.uploadV2`. */
  readonly uploads: readonly SlackUpload[];
  /** A person `users.info` knows, seen by their own workspace (the fake's unless `teamId` says otherwise). */
  addUser(user: SlackUserSpec): void;
  /** Accepts another bot token (an OAuth-installed workspace), with its team and bot user. */
  addWorkspace(workspace: { botToken: string; teamId: string; teamName?: string; botUserId: string; botId: string; enterpriseId?: string }): void;
  /**
   * `oauth.v2.access` exchanges `code` (once) for `response` if the client credentials match
   * `expectClient`; a response carrying a bot `access_token`, `bot_user_id` and `team.id` also
   * makes that token accepted from then on, as Slack's would be.
   */
  addOAuthCode(code: string, response: Record<string, unknown>): void;
  expectClient(clientId: string, clientSecret: string): void;
  /** The next call of `method` answers `{ ok: false, error }` (several queue up in order). */
  failNext(method: string, error: string): void;
  /** Forgets calls, responses and downloads (not users, files or workspaces). */
  clear(): void;
  close(): Promise<void>;
}

const DEFAULT_WAIT_MS = 3000;

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const home: SlackWorkspace = {
    botToken: options.botToken ?? DEFAULT_BOT_TOKEN,
    teamId: options.teamId ?? DEFAULT_TEAM_ID,
    teamName: options.teamName ?? DEFAULT_TEAM_NAME,
    botUserId: options.botUserId ?? DEFAULT_BOT_USER_ID,
    botId: options.botId ?? DEFAULT_BOT_ID,
  };
  const ids = createIdSource();
  const directory = createDirectory();
  directory.addWorkspace(home);
  const oauth = createOAuthServer();
  const calls = createWaitList<SlackApiCall>();
  const responses = createWaitList<ResponseUrlPost>();
  const downloads: FileDownload[] = [];
  const issuedResponseIds = new Set<string>();
  const scriptedFailures = new Map<string, string[]>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void route(req, res, Buffer.concat(chunks)).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, slackError('fatal_error', { detail: error instanceof Error ? error.message : String(error) }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const files = createFileStore(origin, ids);
  const answers = defaultAnswers(directory, files, ids);

  const answer = (method: string, token: string | undefined, request: ParsedApiRequest): SlackResponse => {
    const scripted = scriptedFailures.get(method)?.shift();
    if (scripted !== undefined) return slackError(scripted);
    if (method === 'oauth.v2.access') {
      const exchange = oauth.exchange(request.args, request.basic);
      if (exchange.installed) directory.addWorkspace(exchange.installed);
      return exchange.response;
    }
    const methodAnswer = answers.get(method);
    if (!methodAnswer) return slackError('unknown_method', { req_method: method });
    const workspace = directory.workspaceOf(token);
    if (!workspace) return slackError('invalid_auth');
    return methodAnswer(request.args, workspace);
  };

  const handleApiCall = async (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, method: string): Promise<void> => {
    let request: ParsedApiRequest;
    let response: SlackResponse | undefined;
    try {
      request = await parseApiRequest(req.headers, body, url.searchParams);
    } catch {
      request = { args: {}, encoding: 'none', bearer: undefined, basic: undefined, fileParts: new Map() };
      response = slackError(/json/i.test(req.headers['content-type'] ?? '') ? 'invalid_json' : 'invalid_form_data');
    }
    // Slack reads a token from the form but never from a JSON body, which must use the header.
    const formToken = request.encoding !== 'json' && typeof request.args.token === 'string' ? request.args.token : undefined;
    const token = request.bearer ?? formToken;
    try {
      response ??= answer(method, token, request);
    } catch (error) {
      response = slackError('fatal_error', { detail: `the fake's answer to ${method} threw: ${error instanceof Error ? error.message : String(error)}` });
    }
    calls.push({ method, token, args: request.args, at: Date.now(), encoding: request.encoding, response });
    sendJson(res, 200, response);
  };

  const handleResponseUrl = (res: ServerResponse, id: string, body: Buffer): void => {
    if (!issuedResponseIds.has(id)) return sendJson(res, 404, slackError('expired_url'));
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, slackError('invalid_payload'));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return sendJson(res, 400, slackError('invalid_payload'));
    responses.push({ id, body: parsed as Record<string, unknown>, at: Date.now() });
    sendJson(res, 200, { ok: true });
  };

  const handleDownload = (req: IncomingMessage, res: ServerResponse, fileId: string): void => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const authorized = directory.isAcceptedToken(bearer);
    const hosted = files.find(fileId);
    downloads.push({ fileId, authorized, at: Date.now() });
    if (!hosted) return sendText(res, 404, 'Not Found');
    if (!authorized) return sendText(res, 403, 'Forbidden');
    res.writeHead(200, { 'content-type': hosted.file.mimetype, 'content-length': String(hosted.bytes.length) });
    res.end(hosted.bytes);
  };

  const handleUpload = async (req: IncomingMessage, res: ServerResponse, fileId: string, body: Buffer): Promise<void> => {
    // The WebClient posts the bytes as the multipart field `body`; curl-style clients post them raw.
    const request = await parseApiRequest(req.headers, body, new URLSearchParams());
    const bytes = [...request.fileParts.values()][0]?.bytes ?? body;
    if (!files.receiveUpload(fileId, bytes)) return sendText(res, 404, 'Not Found');
    sendText(res, 200, `OK - ${bytes.length}`);
  };

  async function route(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const api = /^\/api\/([A-Za-z][A-Za-z0-9_.]*)$/.exec(url.pathname);
    if (api?.[1]) return handleApiCall(req, res, url, body, api[1]);
    const response = /^\/response\/([^/]+)$/.exec(url.pathname);
    if (response?.[1] && req.method === 'POST') return handleResponseUrl(res, response[1], body);
    const file = /^\/files\/([^/]+)\/(?:download\/)?[^/]+$/.exec(url.pathname);
    if (file?.[1] && req.method === 'GET') return handleDownload(req, res, file[1]);
    const upload = /^\/upload\/([^/]+)$/.exec(url.pathname);
    if (upload?.[1] && req.method === 'POST') return handleUpload(req, res, upload[1], body);
    sendText(res, 404, 'Not Found');
  }

  const summary = (call: SlackApiCall): string => `${call.method} (${call.response.ok ? 'ok' : call.response.error})`;

  return {
    url: origin,
    apiUrl: `${origin}/api/`,
    botToken: home.botToken,
    teamId: home.teamId,
    botUserId: home.botUserId,
    botId: home.botId,
    calls: calls.entries,
    callsTo: (method) => calls.entries.filter((call) => call.method === method),
    waitForCall: (method, predicate = () => true, timeoutMs = DEFAULT_WAIT_MS) =>
      calls.waitFor(
        (call) => call.method === method && predicate(call),
        timeoutMs,
        () => `fake Slack: no ${method} call matched (calls so far: ${calls.entries.map(summary).join(', ') || 'none'})`,
      ),
    responseUrl: () => {
      const id = ids.responseId();
      issuedResponseIds.add(id);
      return `${origin}/response/${id}`;
    },
    responses: responses.entries,
    waitForResponse: (predicate = () => true, timeoutMs = DEFAULT_WAIT_MS) =>
      responses.waitFor(predicate, timeoutMs, () => `fake Slack: no response_url post matched (posts so far: ${responses.entries.map((post) => JSON.stringify(post.body)).join(', ') || 'none'})`),
    hostFile: (bytes, fileOptions) => files.host(bytes, fileOptions),
    downloads,
    uploads: files.uploads,
    addUser: (user) => directory.addUser(user, home.teamId),
    addWorkspace: (workspace) => directory.addWorkspace({ ...workspace, teamName: workspace.teamName ?? workspace.teamId }),
    addOAuthCode: (code, response) => oauth.addCode(code, response),
    expectClient: (clientId, clientSecret) => oauth.expectClient(clientId, clientSecret),
    failNext: (method, error) => {
      scriptedFailures.set(method, [...(scriptedFailures.get(method) ?? []), error]);
    },
    clear: () => {
      calls.clear();
      responses.clear();
      downloads.length = 0;
    },
    close: async () => {
      calls.abandon('fake Slack closed while a test waited for a call');
      responses.abandon('fake Slack closed while a test waited for a response_url post');
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** Slack's Web API answers errors with HTTP 200 too; other statuses here are the HTTP endpoints' own. */
function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
