import { z } from 'zod';
import type { DraftEdit } from '../interpretation.ts';
import { argument, defineTool } from './tool.ts';
import { splitArgument } from './split-argument.ts';

export const editDraft = defineTool({
  name: 'edit_draft',
  description:
    'Change the member\'s latest draft (or the one their message replies to) when the message corrects it: "make it 450", "category dining", "that was yesterday", "split it with priya", "no, discard that". Only drafts can be changed; confirmed expenses cannot.',
  input: z.object({
    amount: z.string().optional().describe('New amount in major units, e.g. "450".'),
    currency: z.string().optional().describe('New ISO 4217 code, only when the message names one.'),
    category: z.string().optional().describe('New category slug from the context list.'),
    date: z.string().optional().describe('New date, YYYY-MM-DD.'),
    description: z.string().optional().describe('New description.'),
    paid_by: z.string().optional().describe('Member who paid, when the message says so.'),
    split: splitArgument.optional(),
    remove_split: z.boolean().optional().describe('True when the message says not to split it after all.'),
    discard: z.boolean().optional().describe('True when the member asks to throw the draft away ("no, discard that").'),
  }),
  interpret(args, context) {
    const edit: DraftEdit = {
      ...(args.amount !== undefined && argument.amount(args.amount, args.currency, context)),
      ...(args.amount === undefined && args.currency !== undefined && { currency: args.currency.trim().toUpperCase() }),
      ...(args.category !== undefined && { category: argument.category(args.category, context) }),
      ...(args.date !== undefined && { date: argument.date(args.date) }),
      ...(args.description !== undefined && { description: args.description.trim().slice(0, 500) }),
      ...(args.paid_by !== undefined && { paidBy: argument.member(args.paid_by, context) }),
      ...(args.split !== undefined && { split: argument.split(args.split, context) }),
      ...(args.remove_split === true && { split: 'none' as const }),
      ...(args.discard === true && { discard: true }),
    };
    return { kind: 'edit', confident: true, edit };
  },
});
