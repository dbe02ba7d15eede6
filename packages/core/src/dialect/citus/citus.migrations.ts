import type { DataSource } from 'typeorm';
import { runMigrationsInTurn } from '../postgres/postgres.migrations.js';

/** Runs of the migrations in all, when Citus cancels one in a distributed deadlock. */
const ATTEMPTS = 3;

/** PostgreSQL's SQLSTATE for a deadlock; Citus gives it to the transaction it cancels to end one across nodes. */
const DEADLOCK = '40P01';

/**
 * As on PostgreSQL, in turn; and run again when Citus cancelled it in a distributed deadlock.
 * Laying tables out over the workers locks on every node, and Citus's detector may pick this
 * transaction to end a cycle with other work on the cluster (CI's tests, each in its schema of
 * one database, met it a few times a run). The migrations run in one transaction, so a
 * cancelled run left nothing, and running them again is safe.
 */
export async function runMigrationsOnCitus(dataSource: DataSource): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await runMigrationsInTurn(dataSource);
      return;
    } catch (error) {
      if (!isDeadlock(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}

function isDeadlock(error: unknown): boolean {
  const failed = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return failed?.code === DEADLOCK || failed?.driverError?.code === DEADLOCK;
}
