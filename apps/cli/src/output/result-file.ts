import { appendFileWhole, writeFileAtomically } from '@hcdm/core';
import type { QueryResult } from '@hcdm/analytics';
import { formatResult, type OutputFormat } from './result.format.js';
import { DEFAULT_WIDTH } from './table.format.js';

/** `create` replaces the file; `append` adds after what an earlier result of the session wrote. */
export type WriteMode = 'create' | 'append';

/**
 * Writes a result to `path` in `format` and answers the line that tells the user where it went.
 * A file is no terminal, so a table is drawn for 80 columns and a bar chart in ASCII.
 */
export function writeResultFile(result: QueryResult, format: OutputFormat, path: string, mode: WriteMode): string {
  const text = formatResult(result, format, DEFAULT_WIDTH);
  // A full disk leaves the file as it was (none, or the session's earlier results), never half a result.
  if (mode === 'create') writeFileAtomically(path, text);
  else appendFileWhole(path, text);
  const what = result.title === '' ? result.command : result.title;
  return `${mode === 'create' ? 'Wrote' : 'Added'} ${describeSize(result)} as ${format} to ${path}: ${what}`;
}

function describeSize(result: QueryResult): string {
  switch (result.shape) {
    case 'summary':
      return 'a summary';
    case 'heatmap':
      return 'a heatmap';
    case 'bars':
      return `a bar chart of ${result.rows.length} bar${result.rows.length === 1 ? '' : 's'}`;
    case 'sections':
      return `${result.sections.length} sections`;
    case 'list':
      return `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`;
  }
}
