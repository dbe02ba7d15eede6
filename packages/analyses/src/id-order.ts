/**
 * Code-unit order, as SQL's binary collation (and PostgreSQL's "C") sorts ids: the order of
 * ties broken in TypeScript matches the ties the other rankings break in SQL.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
