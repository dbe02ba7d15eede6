import type { TimeRange } from '@hcdm/core';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CallRecord } from './call-record.entity.js';
import { toNumber } from './sql-number.js';
import { whereInRange } from './time-range.sql.js';

/**
 * Callers in a period split by whether their first inbound call ever falls in it (new) or
 * before it (repeat), with the inbound calls each group made in the period.
 */
export interface CallerNovelty {
  readonly newCallers: number;
  readonly repeatCallers: number;
  readonly newCalls: number;
  readonly repeatCalls: number;
}

type Builder = SelectQueryBuilder<object>;

/**
 * New versus repeat inbound callers in `range`. Every inbound call counts, missed ones too (the
 * customer did call). A caller is repeat when they have an inbound call before `range.from`; with
 * an open start every caller is new. One statement: per caller in the range, their calls and
 * whether an earlier inbound call exists (an index probe on customer and time).
 */
export async function countCallerNovelty(manager: EntityManager, range: TimeRange): Promise<CallerNovelty> {
  const raw = await manager
    .createQueryBuilder()
    .select('SUM(1 - p.is_repeat)', 'new_callers')
    .addSelect('SUM(p.is_repeat)', 'repeat_callers')
    .addSelect('SUM(CASE WHEN p.is_repeat = 0 THEN p.calls ELSE 0 END)', 'new_calls')
    .addSelect('SUM(CASE WHEN p.is_repeat = 1 THEN p.calls ELSE 0 END)', 'repeat_calls')
    .from((sub) => callersInRange(sub, range), 'p')
    .getRawOne<Record<string, unknown>>();
  return {
    newCallers: toNumber(raw?.new_callers),
    repeatCallers: toNumber(raw?.repeat_callers),
    newCalls: toNumber(raw?.new_calls),
    repeatCalls: toNumber(raw?.repeat_calls),
  };
}

function callersInRange(sub: Builder, range: TimeRange): Builder {
  const qb = sub
    .select('c.customerId', 'customer_id')
    .addSelect('COUNT(*)', 'calls')
    .addSelect(range.from === null ? '0' : `CASE WHEN EXISTS ${earlierInbound(sub)} THEN 1 ELSE 0 END`, 'is_repeat')
    .from(CallRecord, 'c')
    .where('c.direction = :inbound', { inbound: 'inbound' });
  return whereInRange(qb, 'c.occurredAt', range).groupBy('c.customerId');
}

/** An inbound call of the grouped customer before the range starts (column names: a raw subquery). */
function earlierInbound(sub: Builder): string {
  return sub
    .subQuery()
    .select('1')
    .from(CallRecord, 'e')
    .where('e.customerId = c.customer_id')
    .andWhere('e.direction = :inbound')
    .andWhere('e.occurredAt < :rangeFrom')
    .getQuery();
}
