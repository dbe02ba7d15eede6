import type { SqliteDatabase } from '@hcdm/core';

/**
 * What the staged import's checks and merge need of a connection: rows of a query, and a
 * statement run. Their SQL is the same on both engines; this is the one place it is sent
 * differently (better-sqlite3's statements, or node-postgres' queries inside the import's
 * transaction: postgresStageRunner).
 */
export interface StageRunner {
  all<T>(sql: string): Promise<T[]>;
  run(sql: string): Promise<void>;
}

/** A StageRunner over the SQLite connection of the import. */
export function sqliteStageRunner(db: SqliteDatabase): StageRunner {
  return {
    all: async <T>(sql: string) => db.prepare(sql).all() as T[],
    run: async (sql) => {
      db.prepare(sql).run();
    },
  };
}
