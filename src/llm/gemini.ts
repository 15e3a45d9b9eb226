import {
  FunctionCallingConfigMode,
  GoogleGenAI,
  type Content,
  type FunctionDeclaration,
  type GenerateContentParameters,
  type GenerateContentResponse,
  type Part,
} from '@google/genai';
import { geminiParameters } from './gemini-schema.ts';
import { checkConnection, rawJson, requireApiKey, timedCall, toBase64 } from './provider-kit.ts';
import { retryPolicyFrom } from './retry.ts';
import type {
  ChatMessage,
  CompletionRequest,
  CompletionResult,
  ModelProvider,
  ProviderOptions,
  ToolCall,
  UserPart,
} from './types.ts';

export const GEMINI_DEFAULT_MODEL = 'gemini-2.5-flash';
const LABEL = 'Gemini';
/** Ids we make up when Gemini gives none; they are ours, so they are not sent back to Gemini. */
const MADE_UP_ID = 'kitty-call-';

export function createGeminiProvider(options: ProviderOptions): ModelProvider {
  requireApiKey(LABEL, options.apiKey);
  const policy = retryPolicyFrom(options);
  const model = options.model ?? GEMINI_DEFAULT_MODEL;
  const ai = new GoogleGenAI({
    apiKey: options.apiKey,
    // Explicit, so GOOGLE_GENAI_USE_VERTEXAI / GOOGLE_GEMINI_BASE_URL cannot redirect calls.
    vertexai: false,
    // No `retryOptions`: @google/genai 2.x retries only when they are given, so ours is the only policy.
    httpOptions: { baseUrl: options.baseUrl ?? 'https://generativelanguage.googleapis.com', timeout: policy.timeoutMs },
  });
  const settings = { policy, label: LABEL, apiKey: options.apiKey };

  const provider: ModelProvider = {
    name: 'gemini',
    model,
    async complete(request: CompletionRequest): Promise<CompletionResult> {
      const params = toGeminiRequest(model, request);
      // Gemini's ApiError carries no headers; keep the last response's for `retry-after`.
      let lastHeaders: Headers | undefined;
      const capturingFetch: typeof fetch = async (input, init) => {
        lastHeaders = undefined;
        const response = await fetch(input, init);
        lastHeaders = response.headers;
        return response;
      };
      const attempt = (signal: AbortSignal) =>
        ai.models.generateContent({ ...params, config: { ...params.config, abortSignal: signal, httpOptions: { fetch: capturingFetch } } });
      const { value, attempts, latencyMs } = await timedCall(settings, attempt, () => lastHeaders);
      const { sdkHttpResponse: _http, ...answer } = value;
      return { ...fromGeminiResponse(value), raw: rawJson(answer, options.apiKey), latencyMs, attempts };
    },
    testConnection: () => checkConnection(provider, options.apiKey),
  };
  return provider;
}

export function toGeminiRequest(model: string, request: CompletionRequest): GenerateContentParameters {
  // The stable prefix first, so Gemini's implicit prefix caching can reuse it; the context after.
  const systemParts: Part[] = [{ text: request.system }];
  if (request.context) systemParts.push({ text: request.context });
  const functionDeclarations: FunctionDeclaration[] = request.tools.map((tool) => {
    const parameters = geminiParameters(tool);
    return { name: tool.name, description: tool.description, ...(parameters ? { parameters } : {}) };
  });
  const mode = request.toolChoice === 'required' ? FunctionCallingConfigMode.ANY : FunctionCallingConfigMode.AUTO;
  return {
    model,
    contents: request.messages.map(toContent),
    config: {
      systemInstruction: { parts: systemParts },
      ...(functionDeclarations.length > 0
        ? { tools: [{ functionDeclarations }], toolConfig: { functionCallingConfig: { mode } } }
        : {}),
      ...(request.maxOutputTokens !== undefined ? { maxOutputTokens: request.maxOutputTokens } : {}),
    },
  };
}

function toContent(message: ChatMessage): Content {
  switch (message.role) {
    case 'user':
      return { role: 'user', parts: message.parts.map(toPart) };
    case 'assistant': {
      const parts: Part[] = [];
      if (message.text) parts.push({ text: message.text });
      for (const call of message.toolCalls ?? []) {
        const args = isObject(call.arguments) ? call.arguments : {};
        parts.push({
          functionCall: { ...geminiId(call.id), name: call.name, args },
          ...(call.signature ? { thoughtSignature: call.signature } : {}),
        });
      }
      return { role: 'model', parts };
    }
    case 'tool':
      return {
        role: 'user',
        parts: message.results.map((result) => ({
          functionResponse: { ...geminiId(result.callId), name: result.name, response: { output: result.content } },
        })),
      };
  }
}

function toPart(part: UserPart): Part {
  if (part.type === 'text') return { text: part.text };
  // Gemini takes images and audio (voice notes) inline alike.
  return { inlineData: { mimeType: part.mimeType, data: toBase64(part.data) } };
}

export function fromGeminiResponse(response: GenerateContentResponse): Pick<CompletionResult, 'text' | 'toolCalls' | 'usage'> {
  const texts: string[] = [];
  const toolCalls: ToolCall[] = [];
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  for (const part of parts) {
    if (part.text !== undefined && !part.thought) texts.push(part.text);
    const call = part.functionCall;
    if (call?.name) {
      const args = call.args ?? {};
      toolCalls.push({
        id: call.id ?? `${MADE_UP_ID}${toolCalls.length + 1}-${crypto.randomUUID().slice(0, 8)}`,
        name: call.name,
        arguments: args,
        rawArguments: JSON.stringify(args),
        ...(part.thoughtSignature ? { signature: part.thoughtSignature } : {}),
      });
    }
  }
  const usage = response.usageMetadata;
  const output = (usage?.candidatesTokenCount ?? 0) + (usage?.thoughtsTokenCount ?? 0);
  return {
    text: texts.join(''),
    toolCalls,
    usage: {
      ...(usage?.promptTokenCount !== undefined ? { inputTokens: usage.promptTokenCount } : {}),
      // Thinking tokens are billed as output.
      ...(usage ? { outputTokens: output } : {}),
      ...(usage?.cachedContentTokenCount !== undefined ? { cachedInputTokens: usage.cachedContentTokenCount } : {}),
    },
  };
}

function geminiId(id: string): { id?: string } {
  return id.startsWith(MADE_UP_ID) ? {} : { id };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
