import { createProvider } from '../../src/llm/index.ts';
import type { ModelProvider, ProviderName, ProviderOptions } from '../../src/llm/types.ts';
import {
  anthropicError,
  anthropicToolUse,
  geminiError,
  geminiFunctionCalls,
  openaiError,
  openaiToolCalls,
  startFakeAnthropic,
  startFakeGemini,
  startFakeOpenAI,
  type FakeModelServer,
  type ScriptedResponse,
} from '../support/fake-model-servers/index.ts';
import { API_KEY, EXPENSE_ARGS } from './fixtures.ts';

/** What the behaviour shared by all providers (retries, errors, connection checks) is tested through. */
export interface ProviderHarness {
  readonly name: ProviderName;
  /** How the provider names itself in error messages (with the fake's base URL). */
  readonly label: string;
  start(): Promise<FakeModelServer>;
  toolCallReply(): ScriptedResponse;
  error(status: number, message: string, headers?: Record<string, string>): ScriptedResponse;
  /** The key as the fake received it. */
  sentKey(headers: Record<string, string | string[] | undefined>): string | undefined;
}

const GOOGLE_STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' };

export const HARNESSES: readonly ProviderHarness[] = [
  {
    name: 'anthropic',
    label: 'Anthropic',
    start: startFakeAnthropic,
    toolCallReply: () => anthropicToolUse([{ name: 'propose_expenses', input: EXPENSE_ARGS }]),
    error: (status, message, headers) => anthropicError(status, message, headers),
    // @anthropic-ai/sdk 1.x sends the API key as a bearer token, not `x-api-key`.
    sentKey: (headers) => single(headers['authorization'])?.replace(/^Bearer /, ''),
  },
  {
    name: 'gemini',
    label: 'Gemini',
    start: startFakeGemini,
    toolCallReply: () => geminiFunctionCalls([{ name: 'propose_expenses', args: EXPENSE_ARGS }]),
    error: (status, message, headers) => geminiError(status, message, GOOGLE_STATUS[status] ?? 'UNKNOWN', headers ? { headers } : {}),
    sentKey: (headers) => single(headers['x-goog-api-key']),
  },
  {
    name: 'openai',
    label: 'The OpenAI-compatible server at 127.0.0.1',
    start: startFakeOpenAI,
    toolCallReply: () => openaiToolCalls([{ name: 'propose_expenses', arguments: EXPENSE_ARGS }]),
    error: (status, message, headers) => openaiError(status, message, headers),
    sentKey: (headers) => single(headers['authorization'])?.replace(/^Bearer /, ''),
  },
];

export function providerOn(harness: ProviderHarness, server: FakeModelServer, options: Partial<ProviderOptions> = {}): ModelProvider {
  return createProvider(harness.name, { apiKey: API_KEY, baseUrl: server.url, ...options });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
