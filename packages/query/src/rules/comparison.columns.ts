import { withPrevious } from '@hcdm/analyses';
import type { QueryColumn, QueryRow } from '../query-result.types.js';
import { numberColumn } from './query-result.builder.js';

/**
 * The columns of a compared result: after each column of `keys`, its previous figure and the
 * change; with `percentages` (a summary, one figure a line) the change in percent too. A list
 * compares only the figure it is ranked by, so the table still fits 80 columns; its rows carry
 * all of them (JSON, CSV).
 */
export function comparedColumns(columns: readonly QueryColumn[], keys: readonly string[], percentages: boolean): QueryColumn[] {
  return columns.flatMap((column) => {
    if (!keys.includes(column.key)) return [column];
    const previous = numberColumn(`${column.key}Previous`, `Previous ${column.header}`);
    const change = numberColumn(`${column.key}Change`, `${column.header} Change`);
    const pct = numberColumn(`${column.key}ChangePct`, `${column.header} Change %`);
    return percentages ? [column, previous, change, pct] : [column, previous, change];
  });
}

/** The keys a compared row holds for `figures`: each followed by its previous, change and percentage. */
export function comparedRowKeys(keys: readonly string[], figures: readonly string[]): string[] {
  return keys.flatMap((key) => (figures.includes(key) ? [key, `${key}Previous`, `${key}Change`, `${key}ChangePct`] : [key]));
}

/**
 * Each row beside its previous figures (`previousOf(row)`; undefined: nothing then, all 0), as
 * plain result rows holding `keys` and the comparison of each of `figures`.
 */
export function comparedRows<T extends object>(
  rows: readonly T[],
  previousOf: (row: T) => object | undefined,
  figures: readonly (keyof T & string)[],
): QueryRow[] {
  return rows.map((row) => withPrevious(row, previousOf(row) as Partial<Record<keyof T & string, number | null>> | undefined, figures) as QueryRow);
}
