import type { DataSource, EntityManager, ObjectLiteral, QueryRunner } from 'typeorm';
import type { HcdmDataSourceOptions } from '../data-source.types.js';

export type DialectName = 'sqlite' | 'postgres' | 'citus';

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
  /**
   * An aggregate of a group's integer `expression` as one text of its values joined by commas
   * (nulls left out; in no given order): SQLite's group_concat, PostgreSQL's array_agg joined by
   * array_to_string. A group's 30,000 values so read are one row, not 30,000 objects made by the
   * driver.
   */
  joinedIntegers(expression: string): string;
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
  /**
   * Spreads hcdm's tables over the engine's nodes as `layout` says, keeping their rows; nothing
   * on an engine of one machine. Inside a transaction (a migration's, or the write that rebuilds
   * the precomputed tables): on Citus distributions take turns on a lock held until it ends.
   */
  distribute(queryRunner: QueryRunner, layout: TableLayout): Promise<void>;
  /**
   * Waits for this database's turn to lay tables out or change their indexes and keys, and keeps
   * it until the transaction ends; nothing on an engine of one machine. On Citus such changes
   * take turns per database (`distribute` takes the turn too), and a transaction takes its turn
   * before its first strong lock on a table: one that locked a table and then waited for the turn
   * could deadlock with the holder of the turn, which may need to read that table.
   */
  takeLayoutTurn(runner: Pick<QueryRunner, 'query'>): Promise<void>;
  /**
   * Whether `table` is placed as `like` is (both split alike, or neither split): always on an
   * engine of one machine. For tables a rebuild places, to see one an older hcdm left behind.
   */
  isPlacedLike(manager: EntityManager, table: string, like: string): Promise<boolean>;
  /**
   * Gives rows of a table that names customers to other customers (a merge, an unmerge, a
   * provisional customer replaced): one UPDATE of `customer_id` where a row can change its
   * customer in place; on Citus, where a split table's row lives with its customer, each row
   * is deleted and inserted again under the new one. `parameters` are the `:name`s of the SQL.
   */
  moveToCustomer(manager: EntityManager, move: CustomerMove, parameters?: ObjectLiteral): Promise<void>;
}

/** Which rows {@link Dialect.moveToCustomer} moves, and where: SQL fragments of hcdm's own, values as `:name` parameters. */
export interface CustomerMove {
  /** The table, and its key beside `customer_id`. */
  readonly table: string;
  readonly key: string;
  /** The customer a row moves to: a parameter, or a column of `from`. */
  readonly customer: string;
  /** A table joined to find it (`hcdm_replaced x`), if any. */
  readonly from?: string;
  /** The rows that move, over columns of `table` (named `table.column`) and of `from`. */
  readonly where: string;
}

/**
 * Where each of hcdm's tables lives on an engine that spreads tables over machines (Citus):
 * split by customer, or copied whole to every node.
 */
export interface TableLayout {
  /** The column every split table is split by: its rows for one customer sit on one node. */
  readonly distributionColumn: string;
  /**
   * Tables split by {@link distributionColumn}, all placed alike (colocated), so joins on it run
   * on each node alone; the first is the one the others are placed with.
   */
  readonly split: readonly string[];
  /** Small tables every node holds whole, so any node joins them to its part of the others. */
  readonly copied: readonly string[];
  /**
   * A table split before, by the same column, that the split ones are placed with (the
   * precomputed per-customer tables with `customers`); without it they open a placement of their own.
   */
  readonly colocateWith?: string;
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
