import type { PoolClient } from 'pg';
import type { StatementTimer } from '@hcdm/core';
import type { DroppedSchema } from '../import-dialect.js';
import { queryRows } from './postgres.connection.js';

/**
 * PostgreSQL's side of loading an empty table fast, as pg_restore does it: the table's
 * secondary indexes (those backing no constraint) and its foreign keys are dropped before the
 * COPY and made again after it from their own definitions: one sort per index and one
 * set-wise check per foreign key, instead of an index insert and a key lookup per row. All of
 * it inside the import's transaction, so a failed or killed import leaves them as they were.
 * The table is locked against other sessions until the import commits.
 */
export async function dropIndexesAndForeignKeys(client: PoolClient, table: string): Promise<DroppedSchema> {
  const indexes = await queryRows<{ name: string; definition: string }>(
    client,
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
       ORDER BY c.relname`,
    [table],
  );
  const keys = await queryRows<{ name: string; definition: string }>(
    client,
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE conrelid = $1::regclass AND contype = 'f' ORDER BY conname`,
    [table],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${quoteIdentifier(index.name)}`);
  for (const key of keys) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${quoteIdentifier(key.name)}`);
  return {
    indexes: indexes.map((index) => index.definition),
    foreignKeys: keys.map((key) => `ALTER TABLE ${table} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition}`),
  };
}

/** Sorts for index builds get room to stay in memory, for this transaction only. */
export async function createIndexesOnPostgres(client: PoolClient, definitions: readonly string[], timed: StatementTimer = (_sql, run) => run()): Promise<void> {
  if (definitions.length === 0) return;
  await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const sql of definitions) await timed(sql, () => client.query(sql));
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
