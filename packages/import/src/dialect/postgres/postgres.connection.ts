import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import { HcdmError } from '@hcdm/core';

/**
 * The node-postgres client under a TypeORM manager's query runner: the connection that holds
 * the import's transaction, so COPY and every statement sent through it are part of it.
 */
export async function postgresClientOf(manager: EntityManager): Promise<PoolClient> {
  const runner = manager.queryRunner;
  if (runner === undefined || !runner.isTransactionActive) {
    throw new HcdmError('DATABASE_UNAVAILABLE', 'the import needs a transaction of a PostgreSQL data source');
  }
  return (await runner.connect()) as PoolClient;
}

/** Rows of a statement, keys as written (aliases that must keep their case are quoted). */
export async function queryRows<T>(client: PoolClient, sql: string, values: readonly unknown[] = []): Promise<T[]> {
  return (await client.query(sql, values as unknown[])).rows as T[];
}
