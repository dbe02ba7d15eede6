import { stringify } from 'csv-stringify/sync';
import type { QueryResult } from '@hcdm/analytics';

/** A header of the JSON keys, then one line per row; a missing value is an empty field. */
export function formatCsv(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  return stringify(result.rows as Record<string, unknown>[], {
    header: true,
    columns: result.columns.map((column) => ({ key: column.key, header: column.key })),
  });
}
