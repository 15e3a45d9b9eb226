import { expect } from 'vitest';
import { KittyError, type KittyErrorCode } from '../../src/domain/errors.ts';

/** Awaits a service call that must reject with a KittyError of this code (and field), and returns it. */
export async function expectRejection(promise: Promise<unknown>, code: KittyErrorCode, field?: string): Promise<KittyError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, `expected a KittyError '${code}'`).toBeInstanceOf(KittyError);
  expect((error as KittyError).code).toBe(code);
  if (field !== undefined) expect((error as KittyError).field).toBe(field);
  return error as KittyError;
}
