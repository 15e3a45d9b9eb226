import type { z } from 'zod';
import { KittyError } from '../domain/errors.ts';

/**
 * Validates service input with a zod schema. Domain rules inside the schema (money, dates,
 * currencies) throw their own KittyError with a precise code; anything else zod rejects becomes
 * 'invalid_input' naming the field, so every bad input surfaces as one typed error.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const field = issue?.path.map(String).join('.') || undefined;
  const message = issue?.message ?? 'The input is not valid.';
  throw new KittyError('invalid_input', field && !message.endsWith('.') ? `${field}: ${message}` : message, field);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from buttons and forms are checked before they reach a uuid column, which would throw. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
