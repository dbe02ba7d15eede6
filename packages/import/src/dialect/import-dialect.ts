import type { Dialect } from '@hcdm/core';
import type { LeadTable } from '@hcdm/attribution';
import type { DataSource, EntityManager } from 'typeorm';
import type { ImportSpec, ReferenceSpec, SqlValue } from '../import.types.js';
import type { KnownKeys } from '../row-batch.types.js';

/**
 * Every difference between SQLite and PostgreSQL that the import meets, beside the database's
 * own (the core Dialect it extends): how imports take turns, the session settings of a bulk
 * load, and the connection the loaders write through. The import's steps (direct load, staged
 * import, checks, merge, attribution) are written once against this; each engine's side is the
 * matching file under `sqlite/` or `postgres/` (import-dialect.chooser.ts picks one).
 */
export interface ImportDialect extends Dialect {
  /** Settings of the connection for a whole import, made before its transaction; returns what undoes them. */
  prepareSession(dataSource: DataSource): () => void;
  /** Settings inside the import's transaction; returns what undoes them. */
  prepareTransaction(manager: EntityManager): (() => void) | Promise<() => void>;
  /**
   * Takes this import's turn to write, as the transaction's first statement: true at once when
   * no other import writes; else it calls `onWaiting` and waits, at most `waitMs` (undefined:
   * no limit), answering false when that passed.
   */
  claimTurn(manager: EntityManager, waitMs: number | undefined, onWaiting: () => void): Promise<boolean>;
  /** The connection holding the manager's transaction, as the loaders use it. */
  connect(manager: EntityManager): Promise<ImportConnection>;
  /** Every lead, for attributing records as they are read (null: too many to hold). */
  readLeadTable(manager: EntityManager): Promise<LeadTable | null>;
  /** How the staging table numbers its rows in the order they were written, and what ends it. */
  readonly stageSequence: { readonly column: string; readonly onCommit: string };
  /** The parts of the staged import's SQL that the engine needs written its own way. */
  readonly stagedSql: StagedSql;
}

/** The connection of an import's transaction: statements, bulk writes, savepoints, indexes. */
export interface ImportConnection {
  all<T>(sql: string): Promise<T[]>;
  run(sql: string): Promise<void>;
  /** Whether any row of `table` has one of `keys` in `column` (keys bound, never spliced into SQL). */
  hasAnyKey(table: string, column: string, keys: readonly string[]): Promise<boolean>;
  /** A writer of rows into `table`, many per statement (multi-row INSERTs, or one COPY). */
  openWriter(table: string, columns: readonly string[]): BulkWriter;
  /** The keys of each referenced table small enough to hold (readKnownKeys). */
  readKnownKeys(references: readonly ReferenceSpec[], limit?: number): Promise<KnownKeys>;
  /**
   * Drops the table's secondary indexes (and, where the engine enforces them during the
   * load, its foreign keys) before a load into it when empty; answers how to make them again.
   */
  dropIndexes(table: string): Promise<DroppedSchema>;
  /**
   * Builds indexes from their CREATE statements, with the engine's room for the sorts;
   * `parallelSorts`: nothing else of the import runs meanwhile (its parsing worker has stopped).
   */
  createIndexes(statements: readonly string[], parallelSorts?: boolean): Promise<void>;
  /** After a table was staged: what the engine needs to plan the checks well (statistics). */
  analyze(table: string): Promise<void>;
  /**
   * Whether a failure of a direct load is the rows' fault (a repeated key, an unknown
   * reference) or a refusal the staged import does not meet (no right to alter the table):
   * then the staged import runs and reports exactly.
   */
  isRowError(error: unknown): boolean;
}

export interface BulkWriter {
  /** Rows per write that suit the statement. */
  readonly batchRows: number;
  /** `rows` rows laid out flat in `params`. */
  write(params: readonly SqlValue[], rows: number): Promise<void>;
  /** Waits until the engine has taken every row. */
  end(): Promise<void>;
  /** Stops writing; the rows written since the last savepoint are to be rolled back. */
  abort(): Promise<void>;
}

export interface DroppedSchema {
  /** CREATE INDEX statements, to run once the table is loaded (or later). */
  readonly indexes: string[];
  /** ADD CONSTRAINT ... FOREIGN KEY statements: they check every row when run. */
  readonly foreignKeys: string[];
}

/** The staged import's SQL where engines differ (stage.checks.ts and stage.merge.ts run these). */
export interface StagedSql {
  /**
   * Statements that set `change` of each good staged row: 'insert' (its key is not stored),
   * 'update' (stored, some value differs) or NULL (stored as it is).
   */
  classify(spec: ImportSpec): readonly string[];
  /** Statements run before staged rows naming an unknown row of `reference.table` are looked for. */
  markUnknown(spec: ImportSpec, reference: ReferenceSpec): readonly string[];
  /** The condition that staged row `row` names an unknown row of `reference.table` (after markUnknown). */
  unknown(spec: ImportSpec, reference: ReferenceSpec, row: string): string;
  /** The columns an upsert into the spec's table names in ON CONFLICT: its unique key. */
  conflictColumns(spec: ImportSpec): readonly string[];
  /** Statements run just before the upsert of the spec's staged inserts and updates. */
  beforeUpsert(spec: ImportSpec): readonly string[];
}
