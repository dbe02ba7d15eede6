import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { HcdmError, type HcdmErrorCode } from '../../core.errors.js';

/** SQLite result codes (extended codes start with the primary one) and what they mean here. */
const CODES: readonly (readonly [prefix: string, code: HcdmErrorCode, problem: string])[] = [
  ['SQLITE_BUSY', 'DATABASE_BUSY', 'is busy: another program is writing to it; try again shortly'],
  ['SQLITE_LOCKED', 'DATABASE_BUSY', 'is locked by another connection; try again shortly'],
  ['SQLITE_READONLY', 'DATABASE_READ_ONLY', 'is read-only here; open it writable or check its permissions'],
  ['SQLITE_FULL', 'DATABASE_FULL', 'is full: the disk or its size limit is reached'],
  ['SQLITE_NOTADB', 'NOT_A_DATABASE', 'is not an SQLite database'],
  ['SQLITE_CORRUPT', 'NOT_A_DATABASE', 'is damaged (SQLite reports corruption)'],
  ['SQLITE_CANTOPEN', 'DATABASE_UNAVAILABLE', 'cannot be opened: check that its folder exists and is writable'],
];

/**
 * Turns an SQLite failure (raw from better-sqlite3, or wrapped by TypeORM) into an HcdmError
 * with a one-line message naming the database; anything else is returned unchanged.
 */
export function mapSqliteError(error: unknown, database: string, freeBytes: (folder: string) => number | null = freeBytesIn): unknown {
  if (error instanceof HcdmError) return error;
  const sqliteCode = sqliteCodeOf(error);
  if (sqliteCode?.startsWith('SQLITE_IOERR')) return ioError(error, database, sqliteCode, freeBytes);
  const known = sqliteCode === null ? undefined : CODES.find(([prefix]) => sqliteCode.startsWith(prefix));
  if (!known) return error;
  const [, code, problem] = known;
  return new HcdmError(code, `${database}: ${problem}`, { cause: error });
}

/** Below this much free space an I/O error is taken for a full disk. */
const FULL_DISK_BYTES = 1024 * 1024;

/**
 * SQLite reports a full disk as SQLITE_FULL only when a write of the database itself fails; a
 * full disk met while it sizes its `-shm` or `-wal` file (even for a read) is an I/O error,
 * so the free space of the database's folder tells which it is.
 */
function ioError(error: unknown, database: string, sqliteCode: string, freeBytes: (folder: string) => number | null): HcdmError {
  const free = database === ':memory:' ? null : freeBytes(dirname(resolve(database)));
  if (free !== null && free < FULL_DISK_BYTES) {
    return new HcdmError('DATABASE_FULL', `${database}: its disk is full: free some space and try again`, { cause: error });
  }
  return new HcdmError('DATABASE_UNAVAILABLE', `${database}: could not be read or written (${sqliteCode}): check the disk`, { cause: error });
}

function freeBytesIn(folder: string): number | null {
  try {
    const { bavail, bsize } = statfsSync(folder);
    return bavail * bsize;
  } catch {
    return null;
  }
}

/** Runs `work`, mapping SQLite failures as {@link mapSqliteError} does. */
export async function withSqliteErrors<T>(database: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapSqliteError(error, database);
  }
}

function sqliteCodeOf(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, driverError, cause } = current as { code?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
    current = driverError ?? cause;
  }
  return null;
}
