import { redactDatabaseUrl, type HcdmErrorCode } from '@hcdm/core';
import { EXIT, type ExitCode } from './exit-codes.js';

export interface ErrorReport {
  /** One line, no stack. */
  readonly message: string;
  readonly exitCode: ExitCode;
}

/**
 * The one place that turns an error into what the user sees. The switch is exhaustive over
 * HcdmErrorCode, so a new code fails to compile here until it has a message and a status.
 * Whatever the error says, a connection URL's password never reaches the screen.
 */
export function describeError(error: unknown): ErrorReport {
  const report = describeAnyError(error);
  return { ...report, message: redactDatabaseUrl(report.message) };
}

function describeAnyError(error: unknown): ErrorReport {
  if (isCodedError(error)) return describeHcdmError(error, oneLine(error.message));
  const systemReport = describeSystemError(error);
  if (systemReport) return systemReport;
  const text = error instanceof Error ? error.message : String(error);
  return { message: `unexpected error: ${oneLine(text)} (HCDM_DEBUG=1 shows details)`, exitCode: EXIT.database };
}

/** Every code, so errors of packages that stay free of @hcdm/core (sample) are known by their code. */
const HCDM_CODES: Record<HcdmErrorCode, true> = {
  INVALID_INPUT: true,
  IMPORT_REJECTED: true,
  FILE_NOT_FOUND: true,
  UNKNOWN_FILE_KIND: true,
  UNKNOWN_FILE_FORMAT: true,
  NOT_A_DATABASE: true,
  DATABASE_BUSY: true,
  DATABASE_READ_ONLY: true,
  DATABASE_FULL: true,
  DATABASE_UNAVAILABLE: true,
  NOT_AN_HCDM_DATABASE: true,
  NOT_FOUND: true,
  AMBIGUOUS: true,
  UNKNOWN_COMMAND: true,
  INVALID_COMMAND: true,
};

function isCodedError(error: unknown): error is Error & { code: HcdmErrorCode } {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && Object.hasOwn(HCDM_CODES, error.code);
}

function describeHcdmError(error: Error & { code: HcdmErrorCode }, message: string): ErrorReport {
  const { code } = error;
  switch (code) {
    case 'INVALID_INPUT':
    case 'NOT_FOUND':
    case 'AMBIGUOUS':
    case 'UNKNOWN_COMMAND':
    case 'INVALID_COMMAND':
      return { message, exitCode: EXIT.badInput };
    case 'IMPORT_REJECTED':
      return { message: rejectedMessage(error), exitCode: EXIT.badInput };
    case 'FILE_NOT_FOUND':
      return { message, exitCode: EXIT.badInput };
    case 'UNKNOWN_FILE_KIND':
      return { message: `${message} (name the file after its kind, or give --kind)`, exitCode: EXIT.badInput };
    // --kind cannot help here: the bytes are not CSV or JSON (a spreadsheet, a zip).
    case 'UNKNOWN_FILE_FORMAT':
      return { message: `${message} (save it as CSV, e.g. from the spreadsheet)`, exitCode: EXIT.badInput };
    case 'NOT_A_DATABASE':
      return { message: `${message} (give another file with --db)`, exitCode: EXIT.database };
    // The library's messages for these already say what to do.
    case 'DATABASE_BUSY':
    case 'DATABASE_READ_ONLY':
    case 'DATABASE_FULL':
    case 'DATABASE_UNAVAILABLE':
    case 'NOT_AN_HCDM_DATABASE':
      return { message, exitCode: EXIT.database };
    default: {
      // Compile-time exhaustiveness; at run time a code from a newer library still gets a line.
      const unhandled: never = code;
      return { message: `${message} (${String(unhandled)})`, exitCode: EXIT.database };
    }
  }
}

/** Errors from the file system outside the libraries, e.g. `sample --out` into a read-only folder. */
function describeSystemError(error: unknown): ErrorReport | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  const path = 'path' in error && typeof error.path === 'string' ? `${error.path}: ` : '';
  const reasons: Record<string, [string, ExitCode]> = {
    ENOENT: ['no such file or folder', EXIT.badInput],
    ENOTDIR: ['is not a folder', EXIT.badInput],
    EISDIR: ['is a folder, not a file', EXIT.badInput],
    EEXIST: ['already exists, and is not a folder', EXIT.badInput],
    EACCES: ['permission denied', EXIT.database],
    EPERM: ['permission denied', EXIT.database],
    EROFS: ['read-only file system', EXIT.database],
    ENOSPC: ['no space left on the device', EXIT.database],
    EFBIG: ['is too large: the file size limit (ulimit -f) is reached', EXIT.database],
  };
  const known = reasons[error.code];
  return known ? { message: `${path}${known[0]}`, exitCode: known[1] } : null;
}

/** The problem lines are printed before it (see import-with-progress); this line sums them up. */
function rejectedMessage(error: Error): string {
  const problems = 'problems' in error && Array.isArray(error.problems) ? error.problems.length : 0;
  return `import rejected: ${problems} problem${problems === 1 ? '' : 's'}, nothing was written (--skip-invalid imports the good rows)`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Writes the one-line message (and the stack when HCDM_DEBUG=1) and answers the exit status. */
export function reportError(error: unknown, stderr: { write(text: string): unknown }, env = process.env): ExitCode {
  const report = describeError(error);
  stderr.write(`error: ${report.message}\n`);
  if (env.HCDM_DEBUG === '1' && error instanceof Error && error.stack) stderr.write(`${redactDatabaseUrl(error.stack)}\n`);
  return report.exitCode;
}
