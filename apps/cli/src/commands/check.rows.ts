import type { QueryResult } from '@hcdm/analytics';

/**
 * How many rows `hcdm check` counts in a result: a list's rows; a summary is one; a heatmap's
 * cells with a count (its 168 cells are always there, so only the busy ones say anything); a bar
 * chart, likewise, its bars above 0 (a trend lists every bucket, empty ones too); a profile, the
 * rows of its sections together.
 */
export function checkedRows(result: QueryResult): number {
  switch (result.shape) {
    case 'list':
      return result.rows.length;
    case 'summary':
      return 1;
    case 'heatmap':
      return result.rows.filter((row) => typeof row.count === 'number' && row.count > 0).length;
    case 'bars':
      return result.rows.filter((row) => {
        const value = row[result.bars.value];
        return typeof value === 'number' && value > 0;
      }).length;
    case 'sections':
      return result.sections.reduce((total, section) => total + checkedRows(section.result), 0);
  }
}
