import type BetterSqlite3 from 'better-sqlite3';
import type { SqlValue } from '../../import.types.js';
import type { BulkWriter } from '../import-dialect.js';
import type { SqliteDatabase } from '@hcdm/core';

/** SQLite's default limit of bound parameters in one statement (since 3.32), with room to spare. */
const MAX_PARAMETERS = 32_000;

/** Rows per INSERT: large enough to amortize each statement, under the parameter limit. */
const MAX_BATCH_ROWS = 1000;

/** The rows per batch for rows of `width` values. */
function batchRowsFor(width: number): number {
  return Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMETERS / width)));
}

/** A multi-row `INSERT INTO table (columns) VALUES (...), (...)` of `rows` rows. */
function multiRowInsertSql(table: string, columns: readonly string[], rows: number): string {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`;
}

/**
 * Writes batches of rows, flat arrays of bound values, through the driver in large prepared
 * multi-row INSERTs: one statement per batch instead of one per row, no TypeORM objects. The
 * full-batch statement is prepared once; a shorter batch (the end of a file) gets its own.
 * Each INSERT is done when it returns, so ending and aborting have nothing to wait for.
 */
export class SqliteBulkWriter implements BulkWriter {
  readonly batchRows: number;
  private readonly full: BetterSqlite3.Statement;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.batchRows = batchRowsFor(columns.length);
    this.full = db.prepare(multiRowInsertSql(table, columns, this.batchRows));
  }

  async write(params: readonly SqlValue[], rows: number): Promise<void> {
    if (rows === 0) return;
    const statement = rows === this.batchRows ? this.full : this.db.prepare(multiRowInsertSql(this.table, this.columns, rows));
    statement.run(params);
  }

  async end(): Promise<void> {}

  async abort(): Promise<void> {}
}
