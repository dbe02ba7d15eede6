/** One column of a result: its row key (camelCase, as in DOMAIN.md), its header, its alignment. */
export interface QueryColumn {
  readonly key: string;
  readonly header: string;
  readonly align: 'left' | 'right';
}

export type QueryValue = string | number | null;
export type QueryRow = Record<string, QueryValue>;

/** What every command returns; the CLI only formats it (table, JSON, CSV). */
export interface QueryResult {
  /** The canonical form of what ran, period included. */
  readonly command: string;
  readonly title: string;
  /** A summary has exactly one row. */
  readonly shape: 'list' | 'summary';
  readonly columns: QueryColumn[];
  /** Keyed by the columns' keys, plus ids the table leaves out (customerId). */
  readonly rows: QueryRow[];
}
