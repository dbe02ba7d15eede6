import { getBorderCharacters, table } from 'table';
import type { QueryColumn, QueryResult } from '@hcdm/analytics';
import { cellText, textWidth, truncate } from './cell.format.js';
import { fitColumnWidths } from './column-widths.js';

/** The terminal width assumed when output does not go to a terminal. */
export const DEFAULT_WIDTH = 80;

type Row = Record<string, string | number | null>;

/** Plain ASCII, `+` at every joint, as in the seed's session (and safe on any terminal). */
const BORDER = { ...getBorderCharacters('ramac'), joinLeft: '+', joinRight: '+', joinJoin: '+' };

/**
 * A list as an ASCII table that fits `maxWidth` columns: long text is cut with …, numbers are
 * never cut and sit right-aligned as their column says. The title goes on the line above.
 */
export function formatTable(result: Pick<QueryResult, 'title' | 'columns' | 'rows'>, maxWidth = DEFAULT_WIDTH): string {
  const title = result.title ? `${result.title}\n` : '';
  if (result.rows.length === 0) return `${title}(no rows)\n`;
  return title + drawTable(result.columns, result.rows, maxWidth);
}

/** The bare table, also used for the import summary and the help list. */
export function drawTable(columns: readonly QueryColumn[], rows: readonly Row[], maxWidth = DEFAULT_WIDTH): string {
  const body = rows.map((row) => columns.map((column) => cellText(row[column.key])));
  const headers = columns.map((column) => column.header);
  const widths = fitColumnWidths(
    columns.map((column, index) => ({
      natural: Math.max(textWidth(headers[index] ?? ''), ...body.map((cells) => textWidth(cells[index] ?? ''))),
      shrinkable: column.align === 'left',
    })),
    maxWidth,
  );
  const cut = (cells: string[]) => cells.map((cell, index) => truncate(cell, widths[index] ?? 0));
  return table([cut(headers), ...body.map(cut)], {
    border: BORDER,
    columns: columns.map((column, index) => ({ width: Math.max(1, widths[index] ?? 1), alignment: column.align })),
    // Lines only around the header and at the ends, like the seed's session.
    drawHorizontalLine: (line, size) => line === 0 || line === 1 || line === size,
  });
}
