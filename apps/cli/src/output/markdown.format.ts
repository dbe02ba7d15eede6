import type { QueryColumn, QueryResult } from '@hcdm/analytics';
import type { CellValue } from './cell.format.js';

type Row = Record<string, CellValue>;

const FIELD_VALUE: readonly QueryColumn[] = [
  { key: 'field', header: 'Field', align: 'left' },
  { key: 'value', header: 'Value', align: 'left' },
];

/**
 * A GitHub Markdown table under the title as a heading (of `level`), for pasting into a report or an issue.
 * A list has the table's columns (numbers right-aligned); a summary is a two-column Field | Value
 * table, as it would not fit as one wide row. It ends with a blank line, so results written one
 * after another (a session, --out) stay separate tables.
 */
export function formatMarkdown(result: Pick<QueryResult, 'title' | 'shape' | 'columns' | 'rows'>, level = 2): string {
  const heading = result.title ? `${'#'.repeat(level)} ${escapeMarkdown(result.title)}\n\n` : '';
  if (result.shape !== 'summary') return `${heading}${markdownTable(result.columns, result.rows)}\n`;
  const row: Row = result.rows[0] ?? {};
  const pairs = result.columns.map((column) => ({ field: column.header, value: row[column.key] }));
  return `${heading}${markdownTable(FIELD_VALUE, pairs)}\n`;
}

/** Header, alignment row, one line per row; a missing value is an empty cell, a boolean yes or no. */
export function markdownTable(columns: readonly QueryColumn[], rows: readonly Row[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
  const header = line(columns.map((column) => escapeMarkdown(column.header)));
  const rule = line(columns.map((column) => (column.align === 'right' ? '---:' : '---')));
  return header + rule + rows.map((row) => line(columns.map((column) => markdownCell(row[column.key])))).join('');
}

function markdownCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return escapeMarkdown(String(value));
}

/**
 * Backslash before every character Markdown would read as markup (a pipe would end the cell, a
 * star start emphasis), so the rendered text is the data; a line break becomes <br>, which
 * GitHub renders inside a cell where a real one would end the table.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\r?\n|\r/g, '<br>');
}
