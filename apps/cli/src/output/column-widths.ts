/** What the width fitter needs to know of a column. */
export interface ColumnToFit {
  /** The widest cell of the column, header included. */
  readonly natural: number;
  /** Only text columns shrink: a cut number would be a wrong number. */
  readonly shrinkable: boolean;
}

/** No text column is cut below this, so a cut value stays recognizable. */
export const MIN_TEXT_WIDTH = 8;

/** Border and padding of a table drawn with one space each side of a cell and `|` between. */
export function frameWidth(columnCount: number): number {
  return 3 * columnCount + 1;
}

/**
 * Widths that fit `maxWidth` columns in all: takes one character at a time from the widest
 * text column until the table fits, or every text column is at its minimum (then it stays wider).
 */
export function fitColumnWidths(columns: readonly ColumnToFit[], maxWidth: number): number[] {
  const widths = columns.map((column) => column.natural);
  let excess = widths.reduce((sum, width) => sum + width, 0) + frameWidth(columns.length) - maxWidth;
  while (excess > 0) {
    const widest = widestShrinkable(columns, widths);
    if (widest === -1) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess -= 1;
  }
  return widths;
}

function widestShrinkable(columns: readonly ColumnToFit[], widths: readonly number[]): number {
  let best = -1;
  columns.forEach((column, index) => {
    const width = widths[index] ?? 0;
    if (!column.shrinkable || width <= MIN_TEXT_WIDTH) return;
    if (best === -1 || width > (widths[best] ?? 0)) best = index;
  });
  return best;
}
