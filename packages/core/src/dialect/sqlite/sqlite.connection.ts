import type BetterSqlite3 from 'better-sqlite3';
import type { EntityManager } from 'typeorm';
import { HcdmError } from '../../core.errors.js';

export type SqliteDatabase = BetterSqlite3.Database;

/**
 * The better-sqlite3 handle under a TypeORM manager. Bulk staging goes through it directly:
 * large prepared statements, no per-row round trips through TypeORM. It is the same single
 * connection TypeORM uses, so these statements run inside the manager's transaction.
 */
export function sqliteOf(manager: EntityManager): SqliteDatabase {
  const driver = manager.dataSource.driver as unknown as { databaseConnection?: SqliteDatabase };
  if (driver.databaseConnection === undefined) {
    throw new HcdmError('DATABASE_UNAVAILABLE', 'the import needs an initialized better-sqlite3 data source');
  }
  return driver.databaseConnection;
}
