import type { TimeRange } from '@hcdm/core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The SQL condition "column lies in range" (from included, to excluded; a null bound is open),
 * with named parameters. `column` is always a constant of the calling query, never input.
 */
export function rangeCondition(column: string, range: TimeRange): string {
  const parts: string[] = [];
  if (range.from !== null) parts.push(`${column} >= :rangeFrom`);
  if (range.to !== null) parts.push(`${column} < :rangeTo`);
  return parts.length === 0 ? '1 = 1' : parts.join(' AND ');
}

/** The parameters {@link rangeCondition} refers to. */
export function rangeParameters(range: TimeRange): Record<string, number> {
  const parameters: Record<string, number> = {};
  if (range.from !== null) parameters.rangeFrom = range.from;
  if (range.to !== null) parameters.rangeTo = range.to;
  return parameters;
}

/** Adds the range condition to a QueryBuilder; an open range adds nothing. */
export function whereInRange<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  range: TimeRange,
): SelectQueryBuilder<T> {
  if (range.from === null && range.to === null) return qb;
  return qb.andWhere(rangeCondition(column, range), rangeParameters(range));
}
