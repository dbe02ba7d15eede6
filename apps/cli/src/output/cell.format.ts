/** A cell value as text: numbers as written, a missing value as a dash so blank never hides it. */
export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '-';
  return String(value);
}

/** Display width in code points (the `table` package measures the same way for plain text). */
export function textWidth(text: string): number {
  return [...text].length;
}

/** Cuts `text` to `width` columns, ending in … when anything was cut. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  return `${[...text].slice(0, width - 1).join('')}…`;
}
