import { dialectOf, type InstantSpan, type TimeRange, queryNamed } from '@hcdm/core';
import { toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { epochBucketSql } from '../epoch-bucket.sql.js';

/** Calls and SMS counted per UTC quarter hour (built at import): what the heatmap groups. */
export const QUARTER_HOURS_TABLE = 'precomputed_quarter_hours';

const BUCKET_MS = 900_000;
// As the heatmap's own statement.
const BUCKET_SQL = epochBucketSql('occurred_at', BUCKET_MS);

/** Makes the table anew from the data: a cache of the data. */
export async function buildQuarterHoursTable(manager: EntityManager): Promise<void> {
  const text = dialectOf(manager).textColumnType;
  await manager.query(`DROP TABLE IF EXISTS ${QUARTER_HOURS_TABLE}`);
  await manager.query(`CREATE TABLE ${QUARTER_HOURS_TABLE} (source ${text} NOT NULL, bucket bigint NOT NULL, n bigint NOT NULL, PRIMARY KEY (source, bucket))`);
  for (const source of ['calls', 'sms'] as const) {
    await manager.query(`INSERT INTO ${QUARTER_HOURS_TABLE} (source, bucket, n) SELECT '${source}', ${BUCKET_SQL}, COUNT(*) FROM ${source} GROUP BY ${BUCKET_SQL}`);
  }
}

/**
 * Counts again the quarter hours `span` reaches of `source`'s records: what a write changed
 * there (the counts are of all records, whatever their customer, so a merge changes none).
 */
export async function refreshQuarterHours(manager: EntityManager, source: 'calls' | 'sms', span: InstantSpan): Promise<void> {
  const parameters = { source, first: Math.floor(span.from / BUCKET_MS), last: Math.floor(span.to / BUCKET_MS) };
  await queryNamed(manager, `DELETE FROM ${QUARTER_HOURS_TABLE} WHERE source = :source AND bucket >= :first AND bucket <= :last`, parameters);
  await queryNamed(
    manager,
    `INSERT INTO ${QUARTER_HOURS_TABLE} (source, bucket, n) SELECT '${source}', ${BUCKET_SQL}, COUNT(*) FROM ${source}
      WHERE occurred_at >= :from AND occurred_at < :to GROUP BY ${BUCKET_SQL}`,
    { from: parameters.first * BUCKET_MS, to: (parameters.last + 1) * BUCKET_MS },
  );
}

/** Whether `range` holds whole quarter hours only: then the stored counts answer it exactly. */
export function coversWholeQuarterHours(range: TimeRange): boolean {
  return (range.from === null || range.from % BUCKET_MS === 0) && (range.to === null || range.to % BUCKET_MS === 0);
}

/** The stored counts per quarter hour of `source` in `range` (whole quarter hours: see {@link coversWholeQuarterHours}). */
export async function storedQuarterHours(manager: EntityManager, source: 'calls' | 'sms', range: TimeRange): Promise<{ bucket: number; count: number }[]> {
  const conditions = ['source = :source'];
  const parameters: Record<string, string | number> = { source };
  if (range.from !== null) {
    conditions.push('bucket >= :fromBucket');
    parameters.fromBucket = Math.floor(range.from / BUCKET_MS);
  }
  if (range.to !== null) {
    conditions.push('bucket < :toBucket');
    parameters.toBucket = Math.floor(range.to / BUCKET_MS);
  }
  const rows = await queryNamed<Record<string, unknown>>(manager, `SELECT bucket, n FROM ${QUARTER_HOURS_TABLE} WHERE ${conditions.join(' AND ')}`, parameters);
  return rows.map((row) => ({ bucket: toNumber(row.bucket), count: toNumber(row.n) }));
}
