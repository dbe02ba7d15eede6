import { dialectOf, type DialectName } from '@hcdm/core';
import type { DataSource } from 'typeorm';
import { PostgresReadOnlySql } from './postgres.sql.js';
import type { SqlResult } from './sql-result.types.js';
import { SqliteReadOnlySql } from './sqlite.sql.js';

/**
 * Where `db.sql` runs its statements, read-only whatever the database was opened as. Each engine
 * keeps its database unwritten its own way (sqlite.sql.ts, postgres.sql.ts); this is what both
 * answer.
 */
export interface ReadOnlySql {
  /** One statement; a write is refused (SqlError `read-only`), as is SQL the engine cannot run (`invalid`). */
  run(text: string): Promise<SqlResult>;
  /** Every table's columns from the engine's own catalog: `table, column, type, nullable`. */
  schema(): Promise<SqlResult>;
  close(): Promise<void>;
}

const ENGINES: Readonly<Record<DialectName, (dataSource: DataSource, database: string, openedReadOnly: boolean) => ReadOnlySql>> = {
  sqlite: (dataSource, database, openedReadOnly) => new SqliteReadOnlySql(dataSource, database, openedReadOnly),
  // A READ ONLY transaction is read-only however the pool was opened.
  postgres: (dataSource, database) => new PostgresReadOnlySql(dataSource, database),
  citus: (dataSource, database) => new PostgresReadOnlySql(dataSource, database),
};

/** The read-only statements of an open database, on its engine. */
export function readOnlySqlOf(dataSource: DataSource, database: string, openedReadOnly: boolean): ReadOnlySql {
  return ENGINES[dialectOf(dataSource).name](dataSource, database, openedReadOnly);
}
