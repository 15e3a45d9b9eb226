import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnthropicProvider } from '../../src/llm/anthropic.ts';
import { toolInputJsonSchema } from '../../src/llm/tool-schema.ts';
import { ModelError, type ChatMessage } from '../../src/llm/types.ts';
import {
  anthropicError,
  anthropicText,
  anthropicToolUse,
  recordingSleep,
  startFakeAnthropic,
  type FakeModelServer,
} from '../support/fake-model-servers/index.ts';
import { API_KEY, EXPENSE_ARGS, logExpenseRequest, proposeExpenses } from './fixtures.ts';

describe('Anthropic provider on the Messages wire format', () => {
  let server: FakeModelServer;
  beforeEach(async () => {
    server = await startFakeAnthropic();
  });
  afterEach(async () => {
    await server.close();
  });
  const provider = (model?: string) =>
    createAnthropicProvider({ apiKey: API_KEY, baseUrl: server.url, sleep: recordingSleep().sleep, ...(model ? { model } : {}) });

  it('caches the stable system block, sends context uncached after it, and forces a tool when required', async () => {
    server.respondWith(anthropicToolUse([{ name: 'propose_expenses', input: EXPENSE_ARGS, id: 'toolu_abc' }], { text: 'Noted.' }));
    const result = await provider().complete(logExpenseRequest);

    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/v1/messages' });
    expect(server.requests[0]!.body).toEqual({
      model: 'claude-haiku-4-5',
      max_tokens: 1024,
      system: [
        { type: 'text', text: logExpenseRequest.system, cache_control: { type: 'ephemeral' } },
        { type: 'text', text: logExpenseRequest.context },
      ],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'sabzi 320' }] }],
      tools: [{ name: 'propose_expenses', description: proposeExpenses.description, input_schema: toolInputJsonSchema(proposeExpenses) }],
      tool_choice: { type: 'any' },
    });
    expect(result.text).toBe('Noted.');
    expect(result.toolCalls).toEqual([
      { id: 'toolu_abc', name: 'propose_expenses', arguments: EXPENSE_ARGS, rawArguments: JSON.stringify(EXPENSE_ARGS) },
    ]);
  });

  it('lets the model choose with auto, and omits an absent context', async () => {
    await provider('claude-sonnet-4-6').complete({ ...logExpenseRequest, context: undefined, toolChoice: 'auto', maxOutputTokens: 64 });
    const body = server.requests[0]!.body as Record<string, unknown>;
    expect(body['model']).toBe('claude-sonnet-4-6');
    expect(body['max_tokens']).toBe(64);
    expect(body['tool_choice']).toEqual({ type: 'auto' });
    expect(body['system']).toEqual([{ type: 'text', text: logExpenseRequest.system, cache_control: { type: 'ephemeral' } }]);
  });

  it('sends images as base64 blocks, echoes tool calls as tool_use and results as tool_result', async () => {
    const messages: ChatMessage[] = [
      { role: 'user', parts: [{ type: 'text', text: 'receipt' }, { type: 'media', mimeType: 'image/png', data: new Uint8Array([1, 2, 3]) }] },
      { role: 'assistant', text: 'Let me log it.', toolCalls: [{ id: 'toolu_1', name: 'propose_expenses', arguments: EXPENSE_ARGS, rawArguments: '' }] },
      { role: 'tool', results: [{ callId: 'toolu_1', name: 'propose_expenses', content: 'Draft 1 created.' }] },
    ];
    await provider().complete({ ...logExpenseRequest, messages });
    expect((server.requests[0]!.body as Record<string, unknown>)['messages']).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'receipt' },
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AQID' } },
        ],
      },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me log it.' },
          { type: 'tool_use', id: 'toolu_1', name: 'propose_expenses', input: EXPENSE_ARGS },
        ],
      },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'Draft 1 created.' }] },
    ]);
  });

  it('refuses audio before calling, with a clear bad_request', async () => {
    const voice: ChatMessage = { role: 'user', parts: [{ type: 'media', mimeType: 'audio/ogg', data: new Uint8Array([1]) }] };
    const error = await provider().complete({ ...logExpenseRequest, messages: [voice] }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ kind: 'bad_request', message: expect.stringContaining('do not take audio') });
    expect(server.requests).toHaveLength(0);
  });

  it('reports usage with cache reads counted in the input', async () => {
    server.respondWith(anthropicText('OK', { input_tokens: 20, output_tokens: 5, cache_read_input_tokens: 900, cache_creation_input_tokens: 0 }));
    const result = await provider().complete(logExpenseRequest);
    expect(result.usage).toEqual({ inputTokens: 920, outputTokens: 5, cachedInputTokens: 900 });
    expect(JSON.parse(result.raw)).toMatchObject({ id: 'msg_fake_1', usage: { cache_read_input_tokens: 900 } });
  });

  it('retries 529 overloaded as a server error', async () => {
    server.respondWith(anthropicError(529, 'Overloaded'), anthropicText('OK'));
    const result = await provider().complete(logExpenseRequest);
    expect(result.attempts).toBe(2);
  });

  it('tells a wrong model apart as a bad request naming it', async () => {
    server.respondWith(anthropicError(404, 'model: claude-nope'));
    const error = await provider('claude-nope').complete(logExpenseRequest).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ kind: 'bad_request', status: 404, message: 'Anthropic rejected the request (404): model: claude-nope' });
    expect(server.requests).toHaveLength(1);
  });
});
