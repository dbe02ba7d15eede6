import type { EntityManager } from 'typeorm';

/**
 * The write lock a SQLite import takes first: a write that changes nothing, so the transaction
 * holds the lock before it reads anything, and having read nothing it cannot be refused later
 * for reading a snapshot older than another import's commit.
 */
const CLAIM_WRITE_LOCK = 'UPDATE customers SET name = name WHERE 1 = 0';

/**
 * better-sqlite3 waits for a lock inside a synchronous call, so the wait is cut into slices
 * with the event loop running between them: signals, timers and other connections go on.
 */
const WAIT_SLICE_MS = 250;

/** ImportDialect.claimTurn on SQLite: SQLite's one write lock is the turn. */
export async function claimSqliteWriteLock(manager: EntityManager, waitMs: number | undefined, onWaiting: () => void): Promise<boolean> {
  const [{ timeout }] = (await manager.query('PRAGMA busy_timeout')) as [{ timeout: number }];
  const tryClaim = async (timeoutMs: number): Promise<boolean> => {
    await manager.query(`PRAGMA busy_timeout = ${timeoutMs}`);
    try {
      await manager.query(CLAIM_WRITE_LOCK);
      return true;
    } catch (error) {
      if (isBusy(error)) return false;
      throw error;
    }
  };
  try {
    if (await tryClaim(0)) return true;
    const limitMs = waitMs ?? Number.POSITIVE_INFINITY;
    if (!(limitMs > 0)) return false;
    onWaiting();
    const deadline = Date.now() + limitMs;
    for (let left = limitMs; left > 0; left = deadline - Date.now()) {
      if (await tryClaim(Math.min(Math.ceil(left), WAIT_SLICE_MS))) return true;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return false;
  } finally {
    await manager.query(`PRAGMA busy_timeout = ${timeout}`);
  }
}

function isBusy(error: unknown): boolean {
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  return [code, driverError?.code].some((value) => typeof value === 'string' && value.startsWith('SQLITE_BUSY'));
}
