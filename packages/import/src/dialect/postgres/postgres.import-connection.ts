import { packStrings, slowStatementTimer } from '@hcdm/core';
import type { PoolClient } from 'pg';
import { readKnownKeys } from '../../known-keys.js';
import type { ImportConnection } from '../import-dialect.js';
import { PostgresBulkWriter } from './postgres.bulk-writer.js';
import { queryRows } from './postgres.connection.js';
import { createIndexesOnPostgres, dropIndexesAndForeignKeys } from './postgres.indexes.js';

/**
 * The import's statements on PostgreSQL, through the node-postgres client that holds the
 * import's transaction (so COPY and every statement are part of it).
 */
export function postgresImportConnection(client: PoolClient): ImportConnection {
  // HCDM_SLOW_QUERY_MS: these statements are not TypeORM's, so its log would miss them.
  const timed = slowStatementTimer();
  return {
    all: (sql) => timed(sql, () => queryRows(client, sql)),
    run: async (sql) => {
      await timed(sql, () => client.query(sql));
    },
    hasAnyKey: async (table, column, keys) =>
      keys.length > 0 && (await queryRows(client, `SELECT 1 AS present FROM ${table} WHERE ${column} = ANY($1::text[]) LIMIT 1`, [keys])).length > 0,
    openWriter: (table, columns) => PostgresBulkWriter.open(client, table, columns),
    readKnownKeys: (references, limit) =>
      readKnownKeys(
        references,
        {
          count: async (table) => Number((await queryRows<{ count: string }>(client, `SELECT COUNT(*) AS count FROM ${table}`))[0]!.count),
          keys: async (table, key, count) => {
            const { rows } = await client.query<string[]>({ text: `SELECT ${key} FROM ${table}`, rowMode: 'array' });
            return packStrings(rows.map((row) => row[0]!), count);
          },
        },
        limit,
      ),
    dropIndexes: (table) => dropIndexesAndForeignKeys(client, table),
    // The server sorts on its own; maintenance_work_mem gives the sorts room.
    createIndexes: (statements) => createIndexesOnPostgres(client, statements, timed),
    // Temporary tables get no statistics from autovacuum; the checks' plans need them.
    analyze: async (table) => {
      await client.query(`ANALYZE ${table}`);
    },
    // Integrity violations (class 23: a repeated key, an unknown reference, a check), the rows'
    // fault; or no right to alter the table (42501): the staged import needs none.
    isRowError: (error) => {
      const code = (error as { code?: unknown } | null)?.code;
      return typeof code === 'string' && (code.startsWith('23') || code === '42501');
    },
  };
}
