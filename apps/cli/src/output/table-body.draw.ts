import { padCell } from './cell.format.js';

/** A cell the direct drawing cannot lay out on one line: a line break, a tab, another control character. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NOT_ONE_LINE = /[\u0000-\u001f\u007f]/;

/** True when every cell is plain one-line text, which {@link drawBodyRows} lays out as the `table` package would. */
export function isOneLineText(cells: readonly (readonly string[])[]): boolean {
  return cells.every((row) => row.every((cell) => !NOT_ONE_LINE.test(cell)));
}

/**
 * The body rows of a table, `| cell | cell |`, each cell padded to its column's width and
 * aligned. The `table` package measures every cell with regular expressions (2 s for 20,000
 * rows, against 50 ms here), so only the header goes through it. The cells must already fit
 * their widths (cut by the caller) and hold one line each.
 */
export function drawBodyRows(cells: readonly (readonly string[])[], widths: readonly number[], aligns: readonly ('left' | 'right')[]): string {
  return cells
    .map((row) => {
      const padded = row.map((cell, index) => padCell(cell, widths[index] ?? 0, aligns[index] ?? 'left'));
      return `| ${padded.join(' | ')} |\n`;
    })
    .join('');
}
