import type { TimeRange } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { CallRecord, SmsRecord, toNumber, whereInRange } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';
import { coversWholeQuarterHours, storedQuarterHours } from './precomputed/quarter-hours.table.js';
import { epochBucketSql } from './epoch-bucket.sql.js';

/**
 * Every zone's offset today is a whole number of quarter hours (+05:30, +05:45, +08:45), so all
 * instants of one UTC quarter hour share their local date, weekday and hour in any zone, DST
 * included: counting per UTC quarter hour in SQL (portable integer arithmetic, no time zone
 * support needed, which SQLite lacks) and placing each quarter hour in the zone afterwards gives
 * what counting each record in the zone would.
 */
export const QUARTER_HOUR_MS = 900_000;

/** The records counted by time: calls and SMS by when they happened, leads by when they were made. */
export type TimedRecords = 'calls' | 'sms' | 'leads';

const TIMED = {
  calls: { entity: CallRecord, column: 'r.occurredAt' },
  sms: { entity: SmsRecord, column: 'r.occurredAt' },
  leads: { entity: Lead, column: 'r.createdAt' },
} as const;

/** The records of one UTC quarter hour: its number (epoch ms / QUARTER_HOUR_MS, floored) and how many. */
export interface QuarterHourCount {
  readonly quarterHour: number;
  readonly count: number;
}

/** The records in `range` counted per UTC quarter hour, in no particular order; empty quarter hours absent. */
export async function quarterHourCounts(manager: EntityManager, records: TimedRecords, range: TimeRange): Promise<QuarterHourCount[]> {
  // Calls and SMS are precomputed per quarter hour at import: exact for a range of whole quarter
  // hours, which every period of whole days in any zone is ("in last N days" ends at the data's
  // latest instant, so is counted here).
  if (records !== 'leads' && coversWholeQuarterHours(range) && (await precomputedIsCurrent(manager))) {
    return (await storedQuarterHours(manager, records, range)).map(({ bucket, count }) => ({ quarterHour: bucket, count }));
  }
  const { entity, column } = TIMED[records];
  const quarterHour = epochBucketSql(column, QUARTER_HOUR_MS);
  const qb = manager.createQueryBuilder().select(quarterHour, 'quarterHour').addSelect('COUNT(*)', 'n').from(entity, 'r');
  const raw = await whereInRange(qb, column, range).groupBy(quarterHour).getRawMany<Record<string, unknown>>();
  return raw.map((row) => ({ quarterHour: toNumber(row.quarterHour), count: toNumber(row.n) }));
}
