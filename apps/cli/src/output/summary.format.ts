import type { QueryResult } from '@hcdm/analytics';
import { cellText } from './cell.format.js';

/** A one-row result as `Label: value` lines, the title first, like the seed's session. */
export function formatSummary(result: Pick<QueryResult, 'title' | 'columns' | 'rows'>): string {
  const row = result.rows[0] ?? {};
  const lines = result.columns.map((column) => `${column.header}: ${cellText(row[column.key])}`);
  return [...(result.title ? [result.title] : []), ...lines].join('\n') + '\n';
}
