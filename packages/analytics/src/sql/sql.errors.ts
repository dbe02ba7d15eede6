import { HcdmError } from '@hcdm/core';

/**
 * A statement `db.sql` would not or could not run: one that would write (`read-only`), or one
 * the engine refused as SQL (`invalid`: a syntax error, an unknown table, a division by zero).
 * Bad input either way, so it carries INVALID_INPUT; its message is one line, the engine's
 * reason in it.
 */
export class SqlError extends HcdmError {
  override readonly name = 'SqlError';

  constructor(
    readonly reason: 'read-only' | 'invalid',
    detail: string,
    options?: { cause?: unknown },
  ) {
    super('INVALID_INPUT', reason === 'read-only' ? `hcdm sql is read-only: ${oneLine(detail)}` : `SQL error: ${oneLine(detail)}`, options);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
