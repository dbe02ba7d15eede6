import type { PoolClient } from 'pg';
import type { ReferenceSpec } from '../import.types.js';
import { readKnownKeys, type KeyReader } from '../known-keys.js';
import { packStrings } from '@hcdm/core';
import type { KnownKeys } from '../row-batch.types.js';
import { queryRows } from './postgres.connection.js';

/** readKnownKeys on PostgreSQL, through the import's own connection (its transaction sees what it merged). */
export function readKnownKeysOnPostgres(client: PoolClient, references: readonly ReferenceSpec[], limit?: number): Promise<KnownKeys> {
  const reader: KeyReader = {
    count: async (table) => Number((await queryRows<{ count: string }>(client, `SELECT COUNT(*) AS count FROM ${table}`))[0]!.count),
    keys: async (table, key, count) => {
      const { rows } = await client.query<string[]>({ text: `SELECT ${key} FROM ${table}`, rowMode: 'array' });
      return packStrings(rows.map((row) => row[0]!), count);
    },
  };
  return readKnownKeys(references, reader, limit);
}
