/**
 * Chooses who reads a message and falls back gracefully. Offline mode: the offline interpreter
 * only. Hybrid: the offline interpreter first, and the model only when it is unsure (so a clear
 * "coffee 180" costs no model call). Model: the model reads everything. When the model cannot be
 * reached or its answer does not validate after one repair, the offline interpreter answers and
 * the reply says so.
 */
import type { ModelProvider, UserPart } from '../llm/types.ts';
import type { InterpretContext, Interpretation } from './interpretation.ts';
import { readWithModel, type ModelCallReport } from './model-interpreter.ts';
import type { InterpreterMode } from './model-setup.ts';
import { interpretOffline } from './offline/index.ts';

const PROVIDER_LABELS: Readonly<Record<ModelProvider['name'], string>> = {
  anthropic: 'Claude',
  gemini: 'Gemini',
  openai: 'The model',
};

export interface MessageInput {
  readonly text: string;
  readonly media?: readonly UserPart[];
  readonly context: InterpretContext;
  /** One line about the draft a correction would change, for the model's context; looked up only when a model reads. */
  readonly latestDraft?: () => Promise<string | undefined>;
}

export interface Reading {
  readonly interpretation: Interpretation;
  readonly source: 'offline' | 'model';
  readonly modelCalls: number;
  readonly notice?: string;
}

/** Reads a message with no model: the offline interpreter unless a runtime (or a test) gives another. */
export type OfflineReader = (text: string, context: InterpretContext) => Interpretation;

export interface ReaderSetup {
  readonly mode: InterpreterMode;
  /** interpretOffline when absent. */
  readonly offline?: OfflineReader;
  /** Resolved lazily: decrypting a household's key is only worth it when the model is needed. */
  readonly provider: () => Promise<ModelProvider | undefined>;
  readonly report: (call: ModelCallReport) => Promise<void>;
}

export async function readMessage(input: MessageInput, setup: ReaderSetup): Promise<Reading> {
  const offline = () => (setup.offline ?? interpretOffline)(input.text, input.context);
  const hasMedia = (input.media?.length ?? 0) > 0;
  if (setup.mode === 'offline' && !hasMedia) return { interpretation: offline(), source: 'offline', modelCalls: 0 };

  let fast: Interpretation | undefined;
  if (setup.mode === 'hybrid' && !hasMedia) {
    fast = offline();
    if (fast.confident) return { interpretation: fast, source: 'offline', modelCalls: 0 };
  }

  const provider = await setup.provider();
  if (!provider) {
    return {
      interpretation: fast ?? offline(),
      source: 'offline',
      modelCalls: 0,
      notice: hasMedia
        ? 'Reading photos and recordings needs a model that can see and hear (Gemini, Claude or an OpenAI-compatible one) with an API key; an admin can choose one in the settings.'
        : 'No API key is set for the chosen model, so Kitty\'s offline reader answered.',
    };
  }

  const latestDraft = await input.latestDraft?.();
  const reading = await readWithModel(
    provider,
    { text: input.text, context: input.context, ...(input.media && { media: input.media }), ...(latestDraft !== undefined && { latestDraft }) },
    setup.report,
  );
  if (reading.interpretation) return { interpretation: reading.interpretation, source: 'model', modelCalls: reading.calls };
  return {
    interpretation: fast ?? offline(),
    source: 'offline',
    modelCalls: reading.calls,
    notice:
      reading.failure === 'unreachable'
        ? `${PROVIDER_LABELS[provider.name]} could not be reached just now, so Kitty's offline reader answered.`
        : `${PROVIDER_LABELS[provider.name]} gave an answer that did not check out, so Kitty's offline reader answered.`,
  };
}
