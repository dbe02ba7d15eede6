import type { TimeRange } from '@hcdm/core';
import { whereInRange } from '@hcdm/telecom';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { filterParameters, isUnfiltered, recordFilterCondition } from './record-filter.sql.js';
import type { ResolvedFilter } from './record-filter.types.js';

/** What an analysis counts: the records of a period that a filter keeps. */
export interface RecordScope {
  readonly range: TimeRange;
  readonly filter: ResolvedFilter;
}

/**
 * Keeps the calls or SMS `alias` (a CallRecord or SmsRecord of the builder) that lie in the
 * scope's period and that its filter keeps; an open period and no filter add nothing, so the
 * unfiltered statement stays what it was.
 */
export function whereRecordInScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  { range, filter }: RecordScope,
): SelectQueryBuilder<T> {
  const inRange = whereInRange(qb, `${alias}.occurredAt`, range);
  if (isUnfiltered(filter)) return inRange;
  const columns = { lead: `${alias}.attributedLeadId`, listing: `${alias}.attributedPropertyId`, agent: `${alias}.agent` };
  return inRange.andWhere(recordFilterCondition(filter, columns), filterParameters(filter));
}
