/** A value as `db.sql` answers it: what JSON can hold, whatever the engine returned. */
export type SqlValue = string | number | boolean | null;

export type SqlRow = Record<string, SqlValue>;

/** The rows of one read-only statement. */
export interface SqlResult {
  /**
   * The result's column names in order, each once: a name the statement repeats
   * (`SELECT 1 AS n, 2 AS n`) gets `_2`, `_3` after it, so every row can keep every value.
   */
  readonly columns: readonly string[];
  /** One object a row, keyed by `columns`. */
  readonly rows: SqlRow[];
}
