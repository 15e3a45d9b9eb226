import { z } from 'zod';

/**
 * A split as a model can express it in every provider's schema dialect: an enum plus a list,
 * because Gemini cannot describe a map with member names as keys.
 */
export const splitArgument = z
  .object({
    kind: z.enum(['equal', 'percent']).describe('"equal" shares it evenly between all members; "percent" uses `percents`.'),
    percents: z
      .array(
        z.object({
          member: z.string().describe('Member name, exactly as listed in the context, or "me" for the sender.'),
          percent: z.number().min(0).max(100).describe('This member\'s share in percent; all shares add up to 100.'),
        }),
      )
      .optional()
      .describe('Only for kind "percent": one entry per member.'),
  })
  .describe('Only when the message asks to split the cost ("split with priya", "50/50", "60/40 me/priya").');
