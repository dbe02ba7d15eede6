import { sqliteOf } from '@hcdm/core';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Page cache of the import's connection, main and temp database, in KiB (SQLite's negative
 * unit). Smaller than better-sqlite3's 16 MB default on purpose: index builds sort in runs of
 * the cache's size, and runs that fit the CPU's caches sort faster (about 0.4 s instead of 0.55 s
 * per index of a million rows here), while the import's memory stays lower.
 */
const IMPORT_CACHE_KIB = 2000;

/** Sets the import's SQLite pragmas on its connection; returns what puts the previous ones back. */
export function useImportPragmas(manager: EntityManager): () => void {
  const db = sqliteOf(manager);
  const previous = ['main', 'temp'].map((schema) => [schema, db.pragma(`${schema}.cache_size`, { simple: true })] as const);
  for (const [schema] of previous) db.pragma(`${schema}.cache_size = -${IMPORT_CACHE_KIB}`);
  return () => {
    for (const [schema, size] of previous) db.pragma(`${schema}.cache_size = ${Number(size)}`);
  };
}

/**
 * Turns SQLite's own foreign key enforcement off for an import; returns what turns it back on.
 * The import checks every reference itself, set-wise (stage checks, and one query after a
 * direct load), so SQLite's check of each row as it is inserted only repeats that work: it was
 * about 0.8 s of every million calls or SMS. The import deletes nothing, so no cascade is
 * skipped. SQLite ignores this pragma inside a transaction, hence before the import's begins.
 */
export function withoutForeignKeyEnforcement(dataSource: DataSource): () => void {
  const db = sqliteOf(dataSource.manager);
  if (db.inTransaction || db.pragma('foreign_keys', { simple: true }) !== 1) return () => {};
  db.pragma('foreign_keys = OFF');
  return () => {
    if (!db.inTransaction) db.pragma('foreign_keys = ON');
  };
}
