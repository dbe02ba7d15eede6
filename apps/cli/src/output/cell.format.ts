/**
 * What a result cell may hold: the library's values, and booleans, which the analyses may
 * return (a missed call returned or not) before the command language carries them as text.
 */
export type CellValue = string | number | boolean | null | undefined;

/**
 * A cell value as text for people: a missing value as a dash so blank never hides it, yes/no
 * for a boolean; a tab or another control character (a line break aside) as a space, as a
 * terminal would not show it in its column (and the table package refuses it).
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined || value === '') return '-';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  // Control characters (a tab, a line break) would break the table's grid: they are what it replaces.
  // eslint-disable-next-line no-control-regex
  return String(value).replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
}

/** Display width in code points (the `table` package measures the same way for plain text). */
export function textWidth(text: string): number {
  return [...text].length;
}

/** `text` padded with spaces to `width` columns, on the side `align` leaves free. */
export function padCell(text: string, width: number, align: 'left' | 'right'): string {
  const gap = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

/** Cuts `text` to `width` columns, ending in … when anything was cut. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  return `${[...text].slice(0, width - 1).join('')}…`;
}
