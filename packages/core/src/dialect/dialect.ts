import type { DataSource, QueryRunner } from 'typeorm';
import type { HcdmDataSourceOptions } from '../data-source.types.js';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Everything SQLite and PostgreSQL do differently at the level of the database as a whole, in
 * one place (as kysely's `src/dialect/*`: one object per engine, its parts in matching files
 * under `sqlite/` and `postgres/`; dialect.chooser.ts picks one). hcdm's SQL is written once, to what both understand; code
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
  /**
   * Replaces the CHECK that holds `column` of `table` to a list of values (`CHECK (status IN
   * ('answered', 'missed'))`) with one allowing exactly `values`, keeping the rows, the other
   * columns, indexes and constraints as they are: for a migration that widens (or narrows) a
   * column's values. SQLite cannot change a constraint in place, so it rebuilds the table;
   * PostgreSQL drops the constraint and adds the new one. Inside the migration's transaction.
   */
  setAllowedValues(queryRunner: QueryRunner, change: AllowedValuesChange): Promise<void>;
}

/** A column's allowed values, as {@link Dialect.setAllowedValues} sets them. */
export interface AllowedValuesChange {
  /** A table and column of hcdm's own schema: constants of a migration, never input. */
  readonly table: string;
  readonly column: string;
  readonly values: readonly string[];
}

/** `column IN ('a', 'b')`: the condition of the CHECK, the same text on both engines. */
export function allowedValuesCondition(change: AllowedValuesChange): string {
  return `${change.column} IN (${change.values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')})`;
}
