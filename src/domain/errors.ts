/**
 * Every rule Kitty enforces on input fails with a KittyError: a stable machine-readable code
 * (channels map codes to replies and HTTP statuses) plus a sentence a person can act on.
 */
export type KittyErrorCode =
  | 'invalid_amount'
  | 'invalid_currency'
  | 'invalid_date'
  | 'invalid_time_zone'
  | 'invalid_locale'
  | 'invalid_period'
  | 'invalid_split'
  | 'invalid_input'
  | 'unknown_category'
  | 'unknown_member'
  | 'not_found'
  | 'forbidden'
  | 'invalid_invite_code'
  | 'already_member'
  | 'conflict'
  | 'encryption_unavailable';

export class KittyError extends Error {
  override readonly name = 'KittyError';

  constructor(
    readonly code: KittyErrorCode,
    message: string,
    /** Which input field was wrong, when there is one: lets forms show the error inline. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export function isKittyError(error: unknown, code?: KittyErrorCode): error is KittyError {
  return error instanceof KittyError && (code === undefined || error.code === code);
}
