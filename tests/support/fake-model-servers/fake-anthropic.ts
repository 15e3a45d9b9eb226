import { startFakeModelServer, type FakeModelServer, type ScriptedResponse } from './fake-http-server.ts';

/** A fake Anthropic Messages API: `POST /v1/messages`. Pass `url` as `baseUrl`. */
export function startFakeAnthropic(): Promise<FakeModelServer> {
  return startFakeModelServer({
    serves: (method, path) => method === 'POST' && path === '/v1/messages',
    fallback: () => anthropicText('OK'),
  });
}

export interface AnthropicUsage {
  readonly input_tokens: number;
  readonly output_tokens: number;
  readonly cache_read_input_tokens?: number;
  readonly cache_creation_input_tokens?: number;
}

const USAGE: AnthropicUsage = { input_tokens: 120, output_tokens: 30, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };

/** A reply with `tool_use` blocks (ids `toolu_1`, `toolu_2`… unless given), optionally after some text. */
export function anthropicToolUse(
  calls: readonly { name: string; input: unknown; id?: string }[],
  options: { text?: string; usage?: AnthropicUsage } = {},
): ScriptedResponse {
  const content = [
    ...(options.text ? [{ type: 'text', text: options.text }] : []),
    ...calls.map((call, i) => ({ type: 'tool_use', id: call.id ?? `toolu_${i + 1}`, name: call.name, input: call.input })),
  ];
  return { body: message(content, 'tool_use', options.usage ?? USAGE) };
}

export function anthropicText(text: string, usage: AnthropicUsage = USAGE): ScriptedResponse {
  return { body: message([{ type: 'text', text }], 'end_turn', usage) };
}

/** An error in Anthropic's shape; `type` defaults from the status (authentication_error, rate_limit_error…). */
export function anthropicError(status: number, message: string, headers: Record<string, string> = {}, type = errorType(status)): ScriptedResponse {
  return { status, headers, body: { type: 'error', error: { type, message } } };
}

function message(content: unknown[], stopReason: string, usage: AnthropicUsage): unknown {
  return {
    id: 'msg_fake_1',
    type: 'message',
    role: 'assistant',
    model: 'claude-haiku-4-5',
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage,
  };
}

function errorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status === 529) return 'overloaded_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}
