import type { BarsResult, QueryColumn } from '@hcdm/analytics';
import { cellText, textWidth } from './cell.format.js';
import { DEFAULT_WIDTH, formatTable } from './table.format.js';

/**
 * How bars are drawn: `blocks` in eighths of a character (`█▉▊▋▌▍▎▏`) on a terminal; `ascii`
 * whole `#` characters where the output is not a terminal (a file, a pipe, a mail), so it
 * reads the same in any encoding, as the tables do.
 */
export type BarGlyphs = 'blocks' | 'ascii';

/** A bar narrower than this says too little: below it the rows are drawn as a table. */
export const MIN_BAR_WIDTH = 10;

/** Spaces between the label, the bar, the value and each further column. */
const GAP = '  ';

/** The partial last cell of a block bar, by eighths: index 1 is one eighth (▏) .. 7 is seven (▉). */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

type Bars = Pick<BarsResult, 'title' | 'columns' | 'rows' | 'bars'>;

/**
 * A bar chart in `width` columns: the title, a header line, then one line per row: its label,
 * its bar (the largest value fills the width left, a zero draws nothing, any other value at
 * least an eighth, or one `#`, so it shows), its value and the row's other columns, each column
 * padded to its widest cell and aligned as the column says. Too narrow for a bar of
 * MIN_BAR_WIDTH, the rows are drawn as a table.
 */
export function formatBars(result: Bars, width = DEFAULT_WIDTH, glyphs: BarGlyphs = 'ascii'): string {
  const title = result.title ? `${result.title}\n` : '';
  if (result.rows.length === 0) return `${title}(no rows)\n`;
  const label = columnOf(result, result.bars.label, 'left');
  const value = columnOf(result, result.bars.value, 'right');
  const others = result.columns.filter((column) => column.key !== label.key && column.key !== value.key);
  const right = [value, ...others];
  const labels = cellsOf(result, label);
  const rightCells = right.map((column) => cellsOf(result, column));
  const labelWidth = widest(label, labels);
  const rightWidths = right.map((column, index) => widest(column, rightCells[index] ?? []));
  const barWidth = width - labelWidth - rightWidths.reduce((sum, each) => sum + GAP.length + each, 0) - GAP.length;
  if (barWidth < MIN_BAR_WIDTH) return formatTable(result, width);

  const amounts = result.rows.map((row) => amountOf(row[value.key]));
  const max = Math.max(0, ...amounts);
  const line = (first: string, bar: string, rest: readonly string[]) =>
    [pad(first, labelWidth, 'left'), pad(bar, barWidth, 'left'), ...rest.map((cell, index) => pad(cell, rightWidths[index] ?? 0, right[index]?.align ?? 'right'))]
      .join(GAP)
      .trimEnd();
  const header = line(label.header, '', right.map((column) => column.header));
  const body = result.rows.map((_, index) => line(labels[index] ?? '', drawBar(amounts[index] ?? 0, max, barWidth, glyphs), rightCells.map((cells) => cells[index] ?? '')));
  return `${title}${[header, ...body].join('\n')}\n`;
}

/**
 * A bar of `amount` out of `max` in at most `width` cells, rounded to the nearest eighth (blocks)
 * or cell (ascii); nothing for 0 or less, never less than the smallest mark for more.
 */
export function drawBar(amount: number, max: number, width: number, glyphs: BarGlyphs): string {
  if (amount <= 0 || max <= 0) return '';
  const steps = glyphs === 'blocks' ? 8 : 1;
  const units = Math.max(1, Math.round((amount / max) * width * steps));
  if (glyphs === 'ascii') return '#'.repeat(units);
  return '█'.repeat(Math.floor(units / 8)) + EIGHTHS[units % 8];
}

/** The named column, or one made from the key when the result lists it only in its rows. */
function columnOf(result: Bars, key: string, align: QueryColumn['align']): QueryColumn {
  return result.columns.find((column) => column.key === key) ?? { key, header: key, align };
}

/** The column's cells as one-line text: a line break inside a label would break the chart's rows. */
function cellsOf(result: Bars, column: QueryColumn): string[] {
  return result.rows.map((row) => cellText(row[column.key]).replace(/\r?\n|\r/g, ' '));
}

function widest(column: QueryColumn, cells: readonly string[]): number {
  return Math.max(textWidth(column.header), ...cells.map(textWidth));
}

/** A bar's length comes from a number; anything else (a missing value) draws none. */
function amountOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function pad(text: string, width: number, align: QueryColumn['align']): string {
  const gap = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}
