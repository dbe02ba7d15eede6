/**
 * Every error hcdm raises on purpose carries one of these codes, so a caller (the CLI, another
 * program) can react to the kind of failure without parsing messages.
 */
export type HcdmErrorCode =
  | 'INVALID_INPUT'
  | 'IMPORT_REJECTED'
  | 'FILE_NOT_FOUND'
  | 'UNKNOWN_FILE_KIND'
  | 'UNKNOWN_FILE_FORMAT'
  | 'NOT_A_DATABASE'
  | 'DATABASE_BUSY'
  | 'DATABASE_READ_ONLY'
  | 'DATABASE_FULL'
  | 'DATABASE_UNAVAILABLE'
  | 'NOT_AN_HCDM_DATABASE'
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'UNKNOWN_COMMAND'
  | 'INVALID_COMMAND';

export class HcdmError extends Error {
  override readonly name: string = 'HcdmError';
  readonly code: HcdmErrorCode;

  constructor(code: HcdmErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** A value that breaks a rule: always reported as `field: what is wrong (value)`. */
export class InvalidValueError extends HcdmError {
  override readonly name = 'InvalidValueError';

  constructor(
    readonly field: string,
    readonly reason: string,
    readonly value: unknown,
  ) {
    super('INVALID_INPUT', `${field}: ${reason} (${formatValue(value)})`);
  }
}

/** Something looked up by id, phone or name that is not in the database. */
export class NotFoundError extends HcdmError {
  override readonly name = 'NotFoundError';

  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'empty';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
