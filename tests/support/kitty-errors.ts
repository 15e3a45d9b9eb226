import { expect } from 'vitest';
import { KittyError, type KittyErrorCode } from '../../src/domain/errors.ts';

/** Awaits a call that must reject with an error of this class, and returns the error. */
export async function rejectionOf<E extends Error>(promise: Promise<unknown>, errorClass: abstract new (...args: never[]) => E, message?: string): Promise<E> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, message ?? `expected a ${errorClass.name}`).toBeInstanceOf(errorClass);
  return error as E;
}

/** Awaits a service call that must reject with a KittyError of this code (and field), and returns it. */
export async function expectRejection(promise: Promise<unknown>, code: KittyErrorCode, field?: string): Promise<KittyError> {
  const error = await rejectionOf(promise, KittyError, `expected a KittyError '${code}'`);
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
  return error;
}
