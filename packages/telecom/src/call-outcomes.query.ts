import type { TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { CallRecord } from './call-record.entity.js';
import { CALL_STATUSES, type CallStatus } from './call-status.js';
import { DIRECTIONS, type Direction } from './direction.js';
import { toNumber } from './sql-number.js';
import { whereInRange } from './time-range.sql.js';

/** The calls of one direction that ended in one status. */
export interface CallOutcomeCount {
  readonly direction: Direction;
  readonly status: CallStatus;
  readonly calls: number;
}

/** Every direction and status a call can have, inbound first, statuses in byte order (as a GROUP BY with ORDER BY lists them). */
const OUTCOMES = DIRECTIONS.flatMap((direction) => [...CALL_STATUSES].sort().map((status) => ({ direction, status })));

/**
 * The calls in `range` per direction and status; only the pairs that occur, inbound first,
 * statuses in byte order. One pass counting each pair under its own FILTER (the values are
 * hcdm's own constants), not a GROUP BY: SQLite groups by sorting, and over the benchmark's
 * million calls the sort took 1.15-1.2 s against 0.54-0.7 s for the ten filtered counts.
 */
export async function countCallOutcomes(manager: EntityManager, range: TimeRange): Promise<CallOutcomeCount[]> {
  const counts = OUTCOMES.map(({ direction, status }, index) => `COUNT(*) FILTER (WHERE c.direction = '${direction}' AND c.status = '${status}') AS n${index}`);
  const qb = manager.createQueryBuilder().select(counts).from(CallRecord, 'c');
  const [raw] = await whereInRange(qb, 'c.occurredAt', range).getRawMany<Record<string, unknown>>();
  return OUTCOMES.map(({ direction, status }, index) => ({ direction, status, calls: toNumber(raw?.[`n${index}`] ?? 0) })).filter((outcome) => outcome.calls > 0);
}
