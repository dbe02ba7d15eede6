import { ALL_TIME, formatInstant, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { nearestRank } from '../nearest-rank.stats.js';
import { collectAgentFigures } from './agent-figures.js';
import { resolveAgent } from './agent-lookup.js';
import { readAgentSpan } from './agent-span.sql.js';

export interface AgentSummaryOptions {
  /** The agent's name as the data spells it (case and surrounding spaces aside). */
  readonly agent: string;
  readonly range?: TimeRange;
  /** For first and last activity; UTC by default. */
  readonly timeZone?: string;
}

/** One agent's figures in a period (`show agent summary for A`). */
export interface AgentSummaryRow {
  readonly agent: string;
  readonly calls: number;
  readonly inboundCalls: number;
  readonly outboundCalls: number;
  /** Of the agent's inbound calls, the share answered, 0 to 1 to 4 decimals; null without inbound calls. */
  readonly answerRate: number | null;
  readonly callSeconds: number;
  readonly sms: number;
  readonly missedCalls: number;
  readonly unreturnedMissedCalls: number;
  readonly leads: number;
  readonly reachedLeads: number;
  readonly neverReachedLeads: number;
  /** Nearest-rank median and 90th percentile of the reached owned leads' times to first response; null when none. */
  readonly medianSpeedToLeadSeconds: number | null;
  readonly p90SpeedToLeadSeconds: number | null;
  /** Distinct customers over the agent's calls, SMS and leads. */
  readonly customers: number;
  /** The earliest and latest of the agent's calls, SMS and leads, ISO in the zone; null when none. */
  readonly firstActivity: string | null;
  readonly lastActivity: string | null;
}

/**
 * One agent's calls, talk time, SMS, missed and unreturned calls, owned leads and their speed to
 * lead, as `show agents by ...` counts them, with the answer rate, whom they dealt with and when.
 * An agent no call, SMS or lead names is a NotFoundError; one with nothing in the period has zeros.
 */
export async function agentSummary(manager: EntityManager, options: AgentSummaryOptions): Promise<AgentSummaryRow> {
  const agent = await resolveAgent(manager, options.agent);
  const range = options.range ?? ALL_TIME;
  const [figures] = await collectAgentFigures(manager, { range, agent });
  const span = await readAgentSpan(manager, agent, range);
  const zone = options.timeZone ?? 'UTC';
  const responseMs = figures?.responseMs ?? [];
  const inbound = figures?.inboundCalls ?? 0;
  const answered = figures?.answeredInboundCalls ?? 0;
  const leads = figures?.leads ?? 0;
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  return {
    agent,
    calls: figures?.calls ?? 0,
    inboundCalls: inbound,
    outboundCalls: figures?.outboundCalls ?? 0,
    answerRate: inbound === 0 ? null : Math.round((answered / inbound) * 10_000) / 10_000,
    callSeconds: figures?.callSeconds ?? 0,
    sms: figures?.sms ?? 0,
    missedCalls: figures?.missedCalls ?? 0,
    unreturnedMissedCalls: figures?.unreturnedMissedCalls ?? 0,
    leads,
    reachedLeads: responseMs.length,
    neverReachedLeads: leads - responseMs.length,
    medianSpeedToLeadSeconds: seconds(nearestRank(responseMs, 50)),
    p90SpeedToLeadSeconds: seconds(nearestRank(responseMs, 90)),
    customers: span.customers,
    firstActivity: span.firstAt === null ? null : formatInstant(span.firstAt, zone),
    lastActivity: span.lastAt === null ? null : formatInstant(span.lastAt, zone),
  };
}
