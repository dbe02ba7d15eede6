import { dialectOf, type InstantSpan, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { epochBucketSql } from '../epoch-bucket.sql.js';
import { DAY_MS } from './whole-days.js';

/**
 * The calls per UTC day, agent, direction and status (count and seconds), and the SMS per day
 * and agent (built at import): what `show agents` and `show call outcomes` add up, a few thousand
 * rows instead of every record. One grouped pass per table makes it; SMS without an agent, which
 * neither counts, have no row.
 */
export const RECORD_DAYS_TABLE = 'precomputed_record_days';

const DAY_SQL = epochBucketSql('occurred_at', DAY_MS);

/** Per source, what one row groups and counts: a call's direction, status and seconds; an SMS's agent and day only. */
const PASSES = {
  calls: {
    columns: `agent, ${DAY_SQL}, direction, status, COUNT(*), SUM(duration_seconds)`,
    where: '1 = 1',
    groupBy: `agent, ${DAY_SQL}, direction, status`,
  },
  sms: { columns: `agent, ${DAY_SQL}, NULL, NULL, COUNT(*), 0`, where: 'agent IS NOT NULL', groupBy: `agent, ${DAY_SQL}` },
} as const;

/** Makes the table anew from the data: a cache of the data. */
export async function buildRecordDaysTable(manager: EntityManager): Promise<void> {
  const text = dialectOf(manager).textColumnType;
  await manager.query(`DROP TABLE IF EXISTS ${RECORD_DAYS_TABLE}`);
  await manager.query(
    `CREATE TABLE ${RECORD_DAYS_TABLE} (source ${text} NOT NULL, agent ${text}, day bigint NOT NULL, direction ${text}, status ${text},
      records bigint NOT NULL, seconds bigint NOT NULL)`,
  );
  // No key and no index: some 13,000 rows on the benchmark's year, read whole by every query of
  // them, and a refresh's delete of a few days scans them in milliseconds.
  for (const source of ['calls', 'sms'] as const) await insertDays(manager, source, null);
}

/**
 * Counts again the days `span` reaches of `source`'s records: what a write changed there (the
 * span holds a changed record's instants before and after, so a record whose agent, time or
 * status changed is counted off its old day too; a merge moves no record between agents or days).
 */
export async function refreshRecordDays(manager: EntityManager, source: 'calls' | 'sms', span: InstantSpan): Promise<void> {
  const days = { first: Math.floor(span.from / DAY_MS), last: Math.floor(span.to / DAY_MS) };
  await queryNamed(manager, `DELETE FROM ${RECORD_DAYS_TABLE} WHERE source = :source AND day >= :first AND day <= :last`, { source, ...days });
  await insertDays(manager, source, days);
}

async function insertDays(manager: EntityManager, source: 'calls' | 'sms', days: { first: number; last: number } | null): Promise<void> {
  const pass = PASSES[source];
  await queryNamed(
    manager,
    `INSERT INTO ${RECORD_DAYS_TABLE} (source, agent, day, direction, status, records, seconds)
      SELECT '${source}', ${pass.columns} FROM ${source}
      WHERE ${pass.where} ${days === null ? '' : 'AND occurred_at >= :from AND occurred_at < :to'} GROUP BY ${pass.groupBy}`,
    days === null ? {} : { from: days.first * DAY_MS, to: (days.last + 1) * DAY_MS },
  );
}
