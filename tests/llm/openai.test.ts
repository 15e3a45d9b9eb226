import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIProvider, toOpenAIRequest } from '../../src/llm/openai.ts';
import { toolInputJsonSchema } from '../../src/llm/tool-schema.ts';
import { ModelError, type ChatMessage } from '../../src/llm/types.ts';
import { openaiText, openaiToolCalls, recordingSleep, startFakeOpenAI, type FakeModelServer } from '../support/fake-model-servers/index.ts';
import { API_KEY, EXPENSE_ARGS, logExpenseRequest, proposeExpenses } from './fixtures.ts';

describe('OpenAI-compatible provider on the chat completions wire format', () => {
  let server: FakeModelServer;
  beforeEach(async () => {
    server = await startFakeOpenAI();
  });
  afterEach(async () => {
    await server.close();
  });
  const provider = (apiKey = API_KEY) => createOpenAIProvider({ apiKey, baseUrl: server.url, model: 'qwen3:8b', sleep: recordingSleep().sleep });

  it('sends one system message, the tools and tool_choice required, with the bearer key', async () => {
    server.respondWith(openaiToolCalls([{ name: 'propose_expenses', arguments: EXPENSE_ARGS, id: 'call_xyz' }]));
    const result = await provider().complete({ ...logExpenseRequest, maxOutputTokens: 300 });

    const request = server.requests[0]!;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    expect(request.headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(request.body).toEqual({
      model: 'qwen3:8b',
      messages: [
        { role: 'system', content: `${logExpenseRequest.system}\n\n${logExpenseRequest.context}` },
        { role: 'user', content: [{ type: 'text', text: 'sabzi 320' }] },
      ],
      tools: [{ type: 'function', function: { name: 'propose_expenses', description: proposeExpenses.description, parameters: toolInputJsonSchema(proposeExpenses) } }],
      tool_choice: 'required',
      // A server other than api.openai.com gets the field every OpenAI-compatible server knows.
      max_tokens: 300,
    });
    expect(result.toolCalls).toEqual([{ id: 'call_xyz', name: 'propose_expenses', arguments: EXPENSE_ARGS, rawArguments: JSON.stringify(EXPENSE_ARGS) }]);
  });

  it('keeps malformed arguments raw, with arguments undefined, for the engine to repair', async () => {
    server.respondWith(openaiToolCalls([{ name: 'propose_expenses', arguments: '{not json' }]));
    const result = await provider().complete({ ...logExpenseRequest, toolChoice: 'auto' });
    expect((server.requests[0]!.body as Record<string, unknown>)['tool_choice']).toBe('auto');
    expect(result.toolCalls).toEqual([{ id: 'call_1', name: 'propose_expenses', arguments: undefined, rawArguments: '{not json' }]);
  });

  it('encodes images as data URLs and WAV/MP3 as input_audio; echoes calls and results', async () => {
    const messages: ChatMessage[] = [
      {
        role: 'user',
        parts: [
          { type: 'media', mimeType: 'image/jpeg', data: new Uint8Array([255, 216]) },
          { type: 'media', mimeType: 'audio/mpeg', data: new Uint8Array([1, 2]) },
          { type: 'media', mimeType: 'audio/wav', data: new Uint8Array([3]) },
        ],
      },
      { role: 'assistant', toolCalls: [{ id: 'call_1', name: 'propose_expenses', arguments: undefined, rawArguments: '{not json' }] },
      { role: 'tool', results: [{ callId: 'call_1', name: 'propose_expenses', content: 'Your arguments were not JSON; send them again.' }] },
    ];
    await provider().complete({ ...logExpenseRequest, context: undefined, messages });
    expect((server.requests[0]!.body as Record<string, unknown>)['messages']).toEqual([
      { role: 'system', content: logExpenseRequest.system },
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,/9g=' } },
          { type: 'input_audio', input_audio: { data: 'AQI=', format: 'mp3' } },
          { type: 'input_audio', input_audio: { data: 'Aw==', format: 'wav' } },
        ],
      },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'propose_expenses', arguments: '{not json' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: 'Your arguments were not JSON; send them again.' },
    ]);
  });

  it('refuses audio it cannot send (a Telegram voice note) before calling', async () => {
    const voice: ChatMessage = { role: 'user', parts: [{ type: 'media', mimeType: 'audio/ogg', data: new Uint8Array([1]) }] };
    const error = await provider().complete({ ...logExpenseRequest, messages: [voice] }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ kind: 'bad_request', message: expect.stringContaining('WAV or MP3 audio only, not audio/ogg') });
    expect(server.requests).toHaveLength(0);
  });

  it('reads text and usage with cached tokens', async () => {
    server.respondWith(openaiText('Hello', { prompt_tokens: 1200, completion_tokens: 3, prompt_tokens_details: { cached_tokens: 1024 } }));
    const result = await provider().complete(logExpenseRequest);
    expect(result).toMatchObject({ text: 'Hello', toolCalls: [], usage: { inputTokens: 1200, outputTokens: 3, cachedInputTokens: 1024 } });
  });

  it('accepts a placeholder key for a local server, and refuses an empty one', async () => {
    await provider('none').complete(logExpenseRequest);
    expect(server.requests[0]!.headers['authorization']).toBe('Bearer none');
    expect(() => provider('')).toThrow(ModelError);
  });

  it('uses max_completion_tokens for api.openai.com, whose newer models refuse max_tokens', async () => {
    const body = toOpenAIRequest('gpt-4.1-mini', { ...logExpenseRequest, maxOutputTokens: 50 }, { isOpenAI: true });
    expect(body).toMatchObject({ max_completion_tokens: 50 });
    expect(body).not.toHaveProperty('max_tokens');
  });
});
