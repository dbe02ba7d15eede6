import type { SqliteDatabase, StatementTimer } from '@hcdm/core';

/**
 * Secondary indexes are dropped before a bulk load into an empty table and built again after
 * it: building an index from all rows at once (one sort) is several times cheaper than keeping
 * it up to date row by row. Inside the import's transaction, so a failed or killed import
 * leaves every index as it was. Primary keys and UNIQUE constraints (indexes without SQL of
 * their own) stay, so keys are still enforced during the load.
 */
export function dropSecondaryIndexes(db: SqliteDatabase, table: string): string[] {
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`)
    .all(table) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  return indexes.map((index) => index.sql);
}

/** Helper threads SQLite may use for the sorts of index builds, when the other core is free. */
const SORT_THREADS = 2;

/**
 * Builds the indexes dropped by {@link dropSecondaryIndexes} again, from their own CREATE
 * statements; with `parallelSorts` (no parsing worker running) the sorter uses the other core.
 */
export function createIndexes(db: SqliteDatabase, statements: readonly string[], parallelSorts = false, timed: StatementTimer = (_sql, run) => run()): void {
  if (statements.length === 0) return;
  const threads = Number(db.pragma('threads', { simple: true }));
  if (parallelSorts) db.pragma(`threads = ${SORT_THREADS}`);
  try {
    for (const sql of statements) timed(sql, () => db.exec(sql));
  } finally {
    db.pragma(`threads = ${threads}`);
  }
}
