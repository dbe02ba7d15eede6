import { HcdmError, formatValue, type HcdmErrorCode } from '@hcdm/core';
import type { RowProblem } from './import.types.js';

/** `file:line: field: reason (value)`, the one shape every rejected row is shown in. */
export function formatRowProblem(problem: RowProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.reason} (${formatValue(problem.value)})`;
}

/** Rows broke the rules and the import was all or nothing: nothing was written. */
export class ImportRejectedError extends HcdmError {
  override readonly name = 'ImportRejectedError';

  constructor(readonly problems: RowProblem[]) {
    const first = problems[0];
    const head = first ? formatRowProblem(first) : 'import rejected';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super('IMPORT_REJECTED', `${head}${more}`);
  }
}

/**
 * A whole file cannot be read: missing, of unknown kind, malformed, truncated, or without a
 * needed column. Shown as `file:line: field: reason`, leaving out the parts that do not apply.
 */
/** The reason a CSV header lacks a required column. */
export const MISSING_COLUMN = 'column is missing from the header';

export class ImportFileError extends HcdmError {
  override readonly name = 'ImportFileError';

  constructor(
    code: HcdmErrorCode,
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    const where = line === null ? file : `${file}:${line}`;
    super(code, `${where}: ${field === null ? '' : `${field}: `}${reason}`, options);
  }
}
