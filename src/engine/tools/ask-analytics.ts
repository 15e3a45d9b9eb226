import { z } from 'zod';
import { compareDates } from '../../domain/dates.ts';
import { KittyError } from '../../domain/errors.ts';
import { intentParamNames } from '../../../intents/registry.ts';
import { INTENT_IDS } from '../interpretation.ts';
import { argument, defineTool } from './tool.ts';

export const askAnalytics = defineTool({
  name: 'ask_analytics',
  description:
    'Answer a question about the household\'s spending by choosing one predefined analytics intent and its parameters. Kitty runs the query and phrases the numbers; never state figures yourself.',
  input: z.object({
    intent: z.enum(INTENT_IDS).describe('The analytics intent that answers the question.'),
    period: z
      .object({
        start: z.string().describe('First day, YYYY-MM-DD.'),
        end: z.string().describe('Last day, YYYY-MM-DD (inclusive).'),
      })
      .optional()
      .describe('The calendar period asked about, per the period conventions; for month_over_month_compare the later month. Omit when none is named.'),
    category: z.string().optional().describe('A category slug from the context list, when the question is about one category.'),
    member: z
      .string()
      .optional()
      .describe('Member name when the question is about one member\'s spending ("I"/"my" is the sender).'),
    limit: z.number().int().min(1).max(50).optional().describe('How many items, when the question says ("top 5", "last 10").'),
    merchant: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .optional()
      .describe(
        'For merchant_spend only: the shop or the words of the expense description as the person wrote them ("costco", "coffee", "whole foods"), not a category slug.',
      ),
  }),
  interpret(args, context) {
    // Checked here, not when the query runs, so a model asking for a parameter the intent lacks
    // gets a repair request instead of the member getting an error.
    const takes = intentParamNames(args.intent);
    const given = { period: args.period, category: args.category, memberId: args.member, limit: args.limit, merchant: args.merchant };
    const extra = Object.entries(given).filter(([name, value]) => value !== undefined && !takes.includes(name));
    if (extra.length > 0) {
      const names = extra.map(([name]) => (name === 'memberId' ? 'member' : name)).join(', ');
      throw new KittyError('invalid_input', `${args.intent} does not take ${names}; leave it out or choose another intent.`, 'intent');
    }
    if (args.intent === 'merchant_spend' && args.merchant === undefined) {
      throw new KittyError('invalid_input', 'merchant_spend needs merchant: the shop or words to look for, e.g. "costco".', 'merchant');
    }
    let period;
    if (args.period) {
      period = { start: argument.date(args.period.start), end: argument.date(args.period.end) };
      if (compareDates(period.start, period.end) > 0) {
        throw new KittyError('invalid_period', 'The period starts after it ends.', 'period');
      }
    }
    return {
      kind: 'question',
      confident: true,
      intent: {
        id: args.intent,
        ...(period && { period }),
        ...(args.category !== undefined && { category: argument.category(args.category, context) }),
        ...(args.member !== undefined && { member: argument.member(args.member, context) }),
        ...(args.limit !== undefined && { limit: args.limit }),
        ...(args.merchant !== undefined && { merchant: args.merchant }),
      },
    };
  },
});
