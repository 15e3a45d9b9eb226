/**
 * One interface in front of every model provider (Anthropic, Gemini, OpenAI-compatible). The
 * engine speaks only these types; each provider file converts them to and from its wire format.
 */
import type { z } from 'zod';

export const PROVIDER_NAMES = ['anthropic', 'gemini', 'openai'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** A tool is data: defined once with zod (every field `.describe()`d) and converted per provider. */
export interface ToolSpec {
  readonly name: string;
  readonly description: string;
  readonly input: z.ZodType;
}

export type UserPart =
  | { readonly type: 'text'; readonly text: string }
  /** Audio (voice notes) and images (receipts) for providers that take them inline. */
  | { readonly type: 'media'; readonly mimeType: string; readonly data: Uint8Array };

export interface ToolCall {
  /** The provider's id for the call (Gemini has none: the provider file makes one up). */
  readonly id: string;
  readonly name: string;
  /** Parsed JSON arguments; `undefined` when the model sent text that is not JSON (see `rawArguments`). */
  readonly arguments: unknown;
  readonly rawArguments: string;
  /**
   * Opaque provider data that must go back with the call in the next request (Gemini's thought
   * signature: Gemini 3 rejects a history whose function calls lost it). Keep it when echoing the
   * assistant's tool calls.
   */
  readonly signature?: string;
}

export type ChatMessage =
  | { readonly role: 'user'; readonly parts: readonly UserPart[] }
  | { readonly role: 'assistant'; readonly text?: string; readonly toolCalls?: readonly ToolCall[] }
  /** Results of the assistant's tool calls, in the same order; also how a repair request is sent. */
  | { readonly role: 'tool'; readonly results: readonly { readonly callId: string; readonly name: string; readonly content: string }[] };

export interface CompletionRequest {
  /**
   * The stable prefix (rules, tool guidance, taxonomy): identical across messages so providers
   * can cache it (Anthropic: `cache_control` on it).
   */
  readonly system: string;
  /** Per-message context that changes (today's date, members), sent after the cached prefix. */
  readonly context?: string;
  readonly messages: readonly ChatMessage[];
  readonly tools: readonly ToolSpec[];
  /** `required`: the model must call a tool. */
  readonly toolChoice?: 'auto' | 'required';
  readonly maxOutputTokens?: number;
}

export interface Usage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  readonly cachedInputTokens?: number;
}

export interface CompletionResult {
  readonly text: string;
  readonly toolCalls: readonly ToolCall[];
  readonly usage: Usage;
  /** The provider's answer as it came (JSON text), for the audit log. */
  readonly raw: string;
  /** Wall time including retries. */
  readonly latencyMs: number;
  /** How many HTTP attempts it took (1 when no retry was needed). */
  readonly attempts: number;
}

export type ConnectionCheck = { readonly ok: true; readonly model: string } | { readonly ok: false; readonly error: string };

export interface ModelProvider {
  readonly name: ProviderName;
  readonly model: string;
  complete(request: CompletionRequest): Promise<CompletionResult>;
  /** A tiny real request, for the settings page's "test connection" button. Never throws. */
  testConnection(): Promise<ConnectionCheck>;
}

export interface ProviderOptions {
  readonly apiKey: string;
  readonly model?: string;
  /** Another endpoint speaking the same wire format (a proxy, Ollama, vLLM, LM Studio, a test fake). */
  readonly baseUrl?: string;
  /** Per attempt; default 20 000. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx and timeouts; default 2. Never on 401/403. */
  readonly maxRetries?: number;
  /** Injected so tests need not wait real seconds between retries. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export type ModelErrorKind = 'auth' | 'rate_limited' | 'timeout' | 'server' | 'bad_request' | 'network';

/** A failed model call. The message is safe to log and show: it never contains the API key. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly status?: number,
    readonly attempts = 1,
  ) {
    super(message);
  }
}
