import { expect } from 'vitest';
import { KittyError, type KittyErrorCode } from '../../src/domain/errors.ts';

/** Asserts fn throws a KittyError with this code and field, and returns it for message checks. */
export function expectKittyError(fn: () => unknown, code: KittyErrorCode, field?: string): KittyError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a KittyError to be thrown').toBeInstanceOf(KittyError);
  const error = thrown as KittyError;
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
  // Messages are shown to people: whole sentences, never empty.
  expect(error.message).toMatch(/^[A-Z"0-9].*[.]$/s);
  return error;
}
