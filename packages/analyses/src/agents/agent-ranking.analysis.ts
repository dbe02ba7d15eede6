import { ALL_TIME, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { compareIds } from '../id-order.js';
import { nearestRank } from '../nearest-rank.stats.js';
import { resolveRecordFilter } from '../record-filter.resolver.js';
import type { RecordFilter } from '../record-filter.types.js';
import { collectAgentFigures, type AgentFigures } from './agent-figures.js';

/** What agents are ranked by. */
export type AgentMetric = 'calls' | 'callSeconds' | 'missedCalls' | 'unreturnedMissedCalls' | 'medianSpeedToLeadSeconds' | 'leads';

/** One agent's figures in a period, as `show agents by ...` lists them. */
export interface AgentRow {
  readonly agent: string;
  /** Calls the agent handled, inbound and outbound, whatever their status. */
  readonly calls: number;
  /** Talk time: the seconds of those calls. */
  readonly callSeconds: number;
  readonly sms: number;
  /** Inbound calls the agent handled that were not answered. */
  readonly missedCalls: number;
  /** Of those, the ones no outbound call or SMS to the customer (by anyone) followed within 24 hours. */
  readonly unreturnedMissedCalls: number;
  /** The nearest-rank median time to first response over the reached leads the agent owns; null when none was reached. */
  readonly medianSpeedToLeadSeconds: number | null;
  /** Leads the agent owns that were created in the period. */
  readonly leads: number;
}

export interface AgentRankingOptions {
  readonly metric: AgentMetric;
  /** The top N; every agent when absent. */
  readonly limit?: number;
  readonly range?: TimeRange;
  /**
   * Only the calls, SMS and leads the filter keeps (README "Filters"): `source` and `location` the
   * records attributed to leads of that source or listings there and the leads of that source or on
   * listings there; `agent` that agent's own, so one row.
   */
  readonly filter?: RecordFilter;
}

/**
 * Agents ranked by one figure, every figure on each row: the most first, except speed to lead,
 * where the fastest (lowest median) is best and agents with no reached lead come last. Ties by
 * agent name in byte order.
 */
export async function agentRanking(manager: EntityManager, options: AgentRankingOptions): Promise<AgentRow[]> {
  const filter = await resolveRecordFilter(manager, options.filter);
  const rows = (await collectAgentFigures(manager, { range: options.range ?? ALL_TIME, filter })).map(toAgentRow);
  const by = options.metric;
  rows.sort((a, b) => compareFigure(a[by], b[by], by === 'medianSpeedToLeadSeconds') || compareIds(a.agent, b.agent));
  return options.limit === undefined ? rows : rows.slice(0, options.limit);
}

export function toAgentRow(figures: AgentFigures): AgentRow {
  const median = nearestRank(figures.responseMs, 50);
  return {
    agent: figures.agent,
    calls: figures.calls,
    callSeconds: figures.callSeconds,
    sms: figures.sms,
    missedCalls: figures.missedCalls,
    unreturnedMissedCalls: figures.unreturnedMissedCalls,
    medianSpeedToLeadSeconds: median === null ? null : median / 1000,
    leads: figures.leads,
  };
}

/** Higher first, or lower first when `ascending`; a missing figure (null) always last. */
function compareFigure(a: number | null, b: number | null, ascending: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return ascending ? a - b : b - a;
}
