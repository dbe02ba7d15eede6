/**
 * Aggregates come back as numbers from SQLite; from PostgreSQL bigint ones (COUNT(*)) are numbers
 * too (data-source.ts parses int8), but numeric ones (a SUM over bigint) are strings. SUM over no
 * rows is null: 0 here.
 */
export function toNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** Like {@link toNumber}, but keeps "no value" (MIN over no rows) as null. */
export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
