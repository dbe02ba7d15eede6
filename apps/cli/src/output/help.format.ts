import type { QueryResult } from '@hcdm/analytics';

/**
 * `help` as an indented list rather than a table: its examples are the point, and a table
 * 80 columns wide would cut them.
 */
export function formatHelp(result: Pick<QueryResult, 'title' | 'rows'>): string {
  const entries = result.rows.map((row) =>
    [`  ${String(row.command ?? '')}`, `      ${String(row.description ?? '')}`, `      e.g. ${String(row.example ?? '')}`].join('\n'),
  );
  return `${result.title}\n${entries.join('\n')}\n`;
}
