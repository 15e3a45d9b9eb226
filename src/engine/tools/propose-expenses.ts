import { z } from 'zod';
import { argument, defineTool } from './tool.ts';
import { splitArgument } from './split-argument.ts';

/**
 * A model chooses a category with confidence and names only members (an unknown name fails
 * validation and is repaired), so this tool carries neither `categoryChoices` nor
 * `unknownPayer`: asking is the offline reader's way of not guessing.
 */
export const proposeExpenses = defineTool({
  name: 'propose_expenses',
  description:
    'Propose one draft expense per priced item in the message. Drafts are shown to the member, who confirms, edits or discards them; nothing is saved as spent until then.',
  input: z.object({
    expenses: z
      .array(
        z.object({
          amount: z.string().describe('The amount as written digits in major units, e.g. "450", "1250", "12.99"; "1.2k" is "1200".'),
          currency: z
            .string()
            .optional()
            .describe('ISO 4217 code, only when the message names a currency or symbol ($ → USD, € → EUR); else omit.'),
          category: z.string().describe('A category slug from the context list.'),
          date: z
            .string()
            .optional()
            .describe('YYYY-MM-DD in the household calendar; resolve "yesterday", "on monday" against today. Omit for today.'),
          description: z.string().describe('A short description: the item or merchant, e.g. "dinner at toit", "petrol".'),
          paid_by: z
            .string()
            .optional()
            .describe('Member name, only when the message says someone other than the sender paid.'),
          split: splitArgument.optional(),
        }),
      )
      .min(1)
      .max(20)
      .describe('One entry per priced item ("uber 250 and lunch 400" is two).'),
  }),
  interpret(args, context) {
    return {
      kind: 'expense',
      confident: true,
      drafts: args.expenses.map((item) => ({
        ...argument.amount(item.amount, item.currency, context),
        category: argument.category(item.category, context),
        date: item.date ? argument.date(item.date) : argument.today(context),
        description: item.description.trim().slice(0, 500),
        ...(item.paid_by !== undefined && argument.payer(item.paid_by, context)),
        ...(item.split !== undefined && { split: argument.split(item.split, context) }),
      })),
    };
  },
});

