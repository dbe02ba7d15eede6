/** One column of a result: its row key (camelCase, as in DOMAIN.md), its header, its alignment. */
export interface QueryColumn {
  readonly key: string;
  readonly header: string;
  readonly align: 'left' | 'right';
}

export type QueryValue = string | number | boolean | null;
export type QueryRow = Record<string, QueryValue>;

interface QueryResultBase {
  /** The canonical form of what ran, period included. */
  readonly command: string;
  readonly title: string;
  readonly columns: QueryColumn[];
  /** Keyed by the columns' keys, plus ids the table leaves out (customerId). */
  readonly rows: QueryRow[];
}

/** Rows of a table. */
export interface ListResult extends QueryResultBase {
  readonly shape: 'list';
}

/** Exactly one row. */
export interface SummaryResult extends QueryResultBase {
  readonly shape: 'summary';
}

/**
 * A weekday × hour grid: 168 rows `{ weekday: 'Mon'..'Sun', hour: 0..23, count }`, Monday
 * 0:00 first, weekday then hour, zeros included. The CLI draws the grid; the machine formats
 * print the rows.
 */
export interface HeatmapResult extends QueryResultBase {
  readonly shape: 'heatmap';
}

/** One named part of a sectioned result; its name is its key in the JSON object. */
export interface QuerySection {
  readonly name: string;
  readonly result: QueryResult;
}

/** Several results under one title (a customer profile); `columns` and `rows` are empty. */
export interface SectionsResult extends QueryResultBase {
  readonly shape: 'sections';
  readonly sections: readonly QuerySection[];
}

/** Which row keys a bar chart draws: the text beside each bar, and the number its length is proportional to. */
export interface BarsAxes {
  readonly label: string;
  readonly value: string;
}

/**
 * Rows drawn as horizontal bars (a trend over time, a funnel's stages): one bar a row, in row
 * order, the longest for the largest `bars.value`, the row's other columns beside it. The machine
 * formats print the rows, as for a list.
 */
export interface BarsResult extends QueryResultBase {
  readonly shape: 'bars';
  readonly bars: BarsAxes;
}

/** What every command returns; the CLI only formats it (table, grid, bars, JSON, CSV). */
export type QueryResult = ListResult | SummaryResult | HeatmapResult | SectionsResult | BarsResult;

export type QueryShape = QueryResult['shape'];
