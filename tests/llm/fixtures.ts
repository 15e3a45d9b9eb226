import { z } from 'zod';
import type { CompletionRequest, ToolSpec } from '../../src/llm/types.ts';

/** Shaped like a key so the generic scrubbing would catch it too; long enough to be scrubbed by value. */
export const API_KEY = 'sk-test-Zq81SECRETkey7HqP0';

export const proposeExpenses: ToolSpec = {
  name: 'propose_expenses',
  description: 'Propose expense drafts for the person to confirm.',
  input: z.object({
    expenses: z
      .array(
        z.object({
          amount_minor: z.number().int().positive().describe('Amount in minor units (paise, cents).'),
          description: z.string().describe('What the money was spent on.'),
          category: z.enum(['food', 'transport', 'other']).optional().describe('Category slug.'),
        }),
      )
      .min(1)
      .describe('One entry per expense in the message.'),
  }),
};

export const EXPENSE_ARGS = { expenses: [{ amount_minor: 32000, description: 'sabzi', category: 'food' }] };

export const logExpenseRequest: CompletionRequest = {
  system: 'You are Kitty, a household money bot. Rules: 1. Never invent numbers.',
  context: 'Today is 2026-05-01. Members: Asha, Ravi.',
  messages: [{ role: 'user', parts: [{ type: 'text', text: 'sabzi 320' }] }],
  tools: [proposeExpenses],
  toolChoice: 'required',
};
