import type { DataSource } from 'typeorm';

/**
 * The session lock migrations take turns on: one per schema, as the imports' turn is, since
 * advisory locks are the server database's and two hcdm databases can be two schemas of one
 * (the URL's `search_path`): one's migrations never wait for the other's.
 */
export const MIGRATION_LOCK_KEY = "hashtext('hcdm migrations ' || coalesce(current_schema(), ''))";

/**
 * Runs the migrations so that two programs opening the same new PostgreSQL database at once
 * take turns (a session lock on the server) instead of both creating the tables.
 */
export async function runMigrationsInTurn(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => undefined);
    await runner.release();
  }
}
