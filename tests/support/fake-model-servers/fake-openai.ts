import { startFakeModelServer, type FakeModelServer, type ScriptedResponse } from './fake-http-server.ts';

/**
 * A fake OpenAI-compatible server: `POST /v1/chat/completions`. `url` ends in `/v1`, as the
 * base URL of OpenAI, Ollama, vLLM and LM Studio does; pass it as `baseUrl`.
 */
export function startFakeOpenAI(): Promise<FakeModelServer> {
  return startFakeModelServer({
    serves: (method, path) => method === 'POST' && path === '/v1/chat/completions',
    fallback: () => openaiText('OK'),
    basePath: '/v1',
  });
}

export interface OpenAIUsage {
  readonly prompt_tokens: number;
  readonly completion_tokens: number;
  readonly prompt_tokens_details?: { readonly cached_tokens: number };
}

const USAGE: OpenAIUsage = { prompt_tokens: 100, completion_tokens: 20 };

/** A reply with `tool_calls`; `arguments` is sent as given when a string (so it can be malformed). */
export function openaiToolCalls(
  calls: readonly { name: string; arguments: unknown; id?: string }[],
  options: { text?: string; usage?: OpenAIUsage } = {},
): ScriptedResponse {
  const toolCalls = calls.map((call, i) => ({
    id: call.id ?? `call_${i + 1}`,
    type: 'function',
    function: { name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments) },
  }));
  return { body: completion({ role: 'assistant', content: options.text ?? null, tool_calls: toolCalls }, 'tool_calls', options.usage ?? USAGE) };
}

export function openaiText(text: string, usage: OpenAIUsage = USAGE): ScriptedResponse {
  return { body: completion({ role: 'assistant', content: text }, 'stop', usage) };
}

export function openaiError(status: number, message: string, headers: Record<string, string> = {}, code: string | null = null): ScriptedResponse {
  return { status, headers, body: { error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'invalid_request_error', param: null, code } } };
}

function completion(message: unknown, finishReason: string, usage: OpenAIUsage): unknown {
  return {
    id: 'chatcmpl-fake-1',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4.1-mini',
    choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}
