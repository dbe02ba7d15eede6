import type { EntityManager } from 'typeorm';

/**
 * PostgreSQL imports into one hcdm database take turns on one advisory lock, held until the
 * transaction ends. An advisory lock belongs to a server database, not to a schema, so the key names the schema
 * the tables live in: two hcdm databases in two schemas of one server database (a URL's
 * search_path) import side by side, as two SQLite files do.
 */
const IMPORT_LOCK_KEY = `hashtext('hcdm import ' || coalesce(current_schema(), ''))`;

/**
 * ImportDialect.claimTurn on PostgreSQL: the advisory lock is the turn, so an import never
 * classifies rows against a table another import is changing, as SQLite's single writer.
 */
export async function claimPostgresImportLock(manager: EntityManager, waitMs: number | undefined, onWaiting: () => void): Promise<boolean> {
  const [{ claimed }] = (await manager.query(`SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK_KEY}) AS claimed`)) as [{ claimed: boolean }];
  if (claimed) return true;
  if (waitMs !== undefined && !(waitMs > 0)) return false;
  onWaiting();
  const [{ previous }] = (await manager.query(`SELECT current_setting('lock_timeout') AS previous`)) as [{ previous: string }];
  // 0 is PostgreSQL's "no limit"; a limit below 1 ms would read as none.
  const limit = waitMs === undefined ? '0' : `${Math.max(1, Math.round(waitMs))}ms`;
  await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [limit]);
  try {
    await manager.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
  } catch (error) {
    const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
    if ((driverError?.code ?? code) === '55P03') return false; // lock_not_available: the limit passed
    throw error;
  }
  await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [previous]);
  return true;
}
