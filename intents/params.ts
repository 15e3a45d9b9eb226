/**
 * The parameter fields intents share, so "a period" or "a limit" means the same thing in every
 * intent. No transforms: what the model sends is exactly what the query gets, and the schemas
 * stay convertible to JSON Schema for tool definitions. Objects are strict, because a misnamed
 * field ("member" for "memberId") silently ignored would answer a different question.
 */
import { z } from 'zod';
import { compareDates, parseIsoDate } from '../src/domain/dates.ts';
import { isKittyError } from '../src/domain/errors.ts';
import { isUuid } from '../src/services/validation.ts';

/** How an answer would be narrowed by each parameter, for the error about one this intent lacks. */
const NARROWED_BY: Readonly<Record<string, string>> = {
  period: 'a period',
  category: 'a category',
  memberId: 'a member',
  limit: 'a number of items',
  merchant: 'a merchant',
};

/**
 * An intent's parameter object. A parameter the intent does not take is refused with a sentence
 * a person can read ("This question cannot be narrowed to a member."), because answering the
 * household-wide question instead would look like an answer to the one asked.
 */
export function intentParams<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const what = issue.keys.map((key) => NARROWED_BY[key] ?? `"${key}"`).join(' or ');
      return `This question cannot be narrowed to ${what}.`;
    },
  });
}

/** The domain's own date rules (real calendar day, years 1900–2999) and its wording. */
const isoDate = z.string().superRefine((value, context) => {
  const problem = dateProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

export const periodParam = z
  .strictObject(
    {
      start: isoDate.describe('First day of the period, YYYY-MM-DD, inclusive'),
      end: isoDate.describe('Last day of the period, YYYY-MM-DD, inclusive'),
    },
    {
      error: (issue) =>
        issue.input === undefined ? 'A period is required: { start, end } as YYYY-MM-DD dates.' : undefined,
    },
  )
  .superRefine(({ start, end }, context) => {
    // Only compare two real dates; a bad one already has its own issue.
    if (!dateProblem(start) && !dateProblem(end) && compareDates(start, end) > 0) {
      context.addIssue({ code: 'custom', message: `The period starts on ${start}, after it ends on ${end}.` });
    }
  })
  .describe('Calendar dates in the household time zone, start and end inclusive');

export const categoryParam = z
  .string()
  .regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/, 'Give the category as its slug, for example groceries or personal_care.')
  .max(60)
  .describe("The category's slug, for example groceries");

/** Words only, no transform: merchant-match.ts splits them; a merchant with no word in it matches nothing sensible. */
export const merchantParam = z
  .string({ error: (issue) => (issue.input === undefined ? 'Say which merchant or words to look for, for example costco or coffee.' : undefined) })
  .max(80, 'Give the merchant in at most 80 characters.')
  .refine((text) => /[\p{L}\p{N}]/u.test(text), 'Say which merchant or words to look for, for example costco or coffee.')
  .describe('A merchant or words of the expense description, as the person wrote them, for example costco or coffee');

export const memberIdParam = z
  .string()
  .refine(isUuid, 'Give the member as their id.')
  .describe('Id of the household member who paid');

export function limitParam(defaultLimit: number) {
  return z
    .number()
    .int('The limit must be a whole number.')
    .min(1, 'The limit must be at least 1.')
    .max(50, 'The limit can be at most 50.')
    .default(defaultLimit)
    .describe(`How many to list, 1 to 50 (default ${defaultLimit})`);
}

/** Why a value is not a canonical ISO date, or undefined when it is one. */
function dateProblem(value: string): string | undefined {
  try {
    // parseIsoDate forgives surrounding spaces; the query should get exactly what was checked.
    return parseIsoDate(value) === value ? undefined : `"${value}" is not a date. Write it as YYYY-MM-DD.`;
  } catch (error) {
    if (isKittyError(error)) return error.message;
    throw error;
  }
}
