import { WEEKDAYS } from '@hcdm/analytics';
import { type QueryColumn, type QueryResult } from '@hcdm/analytics';
import { heatmapGrid, HOURS } from './heatmap.grid.js';
import { escapeMarkdown, markdownTable } from './markdown.format.js';

const COLUMNS: readonly QueryColumn[] = [
  { key: 'weekday', header: 'Weekday', align: 'left' },
  ...HOURS.map((hour) => ({ key: hour, header: hour, align: 'right' as const })),
];

/** A heatmap for a report: the counts as a 7 x 24 Markdown table, weekday rows and hour columns. */
export function formatHeatmapMarkdown(result: Pick<QueryResult, 'title' | 'rows'>, level = 2): string {
  const rows = heatmapGrid(result).map((counts, day) => ({
    weekday: WEEKDAYS[day],
    ...Object.fromEntries(counts.map((count, hour) => [HOURS[hour], count])),
  }));
  const heading = result.title ? `${'#'.repeat(level)} ${escapeMarkdown(result.title)}\n\n` : '';
  return `${heading}${markdownTable(COLUMNS, rows)}\n`;
}
