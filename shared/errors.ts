// Error codes that may cross the renderer/main boundary. Messages are written for a clinician and
// must never contain note text, file contents, stack traces or passphrases.

export const ERROR_MESSAGES = {
  INVALID_REQUEST: 'The request was not understood.',
  FORBIDDEN: 'You do not have permission to do that.',
  LOCKED: 'Lockscribe is locked. Unlock to continue.',
  NOT_FOUND: 'That record was not found.',
  NOTE_EMPTY: 'The note is empty. Paste a clinical note first.',
  NOTE_TOO_LARGE: 'The note is too large to process.',
  NOTE_NOT_TEXT: 'The note does not look like text (it contains binary data).',
  NOTE_TOO_LONG_FOR_MODEL: "The note is longer than this model's context allows.",
  NO_MODEL: 'No model is loaded. Choose a model first.',
  MODEL_NOT_FOUND: 'The model file was not found.',
  MODEL_NOT_GGUF: 'That file is not a GGUF model.',
  MODEL_CORRUPT: 'The model file is damaged or incomplete.',
  MODEL_TOO_BIG: 'The model is too large for the memory on this computer.',
  MODEL_LOAD_FAILED: 'The model could not be loaded.',
  MODEL_BUSY: 'A summary is already running. Stop it first.',
  HOST_CRASHED: 'The model process stopped unexpectedly. It has been restarted; your note is still here.',
  HOST_TIMEOUT: 'The model process stopped responding. It has been restarted; your note is still here.',
  CANCELLED: 'The summary was stopped.',
  VAULT_EXISTS: 'A vault already exists here.',
  VAULT_NOT_FOUND: 'No vault was found.',
  VAULT_CORRUPT: 'The vault file is damaged. It has not been changed.',
  VAULT_FOREIGN: 'That file is not a Lockscribe vault. It has not been changed.',
  BAD_CREDENTIALS: 'The user name or passphrase is not correct.',
  USER_DISABLED: 'This account is disabled. Ask an administrator.',
  THROTTLED: 'Too many failed attempts. Wait before trying again.',
  WEAK_PASSPHRASE: 'The passphrase is too weak.',
  USER_EXISTS: 'A user with that name already exists.',
  BAD_RECOVERY_CODE: 'The recovery code is not correct.',
  DISK_FULL: 'The disk is full. Nothing was lost, but the last change was not saved.',
  IO_ERROR: 'The file could not be read or written.',
  AUDIT_DAMAGED: 'The audit log failed verification.',
  INTERNAL: 'Something went wrong. Nothing was lost. Try again.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface AppError {
  readonly code: ErrorCode;
  /** Safe to show to a user: never note text, paths of patient files, or stack traces. */
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string = ERROR_MESSAGES[code]): Result<T> {
  return { ok: false, error: { code, message } };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value);
}
