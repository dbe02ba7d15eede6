import type { QueryResult } from '@hcdm/analytics';
import { formatBars, type BarGlyphs } from './bars.format.js';
import { formatCsv } from './csv.format.js';
import { formatHeatmap } from './heatmap.format.js';
import { formatHeatmapMarkdown } from './heatmap-markdown.format.js';
import { formatHelp } from './help.format.js';
import { formatJson } from './json.format.js';
import { formatMarkdown } from './markdown.format.js';
import { formatNdjson } from './ndjson.format.js';
import { formatSections } from './sections.format.js';
import { formatSummary } from './summary.format.js';
import { DEFAULT_WIDTH, formatTable } from './table.format.js';

import type { OutputFormat } from './output-format.js';

export { OUTPUT_FORMATS, type OutputFormat } from './output-format.js';

/**
 * A query result in the chosen format. For people (`table`, `md`) each shape has its own
 * drawing: a summary as `Label: value` lines, a heatmap as a shaded grid, a bar chart as bars
 * (`glyphs`: blocks on a terminal, else ASCII), sections one by one; the machine formats print
 * the rows (JSON: the library's `resultToJson`; Markdown a table of them).
 */
export function formatResult(result: QueryResult, format: OutputFormat, width = DEFAULT_WIDTH, glyphs: BarGlyphs = 'ascii'): string {
  if (result.shape === 'sections') {
    return formatSections(result, format, { table: (section) => formatResult(section, 'table', width, glyphs), md: markdownAt });
  }
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'ndjson':
      return formatNdjson(result);
    case 'csv':
      return formatCsv(result);
    case 'md':
      return markdownAt(result, 2);
    case 'table':
      return tableOf(result, width, glyphs);
  }
}

function tableOf(result: QueryResult, width: number, glyphs: BarGlyphs): string {
  if (result.command === 'help') return formatHelp(result);
  if (result.shape === 'summary') return formatSummary(result);
  if (result.shape === 'heatmap') return formatHeatmap(result);
  if (result.shape === 'bars') return formatBars(result, width, glyphs);
  return formatTable(result, width);
}

function markdownAt(result: QueryResult, level: number): string {
  return result.shape === 'heatmap' ? formatHeatmapMarkdown(result, level) : formatMarkdown(result, level);
}
