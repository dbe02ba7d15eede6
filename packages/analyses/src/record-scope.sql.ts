import type { TimeRange } from '@hcdm/core';
import { rangeCondition, rangeParameters, whereInRange, type RecordCondition } from '@hcdm/telecom';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { filterParameters, isUnfiltered, RECORD_TABLE_COLUMNS, recordEntityColumns, recordFilterCondition } from './record-filter.sql.js';
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
  const kept = keptRecords(filter, alias);
  return kept === undefined ? inRange : inRange.andWhere(kept.condition, kept.parameters);
}

/**
 * The filter as a condition over the CallRecord or SmsRecord `alias` of a statement, in the
 * shape the telecom queries take one (`where`); undefined when it keeps everything.
 */
export function keptRecords(filter: ResolvedFilter, alias: string): RecordCondition | undefined {
  if (isUnfiltered(filter)) return undefined;
  return { condition: recordFilterCondition(filter, recordEntityColumns(alias)), parameters: filterParameters(filter) };
}

/** Raw SQL's condition of a call or SMS in scope: in the range, kept by the filter (unqualified columns of `calls` or `sms`). */
export function recordsInScopeSql({ range, filter }: RecordScope): string {
  return `${rangeCondition('occurred_at', range)} AND ${recordFilterCondition(filter, RECORD_TABLE_COLUMNS)}`;
}

/** The named parameters of a scope's conditions (its range's and its filter's). */
export function scopeParameters(scope: RecordScope): Record<string, unknown> {
  return { ...rangeParameters(scope.range), ...filterParameters(scope.filter) };
}
