/**
 * Which interpreter reads a household's messages: the household's own settings (chosen by an
 * admin in the web view) win over the installation's environment defaults.
 */
import type { LlmConfig } from '../config/index.ts';
import type { ModelSettings } from '../services/model-settings.ts';
import { createProvider, DEFAULT_MODELS } from '../llm/index.ts';
import type { ModelProvider, ProviderName } from '../llm/types.ts';

export type InterpreterMode = LlmConfig['mode'];

export interface ModelChoice {
  readonly mode: InterpreterMode;
  /** Absent in offline mode. */
  readonly provider?: ProviderName;
  readonly model?: string;
}

export function chooseModel(llm: LlmConfig, household: ModelSettings | undefined): ModelChoice {
  const provider = household?.provider ?? llm.provider;
  if (provider === 'offline') return { mode: 'offline' };
  const mode = household?.interpreterMode ?? (household && llm.provider === 'offline' ? 'hybrid' : llm.mode);
  if (mode === 'offline') return { mode };
  const model = household?.model ?? (provider === llm.provider ? llm.model : undefined) ?? DEFAULT_MODELS[provider];
  return { mode, provider, model };
}

/**
 * The provider client for a choice, or undefined when no key is available. A household key is
 * used only with the provider it was saved for; an OpenAI-compatible server on a custom base URL
 * (Ollama, vLLM) may need no key at all.
 */
export function providerFor(
  llm: LlmConfig,
  choice: ModelChoice,
  householdKey: string | undefined,
  options: { sleep?: (ms: number) => Promise<void> } = {},
): ModelProvider | undefined {
  if (!choice.provider || choice.mode === 'offline') return undefined;
  const endpoint = llm.endpoints[choice.provider];
  const keyless = choice.provider === 'openai' && endpoint.baseUrl !== undefined ? 'none' : undefined;
  const apiKey = householdKey ?? endpoint.apiKey ?? keyless;
  if (!apiKey) return undefined;
  return createProvider(choice.provider, {
    apiKey,
    ...(choice.model !== undefined && { model: choice.model }),
    ...(endpoint.baseUrl !== undefined && { baseUrl: endpoint.baseUrl }),
    timeoutMs: llm.timeoutMs,
    ...(options.sleep && { sleep: options.sleep }),
  });
}
