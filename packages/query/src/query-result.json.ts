import type { QueryResult, QueryRow } from './query-result.types.js';

/** What `--format json` prints: rows, one row, or an object of named sections. */
export type QueryJson = QueryRow | QueryRow[] | { readonly [section: string]: QueryJson };

/**
 * The JSON value of any result: a list, a heatmap or a bar chart is its rows, a summary its one row, and a
 * sectioned result (a customer profile) one object with each section's JSON under its name:
 * `{ summary: {...}, leads: [...], timeline: [...] }`.
 */
export function resultToJson(result: QueryResult): QueryJson {
  switch (result.shape) {
    case 'list':
    case 'heatmap':
    case 'bars':
      return result.rows;
    case 'summary':
      return result.rows[0] ?? {};
    case 'sections':
      return Object.fromEntries(result.sections.map((section) => [section.name, resultToJson(section.result)]));
  }
}
