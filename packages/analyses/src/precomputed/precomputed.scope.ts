/**
 * Which rows of the precomputed tables a pass writes: all of them (a rebuild), or those of the
 * customers listed in a one-column `customer_id` table (the customers a write touched: every row
 * of a precomputed table but the quarter hours belongs to one customer, so recomputing theirs
 * from the data is exact).
 */
export type PrecomputedScope = { readonly kind: 'all' } | { readonly kind: 'customers-in-table'; readonly table: string };

/**
 * A table's own rows listed by key in a one-column `id` table (the rows a logged write changed,
 * changed-rows.ts): the leads of the activity table, the calls of the missed calls table.
 */
export type ListedRows = { readonly kind: 'rows-in-table'; readonly table: string };

/** The rows of a per-lead or per-call table a pass writes: a PrecomputedScope, or listed rows. */
export type RowScope = PrecomputedScope | ListedRows;

export const ALL_ROWS: PrecomputedScope = { kind: 'all' };

/** `AND <column> IN (the scope's customers)`, or nothing for all rows. */
export function andInScope(column: string, scope: PrecomputedScope): string {
  if (scope.kind === 'all') return '';
  return ` AND ${column} IN (SELECT customer_id FROM ${checkedName(scope.table)})`;
}

/** `AND <key> IN (the listed rows)`. */
export function andListed(key: string, rows: ListedRows): string {
  return ` AND ${key} IN (SELECT id FROM ${checkedName(rows.table)})`;
}

/** `AND` the row is in the scope: its customer (`columns.customer`) or its key (`columns.key`, listed rows). */
export function andRowInScope(columns: { readonly customer: string; readonly key: string }, scope: RowScope): string {
  return scope.kind === 'rows-in-table' ? andListed(columns.key, scope) : andInScope(columns.customer, scope);
}

function checkedName(table: string): string {
  if (!/^[A-Za-z_][\w.]*$/.test(table)) throw new Error(`precomputed scope: bad table name ${table}`);
  return table;
}
