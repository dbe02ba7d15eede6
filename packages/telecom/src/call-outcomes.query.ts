import type { TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { CallRecord } from './call-record.entity.js';
import type { CallStatus } from './call-status.js';
import type { Direction } from './direction.js';
import { toNumber } from './sql-number.js';
import { whereInRange } from './time-range.sql.js';

/** The calls of one direction that ended in one status. */
export interface CallOutcomeCount {
  readonly direction: Direction;
  readonly status: CallStatus;
  readonly calls: number;
}

/**
 * The calls in `range` per direction and status, one grouped statement (the time index for a
 * period); only the pairs that occur, inbound first, statuses in byte order.
 */
export async function countCallOutcomes(manager: EntityManager, range: TimeRange): Promise<CallOutcomeCount[]> {
  const qb = manager.createQueryBuilder().select('c.direction', 'direction').addSelect('c.status', 'status').addSelect('COUNT(*)', 'calls').from(CallRecord, 'c');
  const raw = await whereInRange(qb, 'c.occurredAt', range)
    .groupBy('c.direction')
    .addGroupBy('c.status')
    .orderBy('c.direction', 'ASC')
    .addOrderBy('c.status', 'ASC')
    .getRawMany<{ direction: Direction; status: CallStatus; calls: unknown }>();
  return raw.map((row) => ({ direction: row.direction, status: row.status, calls: toNumber(row.calls) }));
}
