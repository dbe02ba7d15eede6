import type { QueryResult } from '@hcdm/analytics';

/**
 * How many rows `hcdm check` counts in a result: a list's rows; a summary is one; a heatmap's
 * cells with a count (its 168 cells are always there, so only the busy ones say anything); a
 * profile, the rows of its sections together.
 */
export function checkedRows(result: QueryResult): number {
  switch (result.shape) {
    case 'list':
      return result.rows.length;
    case 'summary':
      return 1;
    case 'heatmap':
      return result.rows.filter((row) => typeof row.count === 'number' && row.count > 0).length;
    case 'sections':
      return result.sections.reduce((total, section) => total + checkedRows(section.result), 0);
  }
}
