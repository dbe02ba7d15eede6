import type { DataSource } from 'typeorm';
import { retryOnDeadlock } from '../deadlock.retry.js';
import { runMigrationsInTurn } from '../postgres/postgres.migrations.js';

/**
 * As on PostgreSQL, in turn; and run again when Citus cancelled them in a distributed deadlock
 * (retryOnDeadlock): laying tables out over the workers locks on every node. The migrations
 * run in one transaction, so a cancelled run left nothing.
 */
export function runMigrationsOnCitus(dataSource: DataSource): Promise<void> {
  return retryOnDeadlock(() => runMigrationsInTurn(dataSource));
}
