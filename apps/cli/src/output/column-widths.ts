/** What the width fitter needs to know of a column. */
export interface ColumnToFit {
  /** The widest cell of the column, header included. */
  readonly natural: number;
  /** How narrow it gets without cutting anything: its header wraps at spaces, its cells stay whole. */
  readonly wrapMin: number;
  /** Text may be cut with … down to MIN_TEXT_WIDTH; a cut number or id would be a wrong one. */
  readonly cuttable: boolean;
}

/** No text column is cut below this, so a cut value stays recognizable. */
export const MIN_TEXT_WIDTH = 8;

/** Border and padding of a table drawn with one space each side of a cell and `|` between. */
export function frameWidth(columnCount: number): number {
  return 3 * columnCount + 1;
}

/** The width of a table drawn with these column widths. */
export function tableWidth(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width, 0) + frameWidth(widths.length);
}

/**
 * Widths that fit `maxWidth` in all. First headers wrap (nothing is lost), then text is cut,
 * one character at a time from the column with the most to give; when nothing can give any
 * more, the widths stay wider than `maxWidth` (the caller then lays the rows out otherwise).
 */
export function fitColumnWidths(columns: readonly ColumnToFit[], maxWidth: number): number[] {
  const widths = columns.map((column) => column.natural);
  let excess = tableWidth(widths) - maxWidth;
  const floors = [columns.map((column) => column.wrapMin), columns.map((column) => (column.cuttable ? Math.min(column.wrapMin, MIN_TEXT_WIDTH) : column.wrapMin))];
  for (const floor of floors) {
    while (excess > 0) {
      const index = mostToGive(widths, floor);
      if (index === -1) break;
      widths[index] = (widths[index] ?? 0) - 1;
      excess -= 1;
    }
  }
  return widths;
}

/** The column farthest above its floor (the first of equals), or -1 when all are at it. */
function mostToGive(widths: readonly number[], floor: readonly number[]): number {
  let best = -1;
  let bestSlack = 0;
  widths.forEach((width, index) => {
    const slack = width - (floor[index] ?? width);
    if (slack > bestSlack) [best, bestSlack] = [index, slack];
  });
  return best;
}
