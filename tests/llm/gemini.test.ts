import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createGeminiProvider } from '../../src/llm/gemini.ts';
import { ModelError, type ChatMessage } from '../../src/llm/types.ts';
import {
  geminiError,
  geminiFunctionCalls,
  geminiText,
  recordingSleep,
  startFakeGemini,
  type FakeModelServer,
} from '../support/fake-model-servers/index.ts';
import { API_KEY, EXPENSE_ARGS, logExpenseRequest } from './fixtures.ts';

describe('Gemini provider on the generateContent wire format', () => {
  let server: FakeModelServer;
  beforeEach(async () => {
    server = await startFakeGemini();
  });
  afterEach(async () => {
    await server.close();
  });
  const sleeper = recordingSleep();
  const provider = () => createGeminiProvider({ apiKey: API_KEY, baseUrl: server.url, sleep: sleeper.sleep });

  it('sends systemInstruction then context, functionDeclarations in Gemini’s dialect, and mode ANY', async () => {
    server.respondWith(geminiFunctionCalls([{ name: 'propose_expenses', args: EXPENSE_ARGS }]));
    await provider().complete({ ...logExpenseRequest, maxOutputTokens: 200 });

    const request = server.requests[0]!;
    expect(request.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(request.headers['x-goog-api-key']).toBe(API_KEY);
    expect(request.body).toEqual({
      contents: [{ role: 'user', parts: [{ text: 'sabzi 320' }] }],
      systemInstruction: { parts: [{ text: logExpenseRequest.system }, { text: logExpenseRequest.context }] },
      tools: [
        {
          functionDeclarations: [
            {
              name: 'propose_expenses',
              description: 'Propose expense drafts for the person to confirm.',
              parameters: {
                type: 'OBJECT',
                properties: {
                  expenses: {
                    type: 'ARRAY',
                    items: {
                      type: 'OBJECT',
                      properties: {
                        amount_minor: { type: 'INTEGER', minimum: 1, description: 'Amount in minor units (paise, cents).' },
                        description: { type: 'STRING', description: 'What the money was spent on.' },
                        category: { type: 'STRING', format: 'enum', enum: ['food', 'transport', 'other'], description: 'Category slug.' },
                      },
                      required: ['amount_minor', 'description'],
                      propertyOrdering: ['amount_minor', 'description', 'category'],
                    },
                    minItems: '1',
                    description: 'One entry per expense in the message.',
                  },
                },
                required: ['expenses'],
                propertyOrdering: ['expenses'],
              },
            },
          ],
        },
      ],
      toolConfig: { functionCallingConfig: { mode: 'ANY' } },
      generationConfig: { maxOutputTokens: 200 },
    });
  });

  it('uses mode AUTO when the model may answer in text', async () => {
    await provider().complete({ ...logExpenseRequest, toolChoice: 'auto' });
    expect((server.requests[0]!.body as Record<string, unknown>)['toolConfig']).toEqual({ functionCallingConfig: { mode: 'AUTO' } });
  });

  it('makes up distinct ids when Gemini gives none, keeps given ids and thought signatures', async () => {
    server.respondWith(
      geminiFunctionCalls([
        { name: 'propose_expenses', args: EXPENSE_ARGS, thoughtSignature: 'c2lnbmF0dXJl' },
        { name: 'propose_expenses', args: { expenses: [] } },
        { name: 'ask_analytics', args: { intent: 'spend_by_category' }, id: 'gem-7' },
      ]),
    );
    const { toolCalls } = await provider().complete(logExpenseRequest);
    expect(toolCalls.map((call) => call.name)).toEqual(['propose_expenses', 'propose_expenses', 'ask_analytics']);
    expect(toolCalls[0]).toMatchObject({ arguments: EXPENSE_ARGS, rawArguments: JSON.stringify(EXPENSE_ARGS), signature: 'c2lnbmF0dXJl' });
    expect(toolCalls[0]!.id).toMatch(/^kitty-call-1-/);
    expect(toolCalls[1]!.id).toMatch(/^kitty-call-2-/);
    expect(toolCalls[2]!.id).toBe('gem-7');
    expect(toolCalls[2]!.signature).toBeUndefined();
  });

  it('sends media inline, echoes calls with their signature, and tool results as functionResponse', async () => {
    const messages: ChatMessage[] = [
      { role: 'user', parts: [{ type: 'media', mimeType: 'audio/ogg', data: new Uint8Array([104, 105]) }, { type: 'media', mimeType: 'image/jpeg', data: new Uint8Array([255]) }] },
      {
        role: 'assistant',
        toolCalls: [
          { id: 'kitty-call-1-abcd1234', name: 'propose_expenses', arguments: EXPENSE_ARGS, rawArguments: '', signature: 'c2ln' },
          { id: 'gem-7', name: 'ask_analytics', arguments: undefined, rawArguments: '{oops' },
        ],
      },
      {
        role: 'tool',
        results: [
          { callId: 'kitty-call-1-abcd1234', name: 'propose_expenses', content: 'Draft created.' },
          { callId: 'gem-7', name: 'ask_analytics', content: 'Arguments were not JSON.' },
        ],
      },
    ];
    await provider().complete({ ...logExpenseRequest, messages });
    expect((server.requests[0]!.body as Record<string, unknown>)['contents']).toEqual([
      { role: 'user', parts: [{ inlineData: { mimeType: 'audio/ogg', data: 'aGk=' } }, { inlineData: { mimeType: 'image/jpeg', data: '/w==' } }] },
      {
        role: 'model',
        parts: [
          { functionCall: { name: 'propose_expenses', args: EXPENSE_ARGS }, thoughtSignature: 'c2ln' },
          { functionCall: { id: 'gem-7', name: 'ask_analytics', args: {} } },
        ],
      },
      {
        role: 'user',
        parts: [
          { functionResponse: { name: 'propose_expenses', response: { output: 'Draft created.' } } },
          { functionResponse: { id: 'gem-7', name: 'ask_analytics', response: { output: 'Arguments were not JSON.' } } },
        ],
      },
    ]);
  });

  it('reads text and usage, leaving the SDK’s HTTP wrapper out of raw', async () => {
    server.respondWith(geminiText('Spent 320.', { promptTokenCount: 50, candidatesTokenCount: 4, thoughtsTokenCount: 6, cachedContentTokenCount: 32 }));
    const result = await provider().complete(logExpenseRequest);
    expect(result.text).toBe('Spent 320.');
    expect(result.toolCalls).toEqual([]);
    expect(result.usage).toEqual({ inputTokens: 50, outputTokens: 10, cachedInputTokens: 32 });
    expect(JSON.parse(result.raw)).toMatchObject({ responseId: 'fake-response-1' });
    expect(result.raw).not.toContain('sdkHttpResponse');
  });

  it('waits the RetryInfo delay Google puts in a 429 body', async () => {
    const delays = sleeper.delays.length;
    server.respondWith(
      geminiError(429, 'Quota exceeded', 'RESOURCE_EXHAUSTED', { details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '3s' }] }),
      geminiText('OK'),
    );
    const result = await provider().complete(logExpenseRequest);
    expect(result.attempts).toBe(2);
    expect(sleeper.delays.slice(delays)).toEqual([3000]);
  });

  it('treats Google’s 400 API_KEY_INVALID as an auth failure, without retrying', async () => {
    server.respondWith(geminiError(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT'));
    const error = await provider().complete(logExpenseRequest).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ kind: 'auth', status: 400, message: 'Gemini rejected the API key (400).' });
    expect(server.requests).toHaveLength(1);
  });

  it('sends a tool without arguments with no parameters', async () => {
    await provider().complete({ ...logExpenseRequest, tools: [{ name: 'show_summary', description: 'Show this month.', input: z.object({}) }] });
    const body = server.requests[0]!.body as { tools: { functionDeclarations: unknown[] }[] };
    expect(body.tools[0]!.functionDeclarations).toEqual([{ name: 'show_summary', description: 'Show this month.' }]);
  });
});
