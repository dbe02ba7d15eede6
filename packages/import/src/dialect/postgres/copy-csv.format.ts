import type { SqlValue } from '../../import.types.js';

/**
 * Rows of bound values as the CSV that PostgreSQL's `COPY ... FROM STDIN (FORMAT csv)` reads:
 * null is an empty unquoted field (COPY's NULL), every string is quoted (so an empty string
 * stays a string, and no value can read as the end-of-data marker `\.`), and numbers are
 * written in JavaScript's shortest exact form, which PostgreSQL reads back to the same double.
 */
export function copyCsvRows(params: readonly SqlValue[], width: number, rows: number): string {
  let text = '';
  for (let row = 0, index = 0; row < rows; row += 1) {
    for (let column = 0; column < width; column += 1, index += 1) {
      if (column > 0) text += ',';
      const value = params[index];
      if (value === null || value === undefined) continue;
      text += typeof value === 'number' ? String(value) : quote(value);
    }
    text += '\n';
  }
  return text;
}

function quote(value: string): string {
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}
