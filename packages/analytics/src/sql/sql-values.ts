import type { SqlResult, SqlRow, SqlValue } from './sql-result.types.js';

/**
 * A driver's value as JSON can hold it, so every output format can print it: bytes as
 * PostgreSQL writes bytea (`\x0a1b`), a date as ISO 8601, a bigint as a number while exact and
 * as text beyond that, a JSON or array value as its JSON text.
 */
export function toSqlValue(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  return JSON.stringify(value);
}

/** Column names made unique in order: a repeated name gets `_2`, `_3` (skipping any name already taken). */
export function uniqueColumnNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let suffix = 2; taken.has(unique); suffix += 1) unique = `${name}_${suffix}`;
    taken.add(unique);
    return unique;
  });
}

/** Rows as the driver gives them in array mode, as objects keyed by the unique names. */
export function sqlResultOf(names: readonly string[], rows: readonly (readonly unknown[])[]): SqlResult {
  const columns = uniqueColumnNames(names);
  return {
    columns,
    rows: rows.map((values) => {
      const row: SqlRow = {};
      columns.forEach((column, index) => {
        row[column] = toSqlValue(values[index]);
      });
      return row;
    }),
  };
}
