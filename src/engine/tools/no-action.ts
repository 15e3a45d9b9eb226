import { z } from 'zod';
import { OTHER_TOPICS } from '../interpretation.ts';
import { defineTool } from './tool.ts';

/**
 * For messages that are neither an expense, a question nor a correction. The model only picks a
 * topic; Kitty writes the reply itself, so a model can never put words (or numbers) in its mouth.
 */
export const noAction = defineTool({
  name: 'no_action',
  description:
    'Use when the message is not an expense, not a spending question and not a correction of a draft: greetings, thanks, help, small talk, requests Kitty cannot do from chat (settings, reminders, deleting or confirming things), and money coming in or back (a refund, cashback, a salary, a friend paying back: topic "refund"), which is never an expense.',
  input: z.object({
    topic: z.enum(OTHER_TOPICS).describe('What kind of message it is.'),
  }),
  interpret(args) {
    return { kind: 'other', confident: true, topic: args.topic };
  },
});
