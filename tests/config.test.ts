import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigError, loadConfig } from '../src/config/index.ts';

const key = Buffer.alloc(32, 7);

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      database: { kind: 'pglite', dataDir: './data' },
      encryptionKey: undefined,
      logLevel: 'info',
      llm: {
        provider: 'offline',
        model: undefined,
        mode: 'offline',
        timeoutMs: 20_000,
        endpoints: {
          anthropic: { apiKey: undefined, baseUrl: undefined },
          gemini: { apiKey: undefined, baseUrl: undefined },
          openai: { apiKey: undefined, baseUrl: undefined },
        },
      },
      telegram: undefined,
      slack: undefined,
      transcribe: { provider: 'none', baseUrl: undefined, apiKey: undefined, model: undefined },
      sessionSecret: undefined,
    });
  });

  it('reads Telegram settings, polling by default, and insists on a secret for a webhook', () => {
    const token = '123456:ABCdefGHIjklMNOpqrSTUvwx';
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).telegram).toEqual({
      token,
      mode: 'polling',
      webhookSecret: undefined,
      apiRoot: 'http://127.0.0.1:8081',
    });
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_MODE: 'webhook' })).toThrow(
      'Invalid configuration: TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_MODE is webhook',
    );
  });

  it('reads Slack for one workspace by bot token, or for many by OAuth', () => {
    const signingSecret = '0123456789abcdef0123456789abcdef';
    expect(loadConfig({ SLACK_SIGNING_SECRET: signingSecret, SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_API_URL: 'http://127.0.0.1:9/api' }).slack).toEqual({
      signingSecret,
      botToken: 'xoxb-1-2-abc',
      apiUrl: 'http://127.0.0.1:9/api/',
      oauth: undefined,
    });
    const hosted = loadConfig({
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_CLIENT_ID: '1234.5678',
      SLACK_CLIENT_SECRET: 'b'.repeat(32),
      APP_ENCRYPTION_KEY: 'a'.repeat(64),
      SESSION_SECRET: 's'.repeat(32),
    });
    expect(hosted.slack).toEqual({ signingSecret, botToken: undefined, apiUrl: undefined, oauth: { clientId: '1234.5678', clientSecret: 'b'.repeat(32) } });
  });

  it('defaults to hybrid interpretation once a provider is chosen, and an explicit mode wins', () => {
    const hybrid = loadConfig({ LLM_PROVIDER: 'gemini', GEMINI_API_KEY: 'g-key', GEMINI_BASE_URL: 'http://127.0.0.1:9/' });
    expect(hybrid.llm).toMatchObject({
      provider: 'gemini',
      mode: 'hybrid',
      endpoints: { gemini: { apiKey: 'g-key', baseUrl: 'http://127.0.0.1:9/' } },
    });
    expect(loadConfig({ LLM_PROVIDER: 'openai', INTERPRETER_MODE: 'model', LLM_MODEL: 'llama3.2' }).llm).toMatchObject({
      provider: 'openai',
      mode: 'model',
      model: 'llama3.2',
    });
  });

  it('reads every key, treating empty values as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      PUBLIC_URL: 'https://kitty.example.com/',
      DATABASE_URL: 'postgres://u@db:5432/kitty',
      KITTY_DATA_DIR: '/var/kitty',
      APP_ENCRYPTION_KEY: key.toString('base64'),
      LOG_LEVEL: '',
    });
    expect(config).toMatchObject({
      port: 8080,
      publicUrl: 'https://kitty.example.com',
      database: { kind: 'postgres', url: 'postgres://u@db:5432/kitty' },
      logLevel: 'info',
    });
    expect(Buffer.from(config.encryptionKey!)).toEqual(key);
    expect(Buffer.from(loadConfig({ APP_ENCRYPTION_KEY: key.toString('hex') }).encryptionKey!)).toEqual(key);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number between 1 and 65535'],
    [{ PORT: '70000' }, 'PORT must be between 1 and 65535'],
    [{ PUBLIC_URL: 'kitty.example.com' }, 'PUBLIC_URL must be an http(s) URL'],
    [{ DATABASE_URL: 'mysql://db/kitty' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    [{ LLM_PROVIDER: 'claude' }, 'LLM_PROVIDER must be one of offline, anthropic, gemini, openai'],
    [{ INTERPRETER_MODE: 'smart' }, 'INTERPRETER_MODE must be one of offline, hybrid, model'],
    [{ LLM_TIMEOUT_MS: '50' }, 'LLM_TIMEOUT_MS must be at least 1000'],
    [{ OPENAI_BASE_URL: 'localhost:11434' }, 'OPENAI_BASE_URL must be an http(s) URL'],
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, 'TELEGRAM_BOT_TOKEN must look like 123456:ABC-DEF… (from @BotFather)'],
    [{ TELEGRAM_WEBHOOK_SECRET: 'short' }, 'TELEGRAM_WEBHOOK_SECRET must be 16–256 characters of A-Z, a-z, 0-9, _ and -'],
    [{ TRANSCRIBE_PROVIDER: 'whisper' }, 'TRANSCRIBE_PROVIDER must be one of none, openai, gemini'],
    [{ SESSION_SECRET: 'tiny' }, 'SESSION_SECRET must be at least 32 characters (generate one with `openssl rand -base64 32`)'],
    [{ APP_ENCRYPTION_KEY: 'too-short' }, 'APP_ENCRYPTION_KEY must be 32 random bytes'],
    [{ SLACK_SIGNING_SECRET: 'not-hex' }, "SLACK_SIGNING_SECRET must be the 32 hex characters from the Slack app's Basic Information page"],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token' }, 'SLACK_BOT_TOKEN must be a bot token starting with xoxb-'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' }, 'SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN or SLACK_CLIENT_ID is set'],
    [{ SLACK_SIGNING_SECRET: 'a'.repeat(32) }, 'SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (installs by OAuth) are required'],
    [{ SLACK_SIGNING_SECRET: 'a'.repeat(32), SLACK_CLIENT_ID: '1.2' }, 'SLACK_CLIENT_SECRET is required with SLACK_CLIENT_ID'],
    [
      { SLACK_SIGNING_SECRET: 'a'.repeat(32), SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'b'.repeat(32) },
      'APP_ENCRYPTION_KEY is required with SLACK_CLIENT_ID',
    ],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of debug, info, warn, error, silent'],
  ])('refuses %o with one line naming the key', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never echoes a secret value in its error', () => {
    expect(() => loadConfig({ APP_ENCRYPTION_KEY: 'hunter2-not-a-key' })).toThrow(/^(?!.*hunter2).*$/);
  });

  it('documents every key in .env.example and the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const key of CONFIG_KEYS) {
      expect(example, key).toMatch(new RegExp(`^${key}=`, 'm'));
      expect(readme, key).toContain(`\`${key}\``);
    }
  });
});
