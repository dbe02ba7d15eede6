import type { DataSource } from 'typeorm';

/**
 * Runs the migrations so that two programs opening the same new PostgreSQL database at once
 * take turns (a session lock on the server) instead of both creating the tables.
 */
export async function runMigrationsInTurn(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('hcdm migrations'))`);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('hcdm migrations'))`).catch(() => undefined);
    await runner.release();
  }
}
