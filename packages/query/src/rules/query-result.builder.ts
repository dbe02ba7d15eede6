import type { QueryColumn, QueryRow, QueryValue } from '../query-result.types.js';

export function textColumn(key: string, header: string): QueryColumn {
  return { key, header, align: 'left' };
}

export function numberColumn(key: string, header: string): QueryColumn {
  return { key, header, align: 'right' };
}

/** Copies only `keys` out of each row, in that order, so a result's rows hold what it shows. */
export function pickRows(rows: readonly object[], keys: readonly string[]): QueryRow[] {
  return rows.map((row) => {
    const values = row as Record<string, QueryValue | undefined>;
    return Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
  });
}
