import { databaseLabel, dialectOf, HcdmError } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

export interface ImportTurnOptions {
  /** How long to wait for another import to finish; undefined: as long as it takes. */
  readonly waitSeconds?: number;
  /** Called once, when another import is found writing, before this one waits for it. */
  readonly onWaiting?: () => void;
}

/**
 * The write lock a SQLite import takes first: a write that changes nothing, so the transaction
 * holds the lock before it reads anything, and having read nothing it cannot be refused later
 * for reading a snapshot older than another import's commit.
 */
const CLAIM_SQLITE_WRITE_LOCK = 'UPDATE customers SET name = name WHERE 1 = 0';

/** PostgreSQL imports take turns on one advisory lock, held until the transaction ends. */
const IMPORT_LOCK_KEY = `hashtext('hcdm import')`;

/**
 * better-sqlite3 waits for a lock inside a synchronous call, so the wait is cut into slices
 * with the event loop running between them: signals, timers and other connections go on.
 */
const SQLITE_WAIT_SLICE_MS = 250;

/**
 * Takes this import's turn to write, as the transaction's first statement: at once when no
 * other import writes; else it says so (onWaiting) and waits for the other to commit, up to
 * waitSeconds, then gives up with DATABASE_BUSY naming how long it waited. Queries never wait:
 * they read the last commit (SQLite's WAL, PostgreSQL's MVCC).
 */
export async function claimImportTurn(manager: EntityManager, options: ImportTurnOptions): Promise<void> {
  const claimed = dialectOf(manager) === 'sqlite' ? await claimOnSqlite(manager, options) : await claimOnPostgres(manager, options);
  if (!claimed) {
    const seconds = options.waitSeconds ?? 0;
    throw new HcdmError('DATABASE_BUSY', `${labelOf(manager)}: is busy: another import was still writing to it after ${seconds} s of waiting`);
  }
}

async function claimOnSqlite(manager: EntityManager, options: ImportTurnOptions): Promise<boolean> {
  const [{ timeout }] = (await manager.query('PRAGMA busy_timeout')) as [{ timeout: number }];
  const tryClaim = async (timeoutMs: number): Promise<boolean> => {
    await manager.query(`PRAGMA busy_timeout = ${timeoutMs}`);
    try {
      await manager.query(CLAIM_SQLITE_WRITE_LOCK);
      return true;
    } catch (error) {
      if (isSqliteBusy(error)) return false;
      throw error;
    }
  };
  try {
    if (await tryClaim(0)) return true;
    const limitMs = options.waitSeconds === undefined ? Number.POSITIVE_INFINITY : Math.round(options.waitSeconds * 1000);
    if (!(limitMs > 0)) return false;
    options.onWaiting?.();
    const deadline = Date.now() + limitMs;
    for (let left = limitMs; left > 0; left = deadline - Date.now()) {
      if (await tryClaim(Math.min(left, SQLITE_WAIT_SLICE_MS))) return true;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return false;
  } finally {
    await manager.query(`PRAGMA busy_timeout = ${timeout}`);
  }
}

async function claimOnPostgres(manager: EntityManager, options: ImportTurnOptions): Promise<boolean> {
  const [{ claimed }] = (await manager.query(`SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK_KEY}) AS claimed`)) as [{ claimed: boolean }];
  if (claimed) return true;
  if (options.waitSeconds !== undefined && !(options.waitSeconds > 0)) return false;
  options.onWaiting?.();
  const [{ previous }] = (await manager.query(`SELECT current_setting('lock_timeout') AS previous`)) as [{ previous: string }];
  // 0 is PostgreSQL's "no limit"; a limit below 1 ms would read as none.
  const limitMs = options.waitSeconds === undefined ? 0 : Math.max(1, Math.round(options.waitSeconds * 1000));
  await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [`${limitMs}ms`]);
  try {
    await manager.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
  } catch (error) {
    if (sqlStateOf(error) === '55P03') return false; // lock_not_available: the limit passed
    throw error;
  }
  await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [previous]);
  return true;
}

function isSqliteBusy(error: unknown): boolean {
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  return [code, driverError?.code].some((value) => typeof value === 'string' && value.startsWith('SQLITE_BUSY'));
}

function sqlStateOf(error: unknown): unknown {
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  return driverError?.code ?? code;
}

function labelOf(manager: EntityManager): string {
  const options = manager.connection.options as { database?: unknown; url?: unknown };
  return databaseLabel(String(options.url ?? options.database ?? 'the database'));
}
