import type { QueryResult } from '@hcdm/analytics';
import { formatCsv } from './csv.format.js';
import { formatHelp } from './help.format.js';
import { formatJson } from './json.format.js';
import { formatSummary } from './summary.format.js';
import { DEFAULT_WIDTH, formatTable } from './table.format.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A query result in the chosen format; `table` draws a summary as `Label: value` lines. */
export function formatResult(result: QueryResult, format: OutputFormat, width = DEFAULT_WIDTH): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'csv':
      return formatCsv(result);
    case 'table':
      if (result.command === 'help') return formatHelp(result);
      return result.shape === 'summary' ? formatSummary(result) : formatTable(result, width);
  }
}
