/** Every tool a model may call. None of them can confirm, delete or read anything. */
import { askAnalytics } from './ask-analytics.ts';
import { editDraft } from './edit-draft.ts';
import { noAction } from './no-action.ts';
import { proposeExpenses } from './propose-expenses.ts';
import type { EngineTool } from './tool.ts';

export const ENGINE_TOOLS: readonly EngineTool[] = [proposeExpenses, askAnalytics, editDraft, noAction] as readonly EngineTool[];

export function findTool(name: string): EngineTool | undefined {
  return ENGINE_TOOLS.find((tool) => tool.name === name);
}
