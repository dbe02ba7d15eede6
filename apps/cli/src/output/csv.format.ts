import { stringify } from 'csv-stringify/sync';
import type { QueryResult } from '@hcdm/analytics';

/**
 * A header of the JSON keys, then one line per row, so CSV and JSON hold the same fields (ids
 * the table leaves out, such as customerId, included); a missing value is an empty field and a
 * boolean is true or false, as in JSON (csv-stringify would write 1 and an empty field).
 */
export function formatCsv(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  const keys = new Set([...Object.keys(result.rows[0] ?? {}), ...result.columns.map((column) => column.key)]);
  return stringify(result.rows as Record<string, unknown>[], {
    header: true,
    columns: [...keys].map((key) => ({ key, header: key })),
    cast: { boolean: (value) => String(value) },
  });
}
