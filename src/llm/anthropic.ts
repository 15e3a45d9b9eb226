import Anthropic from '@anthropic-ai/sdk';
import type {
  ContentBlockParam,
  Message,
  MessageCreateParamsNonStreaming,
  MessageParam,
  TextBlockParam,
  Tool,
} from '@anthropic-ai/sdk/resources/messages';
import { retryPolicyFrom } from './retry.ts';
import { toolInputJsonSchema } from './tool-schema.ts';
import {
  checkConnection,
  DEFAULT_MAX_OUTPUT_TOKENS,
  rawJson,
  requireApiKey,
  timedCall,
  toBase64,
} from './provider-kit.ts';
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

export const ANTHROPIC_DEFAULT_MODEL = 'claude-haiku-4-5';
const LABEL = 'Anthropic';
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
type ImageType = (typeof IMAGE_TYPES)[number];

export function createAnthropicProvider(options: ProviderOptions): ModelProvider {
  requireApiKey(LABEL, options.apiKey);
  const policy = retryPolicyFrom(options);
  const model = options.model ?? ANTHROPIC_DEFAULT_MODEL;
  const client = new Anthropic({
    apiKey: options.apiKey,
    // Explicit, so ANTHROPIC_BASE_URL in the environment cannot redirect calls (config is the one reader).
    baseURL: options.baseUrl ?? 'https://api.anthropic.com',
    maxRetries: 0,
    timeout: policy.timeoutMs,
  });
  const settings = { policy, label: LABEL, apiKey: options.apiKey };

  const provider: ModelProvider = {
    name: 'anthropic',
    model,
    async complete(request: CompletionRequest): Promise<CompletionResult> {
      const body = toAnthropicRequest(model, request);
      const { value, attempts, latencyMs } = await timedCall(settings, (signal) => client.messages.create(body, { signal }));
      return { ...fromAnthropicMessage(value), raw: rawJson(value, options.apiKey), latencyMs, attempts };
    },
    testConnection: () => checkConnection(provider, options.apiKey),
  };
  return provider;
}

export function toAnthropicRequest(model: string, request: CompletionRequest): MessageCreateParamsNonStreaming {
  // The stable prefix is cached; the per-message context follows it, uncached.
  const system: TextBlockParam[] = [{ type: 'text', text: request.system, cache_control: { type: 'ephemeral' } }];
  if (request.context) system.push({ type: 'text', text: request.context });
  const tools: Tool[] = request.tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    input_schema: toolInputJsonSchema(tool) as Tool.InputSchema, // checked to be `type: 'object'`
  }));
  return {
    model,
    max_tokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
    system,
    messages: request.messages.map(toMessageParam),
    ...(tools.length > 0 ? { tools, tool_choice: { type: request.toolChoice === 'required' ? 'any' : 'auto' } } : {}),
  };
}

function toMessageParam(message: ChatMessage): MessageParam {
  switch (message.role) {
    case 'user':
      return { role: 'user', content: message.parts.map(toContentBlock) };
    case 'assistant': {
      const content: ContentBlockParam[] = [];
      if (message.text) content.push({ type: 'text', text: message.text });
      for (const call of message.toolCalls ?? []) {
        content.push({ type: 'tool_use', id: call.id, name: call.name, input: isObject(call.arguments) ? call.arguments : {} });
      }
      return { role: 'assistant', content };
    }
    case 'tool':
      return {
        role: 'user',
        content: message.results.map((result) => ({ type: 'tool_result', tool_use_id: result.callId, content: result.content })),
      };
  }
}

function toContentBlock(part: UserPart): ContentBlockParam {
  if (part.type === 'text') return { type: 'text', text: part.text };
  const data = toBase64(part.data);
  if (isImageType(part.mimeType)) return { type: 'image', source: { type: 'base64', media_type: part.mimeType, data } };
  if (part.mimeType === 'application/pdf') return { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data } };
  if (part.mimeType.startsWith('audio/')) {
    throw new ModelError('bad_request', 'Anthropic models do not take audio: transcribe the voice note first or use Gemini or OpenAI.');
  }
  throw new ModelError('bad_request', `Anthropic does not take ${part.mimeType} attachments (images and PDFs only).`);
}

export function fromAnthropicMessage(message: Message): Pick<CompletionResult, 'text' | 'toolCalls' | 'usage'> {
  const texts: string[] = [];
  const toolCalls: ToolCall[] = [];
  for (const block of message.content) {
    if (block.type === 'text') texts.push(block.text);
    if (block.type === 'tool_use') {
      toolCalls.push({ id: block.id, name: block.name, arguments: block.input, rawArguments: JSON.stringify(block.input) });
    }
  }
  const { input_tokens, output_tokens, cache_read_input_tokens, cache_creation_input_tokens } = message.usage;
  const cached = cache_read_input_tokens ?? 0;
  return {
    text: texts.join(''),
    toolCalls,
    usage: {
      // Anthropic counts cached and cache-written tokens apart; the total matches what the others report.
      inputTokens: input_tokens + cached + (cache_creation_input_tokens ?? 0),
      outputTokens: output_tokens,
      cachedInputTokens: cached,
    },
  };
}

function isImageType(mimeType: string): mimeType is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(mimeType);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
