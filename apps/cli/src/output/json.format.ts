import type { QueryResult } from '@hcdm/analytics';

/** A list as a JSON array of row objects; a summary as its one object. */
export function formatJson(result: Pick<QueryResult, 'shape' | 'rows'>): string {
  const value = result.shape === 'summary' ? (result.rows[0] ?? {}) : result.rows;
  return `${JSON.stringify(value, null, 2)}\n`;
}
