import { getBorderCharacters, table } from 'table';
import type { QueryColumn, QueryResult } from '@hcdm/analytics';
import { cellText, textWidth, truncate, type CellValue } from './cell.format.js';
import { fitColumnWidths, tableWidth, type ColumnToFit } from './column-widths.js';
import { formatRecords } from './records.format.js';
import { drawBodyRows, isOneLineText } from './table-body.draw.js';

/** The terminal width assumed when output does not go to a terminal. */
export const DEFAULT_WIDTH = 80;

type Row = Record<string, CellValue>;

/** Plain ASCII, `+` at every joint, as in the seed's session (and safe on any terminal). */
const BORDER = { ...getBorderCharacters('ramac'), joinLeft: '+', joinRight: '+', joinJoin: '+' };

/**
 * A list as an ASCII table that fits `maxWidth` columns: long text is cut with …, numbers,
 * ids, phones and timestamps are never cut, numbers sit right-aligned. The title goes on the line above. When even
 * cut text cannot make the table fit, each row is shown as a record of `Label  value` lines.
 */
export function formatTable(result: Pick<QueryResult, 'title' | 'columns' | 'rows'>, maxWidth = DEFAULT_WIDTH): string {
  const title = result.title ? `${result.title}\n` : '';
  if (result.rows.length === 0) return `${title}(no rows)\n`;
  const cells = result.rows.map((row) => result.columns.map((column) => cellText(row[column.key])));
  const widths = fitColumnWidths(measure(result.columns, cells), maxWidth);
  if (tableWidth(widths) > maxWidth) return title + formatRecords(result.columns, cells, maxWidth);
  return title + draw(result.columns, cells, widths);
}

/** The bare table, fitted to `maxWidth` as far as it goes (the import summary, the sample files). */
export function drawTable(columns: readonly QueryColumn[], rows: readonly Row[], maxWidth = DEFAULT_WIDTH): string {
  const cells = rows.map((row) => columns.map((column) => cellText(row[column.key])));
  return draw(columns, cells, fitColumnWidths(measure(columns, cells), maxWidth));
}

function measure(columns: readonly QueryColumn[], cells: readonly string[][]): ColumnToFit[] {
  return columns.map((column, index) => {
    const widest = Math.max(0, ...cells.map((row) => textWidth(row[index] ?? '')));
    return {
      natural: Math.max(textWidth(column.header), widest),
      wrapMin: Math.max(longestWord(column.header), widest),
      cuttable: column.align === 'left' && isFreeText(cells, index),
    };
  });
}

/** Headers wrap at spaces (`Call` / `Count`) and are cut only when one word is too long; text cells are cut. */
function draw(columns: readonly QueryColumn[], cells: readonly string[][], widths: readonly number[]): string {
  const header = columns.map((column, index) => {
    const width = widths[index] ?? 0;
    return longestWord(column.header) > width ? truncate(column.header, width) : column.header;
  });
  const body = cells.map((row) => row.map((cell, index) => truncate(cell, widths[index] ?? 0)));
  const viaPackage = (rows: readonly string[][]) =>
    table(rows, {
      border: BORDER,
      columns: columns.map((column, index) => ({ width: Math.max(1, widths[index] ?? 1), alignment: column.align, wrapWord: true })),
      // Lines only around the header and at the ends, like the seed's session.
      drawHorizontalLine: (line, size) => line === 0 || line === 1 || line === size,
    });
  // A cell of several lines is left to the package, which lays it out; plain rows are drawn directly.
  if (body.length === 0 || !isOneLineText(body)) return viaPackage([header, ...body]);
  const head = viaPackage([header]); // top line, header, and the rule below it, which is also the bottom line
  const rule = head.slice(head.lastIndexOf('\n', head.length - 2) + 1);
  return head + drawBodyRows(body, widths, columns.map((column) => column.align)) + rule;
}

/**
 * Text with spaces (names, titles, places) can lose its end; a single token (an id, a phone, a
 * timestamp) cut short is wrong or useless, so such a column is never cut.
 */
function isFreeText(cells: readonly string[][], index: number): boolean {
  return cells.some((row) => /\s/.test(row[index] ?? ''));
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(' ').map(textWidth));
}
