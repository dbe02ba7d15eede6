import { type TimeRange, queryNamed } from '@hcdm/core';
import { rangeCondition, rangeParameters, toNullableNumber, toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { LEAD_ACTIVITY_TABLE } from './lead-activity.table.js';

/** What speed to lead summarizes, for the leads created in a range: counted in SQL, not read lead by lead. */
export interface ResponseCounts {
  readonly leads: number;
  readonly reached: number;
  /** Leads first reached within each limit (ms, inclusive), in the order asked. */
  readonly within: readonly number[];
  /** The `rank`-th smallest response time (1-based), ms; null beyond the reached leads. */
  responseAtRank(rank: number): Promise<number | null>;
}

/** The counts behind speed to lead off the precomputed table (leads filtered by creation time, so exact for any range). */
export async function precomputedResponseCounts(manager: EntityManager, range: TimeRange, limitsMs: readonly number[]): Promise<ResponseCounts> {
  const where = rangeCondition('created_at', range);
  const parameters: Record<string, number> = { ...rangeParameters(range) };
  const shares = limitsMs.map((limit, index) => {
    parameters[`limit${index}`] = limit;
    return `SUM(CASE WHEN response_ms <= :limit${index} THEN 1 ELSE 0 END) AS within${index}`;
  });
  const [row] = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT COUNT(*) AS leads, COUNT(response_ms) AS reached${shares.map((sql) => `, ${sql}`).join('')} FROM ${LEAD_ACTIVITY_TABLE} WHERE ${where}`,
    parameters,
  );
  return {
    leads: toNumber(row?.leads),
    reached: toNumber(row?.reached),
    within: limitsMs.map((_, index) => toNumber(row?.[`within${index}`] ?? 0)),
    async responseAtRank(rank: number) {
      const [ranked] = await queryNamed<Record<string, unknown>>(
        manager,
        `SELECT response_ms FROM ${LEAD_ACTIVITY_TABLE} WHERE response_ms IS NOT NULL AND ${where} ORDER BY response_ms ASC LIMIT 1 OFFSET :offset`,
        { ...rangeParameters(range), offset: rank - 1 },
      );
      return ranked === undefined ? null : toNullableNumber(ranked.response_ms);
    },
  };
}
