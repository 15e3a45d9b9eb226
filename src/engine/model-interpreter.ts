/**
 * Reads one message with a model: one request with the tools, and at most one repair request
 * when the answer does not validate. Returns undefined when the model could not give a usable
 * answer; the caller then falls back to the offline interpreter and says so.
 */
import { isoWeekday, todayIn } from '../domain/dates.ts';
import { isKittyError } from '../domain/errors.ts';
import type { ChatMessage, CompletionResult, ModelProvider, ToolCall, UserPart } from '../llm/types.ts';
import { contextPrompt, repairPrompt, systemPrompt } from '../../prompts/index.ts';
import { numberStyle } from '../domain/number-style.ts';
import { INTENT_LIST } from '../../intents/registry.ts';
import { defaultCategories } from './categories.ts';
import type { InterpretContext, Interpretation } from './interpretation.ts';
import { ENGINE_TOOLS, findTool } from './tools/index.ts';

/** What the audit log keeps of one model call. */
export interface ModelCallReport {
  readonly purpose: 'interpret' | 'repair';
  readonly provider: string;
  readonly model: string;
  readonly inputSummary: string;
  readonly result?: CompletionResult;
  readonly validationErrors?: readonly string[];
  readonly error?: string;
  readonly latencyMs: number;
}

export interface ModelReading {
  readonly interpretation: Interpretation | undefined;
  /** Why there is no interpretation, in words fit for the member. */
  readonly failure?: 'unreachable' | 'invalid';
  readonly calls: number;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The stable prefix, built once: identical bytes for every message is what makes it cacheable. */
let cachedSystemPrompt: string | undefined;
function stableSystemPrompt(): string {
  cachedSystemPrompt ??= systemPrompt({ intents: INTENT_LIST, categories: defaultCategories });
  return cachedSystemPrompt;
}

/** The household's number and date habits as the model reads them in its context. */
function writingOf(context: InterpretContext): string {
  const style = numberStyle({ locale: context.locale, currency: context.currency, timeZone: context.timeZone });
  const numbers = style.decimal === ','
    ? 'a decimal comma ("2,40" is 2.40, "1.250" is 1250)'
    : style.group === "'"
      ? 'a decimal point and apostrophes between thousands ("1\'250.50" is 1250.50)'
      : style.indianGrouping
        ? 'a decimal point and Indian grouping ("1,50,000" is 150000, "2.40" is 2.40)'
        : 'a decimal point ("2.40" is 2.40, "1,250" is 1250)';
  const dates = style.dayFirst ? 'the day first ("10/03" is 10 March)' : 'the month first ("10/03" is October 3)';
  return `${numbers}, dates with ${dates}`;
}

export async function readWithModel(
  provider: ModelProvider,
  input: { text: string; media?: readonly UserPart[]; context: InterpretContext; latestDraft?: string },
  report: (call: ModelCallReport) => Promise<void>,
): Promise<ModelReading> {
  const today = todayIn(input.context.timeZone, input.context.now);
  const context = contextPrompt({
    today,
    weekday: WEEKDAYS[isoWeekday(today) - 1] ?? '',
    timeZone: input.context.timeZone,
    currency: input.context.currency,
    writing: writingOf(input.context),
    members: input.context.members,
    categorySlugs: (input.context.categories ?? defaultCategories).map((category) => category.slug),
    ...(input.latestDraft !== undefined && { latestDraft: input.latestDraft }),
  });
  const messages: ChatMessage[] = [
    { role: 'user', parts: [...(input.media ?? []), ...(input.text ? [{ type: 'text' as const, text: input.text }] : [])] },
  ];
  const summary = summarize(input.text, input.media);

  let calls = 0;
  for (const purpose of ['interpret', 'repair'] as const) {
    calls += 1;
    const started = Date.now();
    let result: CompletionResult;
    try {
      result = await provider.complete({ system: stableSystemPrompt(), context, messages, tools: ENGINE_TOOLS, toolChoice: 'required' });
    } catch (error) {
      await report({ purpose, provider: provider.name, model: provider.model, inputSummary: summary, error: safeMessage(error), latencyMs: Date.now() - started });
      return { interpretation: undefined, failure: 'unreachable', calls };
    }
    const checked = validate(result.toolCalls, input.context);
    await report({
      purpose,
      provider: provider.name,
      model: provider.model,
      inputSummary: summary,
      result,
      ...(checked.problems.length > 0 && { validationErrors: checked.problems }),
      latencyMs: result.latencyMs,
    });
    if (checked.interpretation) return { interpretation: checked.interpretation, calls };
    // A tool result answers the call; a reply without any call gets the repair as a user turn.
    const call = result.toolCalls[0];
    messages.push(
      { role: 'assistant', ...(result.text && { text: result.text }), toolCalls: result.toolCalls },
      call
        ? { role: 'tool', results: [{ callId: call.id, name: call.name, content: repairPrompt({ tool: call.name, problems: checked.problems }) }] }
        : { role: 'user', parts: [{ type: 'text', text: repairPrompt({ tool: 'a tool', problems: checked.problems }) }] },
    );
  }
  return { interpretation: undefined, failure: 'invalid', calls };
}

function validate(toolCalls: readonly ToolCall[], context: InterpretContext): { interpretation?: Interpretation; problems: string[] } {
  const call = toolCalls[0];
  if (!call) return { problems: ['no tool was called; answer with exactly one tool call'] };
  const tool = findTool(call.name);
  if (!tool) return { problems: [`there is no tool named "${call.name}"`] };
  if (call.arguments === undefined) return { problems: [`the arguments are not valid JSON: ${call.rawArguments.slice(0, 200)}`] };
  const parsed = tool.input.safeParse(call.arguments);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`) };
  }
  try {
    return { interpretation: tool.interpret(parsed.data, context), problems: [] };
  } catch (error) {
    if (isKittyError(error)) return { problems: [error.message] };
    throw error;
  }
}

/** The audit log keeps what kind of input it was and its start, not a whole voice note or photo. */
function summarize(text: string, media: readonly UserPart[] | undefined): string {
  const attachments = (media ?? []).map((part) => (part.type === 'media' ? `[${part.mimeType}, ${part.data.byteLength} bytes]` : ''));
  return [...attachments, text.slice(0, 500)].filter(Boolean).join(' ');
}

function safeMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Unknown model error.';
}
