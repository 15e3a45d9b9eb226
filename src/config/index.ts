import { z } from 'zod';

/**
 * The one place that knows Kitty's environment keys. Runtimes hand in their raw environment
 * (process.env on Node, the bindings object on Workers) and get back a typed, validated Config;
 * nothing else reads the environment. Every key is documented in .env.example.
 */

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export const LLM_PROVIDERS = ['offline', 'anthropic', 'gemini', 'openai'] as const;
export const INTERPRETER_MODES = ['offline', 'hybrid', 'model'] as const;
export const TELEGRAM_MODES = ['polling', 'webhook'] as const;
export const TRANSCRIBE_PROVIDERS = ['none', 'openai', 'gemini'] as const;

/** A 256-bit key, given as base64 (44 chars) or hex (64 chars): `openssl rand -base64 32`. */
const encryptionKey = z.string().transform((text, ctx) => {
  const bytes = decodeKey(text.trim());
  if (bytes?.length !== 32) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be 32 random bytes, base64 or hex encoded (generate one with `openssl rand -base64 32`)',
    });
    return z.NEVER;
  }
  return bytes;
});

const postgresUrl = z
  .string()
  .refine((url) => /^postgres(ql)?:\/\//.test(url), 'must be a postgres:// or postgresql:// URL');

/** One of a fixed list, naming the list when the value is not on it. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { message: `must be one of ${values.join(', ')}` });
}

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

const schema = z.object({
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be a whole number between 1 and 65535')
    .transform(Number)
    .pipe(z.number().min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535'))
    .default(3000),
  PUBLIC_URL: httpUrl.optional(),
  DATABASE_URL: postgresUrl.optional(),
  KITTY_DATA_DIR: z.string().min(1).default('./data'),
  APP_ENCRYPTION_KEY: encryptionKey.optional(),
  LOG_LEVEL: oneOf(LOG_LEVELS).default('info'),
  LLM_PROVIDER: oneOf(LLM_PROVIDERS).default('offline'),
  LLM_MODEL: z.string().trim().min(1).max(200).optional(),
  LLM_TIMEOUT_MS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of milliseconds')
    .transform(Number)
    .pipe(z.number().min(1000, 'must be at least 1000').max(300_000, 'must be at most 300000'))
    .default(20_000),
  INTERPRETER_MODE: oneOf(INTERPRETER_MODES).optional(),
  ANTHROPIC_API_KEY: z.string().trim().min(1).optional(),
  ANTHROPIC_BASE_URL: httpUrl.optional(),
  GEMINI_API_KEY: z.string().trim().min(1).optional(),
  GEMINI_BASE_URL: httpUrl.optional(),
  OPENAI_API_KEY: z.string().trim().min(1).optional(),
  OPENAI_BASE_URL: httpUrl.optional(),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456:ABC-DEF… (from @BotFather)')
    .optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A-Z, a-z, 0-9, _ and -')
    .optional(),
  TELEGRAM_MODE: oneOf(TELEGRAM_MODES).default('polling'),
  TELEGRAM_API_ROOT: httpUrl.optional(),
  TRANSCRIBE_PROVIDER: oneOf(TRANSCRIBE_PROVIDERS).default('none'),
  TRANSCRIBE_BASE_URL: httpUrl.optional(),
  TRANSCRIBE_API_KEY: z.string().trim().min(1).optional(),
  TRANSCRIBE_MODEL: z.string().trim().min(1).max(200).optional(),
  SLACK_SIGNING_SECRET: z.string().regex(/^[0-9a-f]{32}$/, 'must be the 32 hex characters from the Slack app\'s Basic Information page').optional(),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-[A-Za-z0-9-]+$/, 'must be a bot token starting with xoxb-').optional(),
  SLACK_API_URL: httpUrl.optional(),
  SLACK_CLIENT_ID: z.string().regex(/^\d+\.\d+$/, 'must look like 1234567890.1234567890 (from Basic Information)').optional(),
  SLACK_CLIENT_SECRET: z.string().regex(/^[0-9a-f]{32}$/, 'must be the 32 hex characters from Basic Information').optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (generate one with `openssl rand -base64 32`)').optional(),
});

/** Every key Kitty reads; each is documented in .env.example and the README. */
export const CONFIG_KEYS: readonly string[] = Object.keys(schema.shape);

export type LogLevel = (typeof LOG_LEVELS)[number];
export type LlmProvider = (typeof LLM_PROVIDERS)[number];
export type InterpreterMode = (typeof INTERPRETER_MODES)[number];

/** Where one provider is reached; the key never leaves the process except in that provider's requests. */
export type ProviderEndpoint = { apiKey: string | undefined; baseUrl: string | undefined };

export type LlmConfig = {
  /** The installation's default provider; a household's own settings win over it. */
  provider: LlmProvider;
  model: string | undefined;
  /** offline: never call a model; hybrid: only when the offline interpreter is unsure; model: always. */
  mode: InterpreterMode;
  timeoutMs: number;
  endpoints: Record<Exclude<LlmProvider, 'offline'>, ProviderEndpoint>;
};

export type TelegramConfig = {
  token: string;
  /** Long polling for local use; a webhook at POST /telegram/webhook behind PUBLIC_URL in production. */
  mode: (typeof TELEGRAM_MODES)[number];
  webhookSecret: string | undefined;
  /** A self-hosted Bot API server (or a test's fake); undefined: api.telegram.org. */
  apiRoot: string | undefined;
};

export type TranscribeConfig = {
  provider: (typeof TRANSCRIBE_PROVIDERS)[number];
  baseUrl: string | undefined;
  apiKey: string | undefined;
  model: string | undefined;
};

export type SlackConfig = {
  /** Verifies that requests to POST /slack/events come from Slack. */
  signingSecret: string;
  /** Self-hosting in one workspace: the bot token from "Install to Workspace". */
  botToken: string | undefined;
  /** Slack's Web API (https://slack.com/api/) unless a test points elsewhere; ends with a slash. */
  apiUrl: string | undefined;
  /** A hosted Kitty serving many workspaces: the OAuth install flow at /slack/install. */
  oauth: { clientId: string; clientSecret: string } | undefined;
};

export type Config = {
  port: number;
  /** Where people reach this Kitty from outside; links in chat messages are built on it. */
  publicUrl: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  /** Master key for secrets at rest; without it Kitty runs but refuses to store API keys. */
  encryptionKey: Uint8Array | undefined;
  logLevel: LogLevel;
  llm: LlmConfig;
  /** Absent without TELEGRAM_BOT_TOKEN. */
  telegram: TelegramConfig | undefined;
  /** Absent without SLACK_SIGNING_SECRET. */
  slack: SlackConfig | undefined;
  transcribe: TranscribeConfig;
  /** Signs sign-in links and session cookies for the web view; without it the web view is closed. */
  sessionSecret: string | undefined;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export type RawEnv = Readonly<Record<string, unknown>>;

/** Validates the environment; throws one ConfigError whose message is a single line naming each bad key. */
export function loadConfig(env: RawEnv): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    // An empty value (KEY= in a .env file) means "not set", as operators expect.
    if (typeof value === 'string' && value.trim() !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = issue.path.join('.');
      return input[key] === undefined ? `${key} is required` : `${key} ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  if (values.TELEGRAM_MODE === 'webhook' && values.TELEGRAM_BOT_TOKEN && !values.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError('Invalid configuration: TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_MODE is webhook');
  }
  const slack = slackConfig(values);
  return {
    port: values.PORT,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL }
      : { kind: 'pglite', dataDir: values.KITTY_DATA_DIR },
    encryptionKey: values.APP_ENCRYPTION_KEY,
    logLevel: values.LOG_LEVEL,
    llm: {
      provider: values.LLM_PROVIDER,
      model: values.LLM_MODEL,
      // Hybrid is the natural default with a provider: the model only sees what the parser is unsure of.
      mode: values.INTERPRETER_MODE ?? (values.LLM_PROVIDER === 'offline' ? 'offline' : 'hybrid'),
      timeoutMs: values.LLM_TIMEOUT_MS,
      endpoints: {
        anthropic: { apiKey: values.ANTHROPIC_API_KEY, baseUrl: values.ANTHROPIC_BASE_URL },
        gemini: { apiKey: values.GEMINI_API_KEY, baseUrl: values.GEMINI_BASE_URL },
        openai: { apiKey: values.OPENAI_API_KEY, baseUrl: values.OPENAI_BASE_URL },
      },
    },
    telegram: values.TELEGRAM_BOT_TOKEN
      ? {
          token: values.TELEGRAM_BOT_TOKEN,
          mode: values.TELEGRAM_MODE,
          webhookSecret: values.TELEGRAM_WEBHOOK_SECRET,
          apiRoot: values.TELEGRAM_API_ROOT?.replace(/\/+$/, ''),
        }
      : undefined,
    slack,
    transcribe: {
      provider: values.TRANSCRIBE_PROVIDER,
      baseUrl: values.TRANSCRIBE_BASE_URL,
      apiKey: values.TRANSCRIBE_API_KEY,
      model: values.TRANSCRIBE_MODEL,
    },
    sessionSecret: values.SESSION_SECRET,
  };
}

/** Slack needs its signing secret and at least one way to get a token; the OAuth flow needs secrets at rest. */
function slackConfig(values: z.output<typeof schema>): SlackConfig | undefined {
  const { SLACK_SIGNING_SECRET: signingSecret, SLACK_BOT_TOKEN: botToken, SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret } = values;
  const problems: string[] = [];
  if (!signingSecret) {
    if (botToken || clientId || clientSecret) problems.push('SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN or SLACK_CLIENT_ID is set');
  } else {
    if (Boolean(clientId) !== Boolean(clientSecret)) problems.push(`${clientId ? 'SLACK_CLIENT_SECRET' : 'SLACK_CLIENT_ID'} is required with ${clientId ? 'SLACK_CLIENT_ID' : 'SLACK_CLIENT_SECRET'}`);
    if (!botToken && !clientId && !clientSecret) problems.push('SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (installs by OAuth) are required with SLACK_SIGNING_SECRET');
    if (clientId && !values.APP_ENCRYPTION_KEY) problems.push('APP_ENCRYPTION_KEY is required with SLACK_CLIENT_ID: installed workspaces\' tokens are stored encrypted');
    if (clientId && !values.SESSION_SECRET) problems.push('SESSION_SECRET is required with SLACK_CLIENT_ID: it signs the install flow\'s state');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  if (!signingSecret) return undefined;
  return {
    signingSecret,
    botToken,
    apiUrl: values.SLACK_API_URL && `${values.SLACK_API_URL.replace(/\/+$/, '')}/`,
    oauth: clientId && clientSecret ? { clientId, clientSecret } : undefined,
  };
}

function decodeKey(text: string): Uint8Array | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(text)) {
    return Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  }
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
