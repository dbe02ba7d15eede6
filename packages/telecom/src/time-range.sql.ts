import type { TimeRange } from '@hcdm/core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Adds "column lies in range" (from included, to excluded; a null bound is open) with named
 * parameters. `column` is always a constant of the calling query, never input.
 */
export function whereInRange<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  range: TimeRange,
): SelectQueryBuilder<T> {
  if (range.from !== null) qb.andWhere(`${column} >= :rangeFrom`, { rangeFrom: range.from });
  if (range.to !== null) qb.andWhere(`${column} < :rangeTo`, { rangeTo: range.to });
  return qb;
}
