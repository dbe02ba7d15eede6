import { type TimeRange, queryNamed } from '@hcdm/core';
import { rangeCondition, rangeParameters, toNullableNumber, toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';

/** Whom one agent dealt with in a period, and from when to when. */
export interface AgentSpan {
  /** Distinct customers over the agent's calls, SMS and leads. */
  readonly customers: number;
  /** The earliest and latest of those records (epoch ms); null when there are none. */
  readonly firstAt: number | null;
  readonly lastAt: number | null;
}

/** One statement over the agent's calls, SMS and leads in the range, each table read through its (agent, time) index. */
export async function readAgentSpan(manager: EntityManager, agent: string, range: TimeRange): Promise<AgentSpan> {
  const sql = `
    SELECT COUNT(DISTINCT r.customer_id) AS customers, MIN(r.at) AS first_at, MAX(r.at) AS last_at FROM (
      SELECT customer_id, occurred_at AS at FROM calls WHERE agent = :agent AND ${rangeCondition('occurred_at', range)}
      UNION ALL
      SELECT customer_id, occurred_at AS at FROM sms WHERE agent = :agent AND ${rangeCondition('occurred_at', range)}
      UNION ALL
      SELECT customer_id, created_at AS at FROM leads WHERE agent = :agent AND ${rangeCondition('created_at', range)}
    ) r`;
  const [row] = await queryNamed<Record<string, unknown>>(manager, sql, { agent, ...rangeParameters(range) });
  return { customers: toNumber(row?.customers), firstAt: toNullableNumber(row?.first_at), lastAt: toNullableNumber(row?.last_at) };
}
