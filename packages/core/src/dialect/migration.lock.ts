import { dialectOf } from './sql-dialect.js';
import type { DataSource } from 'typeorm';

/**
 * Runs the migrations so that two programs opening the same new PostgreSQL database at once
 * take turns (a session lock on the server) instead of both creating the tables. SQLite's
 * own write lock already makes them take turns.
 */
export async function runMigrationsOnce(dataSource: DataSource): Promise<void> {
  if (dialectOf(dataSource) !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'all' });
    return;
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('hcdm migrations'))`);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('hcdm migrations'))`).catch(() => undefined);
    await runner.release();
  }
}
