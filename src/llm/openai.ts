import OpenAI from 'openai';
import type {
  ChatCompletion,
  ChatCompletionContentPart,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import { checkConnection, parseArguments, rawJson, requireApiKey, timedCall, toBase64 } from './provider-kit.ts';
import { retryPolicyFrom } from './retry.ts';
import { toolInputJsonSchema } from './tool-schema.ts';
import {
  ModelError,
  type ChatMessage,
  type CompletionRequest,
  type CompletionResult,
  type ModelProvider,
  type ProviderOptions,
  type ToolCall,
  type UserPart,
} from './types.ts';

export const OPENAI_DEFAULT_MODEL = 'gpt-4.1-mini';
const OPENAI_BASE_URL = 'https://api.openai.com/v1';
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
const AUDIO_FORMATS: Record<string, 'wav' | 'mp3'> = {
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
};

/** OpenAI itself, or any server speaking its chat completions wire format (Ollama, vLLM, LM Studio). */
export function createOpenAIProvider(options: ProviderOptions): ModelProvider {
  const baseURL = options.baseUrl ?? OPENAI_BASE_URL;
  const isOpenAI = new URL(baseURL).hostname === 'api.openai.com';
  const label = isOpenAI ? 'OpenAI' : `The OpenAI-compatible server at ${new URL(baseURL).host}`;
  // Local servers ignore the key, but the SDK insists on one: any placeholder ("none") will do.
  requireApiKey(label, options.apiKey);
  const policy = retryPolicyFrom(options);
  const model = options.model ?? OPENAI_DEFAULT_MODEL;
  // Explicit base URL, so OPENAI_BASE_URL in the environment cannot redirect calls.
  const client = new OpenAI({ apiKey: options.apiKey, baseURL, maxRetries: 0, timeout: policy.timeoutMs });
  const settings = { policy, label, apiKey: options.apiKey };

  const provider: ModelProvider = {
    name: 'openai',
    model,
    async complete(request: CompletionRequest): Promise<CompletionResult> {
      const body = toOpenAIRequest(model, request, { isOpenAI });
      const { value, attempts, latencyMs } = await timedCall(settings, (signal) => client.chat.completions.create(body, { signal }));
      return { ...fromChatCompletion(value), raw: rawJson(value, options.apiKey), latencyMs, attempts };
    },
    testConnection: () => checkConnection(provider, options.apiKey),
  };
  return provider;
}

export function toOpenAIRequest(
  model: string,
  request: CompletionRequest,
  target: { isOpenAI: boolean },
): ChatCompletionCreateParamsNonStreaming {
  // One system message: several trip the chat templates of some local models. The stable prefix
  // comes first so OpenAI's automatic prefix caching can reuse it.
  const system = request.context ? `${request.system}\n\n${request.context}` : request.system;
  const tools: ChatCompletionTool[] = request.tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: toolInputJsonSchema(tool) },
  }));
  const limit = request.maxOutputTokens;
  return {
    model,
    messages: [{ role: 'system', content: system }, ...request.messages.flatMap(toMessageParams)],
    ...(tools.length > 0 ? { tools, tool_choice: request.toolChoice === 'required' ? 'required' : 'auto' } : {}),
    // OpenAI's newer models refuse `max_tokens`; many local servers know only `max_tokens`.
    ...(limit === undefined ? {} : target.isOpenAI ? { max_completion_tokens: limit } : { max_tokens: limit }),
  };
}

function toMessageParams(message: ChatMessage): ChatCompletionMessageParam[] {
  switch (message.role) {
    case 'user':
      return [{ role: 'user', content: message.parts.map(toContentPart) }];
    case 'assistant': {
      const toolCalls = (message.toolCalls ?? []).map((call) => ({
        id: call.id,
        type: 'function' as const,
        function: { name: call.name, arguments: call.arguments === undefined ? call.rawArguments : JSON.stringify(call.arguments) },
      }));
      return [{ role: 'assistant', content: message.text || null, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) }];
    }
    case 'tool':
      // Chat completions wants one `tool` message per result.
      return message.results.map((result) => ({ role: 'tool', tool_call_id: result.callId, content: result.content }));
  }
}

function toContentPart(part: UserPart): ChatCompletionContentPart {
  if (part.type === 'text') return { type: 'text', text: part.text };
  if (IMAGE_TYPES.has(part.mimeType)) {
    return { type: 'image_url', image_url: { url: `data:${part.mimeType};base64,${toBase64(part.data)}` } };
  }
  const format = AUDIO_FORMATS[part.mimeType];
  if (format) return { type: 'input_audio', input_audio: { data: toBase64(part.data), format } };
  if (part.mimeType.startsWith('audio/')) {
    const why = `OpenAI chat completions take WAV or MP3 audio only, not ${part.mimeType}: transcribe the voice note first.`;
    throw new ModelError('bad_request', why);
  }
  throw new ModelError('bad_request', `OpenAI chat completions do not take ${part.mimeType} attachments (images and WAV/MP3 audio only).`);
}

export function fromChatCompletion(completion: ChatCompletion): Pick<CompletionResult, 'text' | 'toolCalls' | 'usage'> {
  const message = completion.choices[0]?.message;
  const toolCalls: ToolCall[] = [];
  for (const [index, call] of (message?.tool_calls ?? []).entries()) {
    if (call.type !== 'function') continue;
    const raw = call.function.arguments;
    toolCalls.push({
      // Some local servers leave the id empty; the engine needs one to pair results with calls.
      id: call.id || `call_${index + 1}`,
      name: call.function.name,
      // An empty string is how some servers say "no arguments".
      arguments: raw.trim() === '' ? {} : parseArguments(raw),
      rawArguments: raw,
    });
  }
  const usage = completion.usage;
  if (!usage) return { text: message?.content ?? '', toolCalls, usage: {} };
  const cached = usage.prompt_tokens_details?.cached_tokens;
  return {
    text: message?.content ?? '',
    toolCalls,
    usage: { inputTokens: usage.prompt_tokens, outputTokens: usage.completion_tokens, ...(cached !== undefined ? { cachedInputTokens: cached } : {}) },
  };
}
