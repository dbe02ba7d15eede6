import { resultToJson, type QueryResult } from '@hcdm/analytics';

/** The library's JSON value of the result: rows, one row for a summary, an object of named sections. */
export function formatJson(result: QueryResult): string {
  return `${JSON.stringify(resultToJson(result), null, 2)}\n`;
}
