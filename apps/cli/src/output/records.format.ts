import type { QueryColumn } from '@hcdm/analytics';
import { textWidth, truncate } from './cell.format.js';

/**
 * Rows too wide for a table, one record each (as psql's expanded display): a numbered rule,
 * then `Label  value` lines, values cut with … to fit `maxWidth`.
 */
export function formatRecords(columns: readonly QueryColumn[], cells: readonly string[][], maxWidth: number): string {
  const labelWidth = Math.max(...columns.map((column) => textWidth(column.header)));
  const valueWidth = Math.max(maxWidth - labelWidth - 2, 8);
  const blocks = cells.map((row, index) => {
    const rule = `-[ ${index + 1} ]`.padEnd(Math.min(maxWidth, labelWidth + 2 + valueWidth), '-');
    const lines = columns.map((column, at) => `${column.header.padEnd(labelWidth)}  ${truncate(row[at] ?? '', valueWidth)}`);
    return [rule, ...lines].join('\n');
  });
  return `${blocks.join('\n')}\n`;
}
