import { startFakeModelServer, type FakeModelServer, type ScriptedResponse } from './fake-http-server.ts';

/**
 * A fake Gemini API: `POST /v1beta/models/{model}:generateContent` (the path @google/genai calls
 * under `httpOptions.baseUrl`). Pass `url` as `baseUrl`.
 */
export function startFakeGemini(): Promise<FakeModelServer> {
  return startFakeModelServer({
    serves: (method, path) => method === 'POST' && /^\/v1beta\/models\/[^/:]+:generateContent$/.test(path),
    fallback: () => geminiText('OK'),
  });
}

export interface GeminiUsage {
  readonly promptTokenCount: number;
  readonly candidatesTokenCount: number;
  readonly cachedContentTokenCount?: number;
  readonly thoughtsTokenCount?: number;
}

const USAGE: GeminiUsage = { promptTokenCount: 110, candidatesTokenCount: 25 };

/** A reply whose parts are `functionCall`s (no ids unless given: Gemini often sends none). */
export function geminiFunctionCalls(
  calls: readonly { name: string; args: unknown; id?: string; thoughtSignature?: string }[],
  options: { text?: string; usage?: GeminiUsage } = {},
): ScriptedResponse {
  const parts = [
    ...(options.text ? [{ text: options.text }] : []),
    ...calls.map((call) => ({
      functionCall: { name: call.name, args: call.args, ...(call.id ? { id: call.id } : {}) },
      ...(call.thoughtSignature ? { thoughtSignature: call.thoughtSignature } : {}),
    })),
  ];
  return { body: response(parts, options.usage ?? USAGE) };
}

export function geminiText(text: string, usage: GeminiUsage = USAGE): ScriptedResponse {
  return { body: response([{ text }], usage) };
}

/** An error in Google's shape, e.g. `geminiError(429, 'Quota exceeded', 'RESOURCE_EXHAUSTED')`. */
export function geminiError(status: number, message: string, statusName: string, options: { headers?: Record<string, string>; details?: unknown[] } = {}): ScriptedResponse {
  return {
    status,
    headers: options.headers ?? {},
    body: { error: { code: status, message, status: statusName, ...(options.details ? { details: options.details } : {}) } },
  };
}

function response(parts: unknown[], usage: GeminiUsage): unknown {
  return {
    candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }],
    usageMetadata: { ...usage, totalTokenCount: usage.promptTokenCount + usage.candidatesTokenCount },
    modelVersion: 'gemini-2.5-flash',
    responseId: 'fake-response-1',
  };
}
