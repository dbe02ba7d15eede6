import type BetterSqlite3 from 'better-sqlite3';
import type { ImportSpec, SqlValue } from './import.types.js';
import type { SqliteDatabase } from './sqlite.connection.js';
import { insertStageSql } from './stage.sql.js';

/** Rows per INSERT: large enough to amortize each statement, well under SQLite's parameter limit. */
export const STAGE_BATCH_ROWS = 500;

/** Buffers staged rows and writes them in multi-row prepared INSERTs. */
export class StageWriter {
  private readonly full: BetterSqlite3.Statement;
  private params: SqlValue[] = [];
  private rows = 0;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly spec: ImportSpec,
  ) {
    this.full = db.prepare(insertStageSql(spec, STAGE_BATCH_ROWS));
  }

  add(fileIndex: number, line: number, ok: boolean, values: readonly SqlValue[]): void {
    this.params.push(fileIndex, line, ok ? 1 : 0, ...values);
    this.rows += 1;
    if (this.rows === STAGE_BATCH_ROWS) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    const statement = this.rows === STAGE_BATCH_ROWS ? this.full : this.db.prepare(insertStageSql(this.spec, this.rows));
    statement.run(this.params);
    this.params = [];
    this.rows = 0;
  }
}
