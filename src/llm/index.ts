import { createAnthropicProvider } from './anthropic.ts';
import { createGeminiProvider } from './gemini.ts';
import { createOpenAIProvider } from './openai.ts';
import type { ModelProvider, ProviderName, ProviderOptions } from './types.ts';

/**
 * Defaults chosen for Kitty's job (short messages → a tool call with a few fields): the fast,
 * cheap tier of each vendor that is still reliable at tool use, since every chat message may
 * cost a call and the reply should feel instant.
 * - anthropic `claude-haiku-4-5`: Anthropic's small model with strong tool use; the alias follows
 *   4.5 snapshots.
 * - gemini `gemini-2.5-flash`: stable (not preview), takes voice notes and receipt photos inline,
 *   function calling in the Schema dialect `gemini-schema.ts` produces.
 * - openai `gpt-4.1-mini`: a non-reasoning model, so `tool_choice: 'required'` answers without
 *   reasoning latency or reasoning-token cost; takes images.
 * A household can pick any other model in settings; these only apply when none is chosen.
 */
export const DEFAULT_MODELS: Readonly<Record<ProviderName, string>> = {
  anthropic: 'claude-haiku-4-5',
  gemini: 'gemini-2.5-flash',
  openai: 'gpt-4.1-mini',
};

export function createProvider(name: ProviderName, options: ProviderOptions): ModelProvider {
  const withModel = { ...options, model: options.model ?? DEFAULT_MODELS[name] };
  switch (name) {
    case 'anthropic':
      return createAnthropicProvider(withModel);
    case 'gemini':
      return createGeminiProvider(withModel);
    case 'openai':
      return createOpenAIProvider(withModel);
  }
}

export { ModelError, PROVIDER_NAMES } from './types.ts';
export type * from './types.ts';
