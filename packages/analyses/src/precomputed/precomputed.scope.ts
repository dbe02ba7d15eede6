/**
 * Which rows of the precomputed tables a pass writes: all of them (a rebuild), or those of the
 * customers listed in a one-column `customer_id` table (the customers a write touched: every row
 * of a precomputed table but the quarter hours belongs to one customer, so recomputing theirs
 * from the data is exact).
 */
export type PrecomputedScope = { readonly kind: 'all' } | { readonly kind: 'customers-in-table'; readonly table: string };

export const ALL_ROWS: PrecomputedScope = { kind: 'all' };

/** `AND <column> IN (the scope's customers)`, or nothing for all rows. */
export function andInScope(column: string, scope: PrecomputedScope): string {
  if (scope.kind === 'all') return '';
  if (!/^[A-Za-z_][\w.]*$/.test(scope.table)) throw new Error(`precomputed scope: bad table name ${scope.table}`);
  return ` AND ${column} IN (SELECT customer_id FROM ${scope.table})`;
}
