import { ERROR_MESSAGES, type ErrorCode } from '../../shared/errors';

/**
 * The only error services throw on purpose. Its message is safe for a user to see; anything else
 * that is thrown is reported as INTERNAL without its message, which might hold patient text.
 */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code]) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
  }
}

export function isAppFailure(e: unknown): e is AppFailure {
  return e instanceof AppFailure;
}
