import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { HcdmDataSourceOptions } from '../data-source.js';
import { isServerDatabase } from '../database-url.js';
import { POSTGRES_DIALECT } from './postgres/postgres.dialect.js';
import { SQLITE_DIALECT } from './sqlite/sqlite.dialect.js';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Everything SQLite and PostgreSQL do differently at the level of the database as a whole, in
 * one place (as kysely's `src/dialect/*`: one object per engine, its parts in matching files
 * under `sqlite/` and `postgres/`). hcdm's SQL is written once, to what both understand; code
 * outside the dialects asks the dialect of its database, never which engine it is. The import
 * engine's own differences (bulk writes, index builds, taking turns) are its ImportDialect,
 * which extends this one the same way.
 */
export interface Dialect {
  readonly name: DialectName;
  /**
   * The type of text columns. PostgreSQL sorts text by the database's locale (`en_US`: case and
   * punctuation folded), SQLite by bytes; with the "C" collation PostgreSQL sorts by bytes too,
   * so ties "by id, ascending" and every ORDER BY come out the same on both.
   */
  readonly textColumnType: string;
  /**
   * A temporary table's qualified name, so a DROP can only ever reach the temporary table and
   * never a same-named table of the database (SQLite's schema is `temp`, PostgreSQL's `pg_temp`).
   */
  tempTableName(table: string): string;
  /** A TypeORM DataSource over the database the options name. */
  createDataSource(options: HcdmDataSourceOptions): DataSource;
  /** The engine's failure as an HcdmError with one line naming the database; anything else unchanged. */
  mapError(error: unknown, database: string): unknown;
  /** Runs pending migrations, two programs opening one new database taking turns. */
  runMigrations(dataSource: DataSource): Promise<void>;
}

const DIALECTS: Readonly<Record<DialectName, Dialect>> = { sqlite: SQLITE_DIALECT, postgres: POSTGRES_DIALECT };

/** The dialect of a database as hcdm names it: a PostgreSQL URL, or an SQLite path. */
export function dialectFor(database: string): Dialect {
  return DIALECTS[isServerDatabase(database) ? 'postgres' : 'sqlite'];
}

type HasDriver = Pick<DataSource, 'driver'>;

/** The dialect of a data source, an entity manager or a migration's query runner, by its driver. */
export function dialectOf(source: HasDriver | EntityManager | QueryRunner): Dialect {
  const connection = 'driver' in source ? source : (source as EntityManager | QueryRunner).connection;
  const type = connection.driver.options.type;
  if (type === 'better-sqlite3') return SQLITE_DIALECT;
  // CockroachDB speaks PostgreSQL's SQL for everything hcdm writes.
  if (type === 'postgres' || type === 'cockroachdb') return POSTGRES_DIALECT;
  throw new Error(`hcdm runs on SQLite or PostgreSQL, not ${String(type)}`);
}
