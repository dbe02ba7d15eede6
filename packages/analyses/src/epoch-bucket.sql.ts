/**
 * The earliest instant a Date can hold, negated (8.64e15 ms, a whole number of quarter hours and
 * of days): added before dividing, it keeps the dividend positive, so integer division floors for
 * instants before 1970 too, and year 9999 still stays below 2^53.
 */
const SHIFT_MS = 8_640_000_000_000_000;

/**
 * The bucket of `column` (epoch ms) in buckets of `bucketMs` from 1970, floored: epoch ms /
 * bucketMs rounded down, in integer arithmetic that SQLite and PostgreSQL run alike. `bucketMs`
 * divides a day (a quarter hour, a day).
 */
export function epochBucketSql(column: string, bucketMs: number): string {
  const shift = SHIFT_MS / bucketMs;
  return `(${column} + ${SHIFT_MS}) / ${bucketMs} - ${shift}`;
}
