import { packStrings, slowStatementTimer, type SqliteDatabase } from '@hcdm/core';
import { readKnownKeys } from '../../known-keys.js';
import type { ImportConnection } from '../import-dialect.js';
import { SqliteBulkWriter } from './sqlite.bulk-writer.js';
import { createIndexes, dropSecondaryIndexes } from './sqlite.indexes.js';

/** Keys bound per statement by hasAnyKey, well under SQLite's limit of parameters. */
const KEYS_PER_PROBE = 500;

/**
 * The import's statements on SQLite, straight through better-sqlite3 (the single connection
 * TypeORM holds, so inside its transaction): prepared statements, no per-row TypeORM work.
 */
export function sqliteImportConnection(db: SqliteDatabase): ImportConnection {
  // HCDM_SLOW_QUERY_MS: these statements are not TypeORM's, so its log would miss them.
  const timed = slowStatementTimer();
  return {
    all: async <T>(sql: string) => timed(sql, () => db.prepare(sql).all() as T[]),
    run: async (sql) => {
      timed(sql, () => db.prepare(sql).run());
    },
    hasAnyKey: async (table, column, keys) => {
      for (let start = 0; start < keys.length; start += KEYS_PER_PROBE) {
        const some = keys.slice(start, start + KEYS_PER_PROBE);
        const probe = db.prepare(`SELECT 1 FROM ${table} WHERE ${column} IN (${some.map(() => '?').join(', ')}) LIMIT 1`);
        if (probe.get(...some) !== undefined) return true;
      }
      return false;
    },
    openWriter: (table, columns) => new SqliteBulkWriter(db, table, columns),
    readKnownKeys: (references, limit) =>
      readKnownKeys(
        references,
        {
          count: (table) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number,
          keys: (table, key, count) => packStrings(db.prepare(`SELECT ${key} FROM ${table}`).pluck().iterate() as IterableIterator<string>, count),
        },
        limit,
      ),
    // Foreign keys stay: SQLite does not enforce them during an import (prepareSession).
    dropIndexes: async (table) => ({ indexes: dropSecondaryIndexes(db, table), foreignKeys: [] }),
    createIndexes: async (statements, parallelSorts) => createIndexes(db, statements, parallelSorts, timed),
    // SQLite plans the checks well without statistics of a temporary table.
    analyze: async () => {},
    isRowError: (error) => {
      const code = (error as { code?: unknown } | null)?.code;
      return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
    },
  };
}
