import type { TimeRange } from '@hcdm/core';
import { DEFAULT_RETURN_WINDOW_HOURS, TelecomService } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { compareIds } from '../id-order.js';
import { precomputedAgentActivity } from '../precomputed/record-days.read.js';
import { precomputedAgentLeads, type AgentLeadResponses } from '../precomputed/lead-activity.read.js';
import { precomputedMissedCallsByAgent } from '../precomputed/missed-calls.read.js';
import { precomputedIsCurrent } from '../precomputed/precomputed.rebuild.js';
import { isUnfiltered } from '../record-filter.sql.js';
import { keptRecords } from '../record-scope.sql.js';
import { NO_FILTER, type ResolvedFilter } from '../record-filter.types.js';
import { fetchOwnedLeads, type OwnedLead } from './agent-leads.query.js';

/** Everything hcdm counts for one agent in a period, before it is ranked or summarized. */
export interface AgentFigures {
  readonly agent: string;
  readonly calls: number;
  readonly callSeconds: number;
  readonly inboundCalls: number;
  readonly answeredInboundCalls: number;
  readonly outboundCalls: number;
  readonly sms: number;
  readonly missedCalls: number;
  readonly unreturnedMissedCalls: number;
  readonly leads: number;
  /** The owned leads' times to their first response, ms, ascending; never-reached leads are not in it. */
  readonly responseMs: readonly number[];
}

export interface AgentFiguresOptions {
  readonly range: TimeRange;
  /** One agent only; every agent named on a call, SMS or lead in the range when absent. */
  readonly agent?: string;
  /** Only the calls, SMS and leads the filter keeps (README "Filters"); a return or a first response counts whoever made it. */
  readonly filter?: ResolvedFilter;
}

/**
 * Per agent, their calls, talk time and SMS (records they handled), missed calls and the
 * unreturned ones (the `unreturned missed calls` rule and its default 24-hour window), and the
 * leads they own with the time each took to be reached. An agent is listed when any of these is
 * in the range; records and leads without an agent belong to no one and are left out.
 */
export async function collectAgentFigures(manager: EntityManager, options: AgentFiguresOptions): Promise<AgentFigures[]> {
  const telecom = new TelecomService(manager);
  const { range, agent, filter = NO_FILTER } = options;
  // Each agent's calls and SMS per day, each missed call's return and each lead's first response
  // are precomputed at import, with their agents, when current; they are unfiltered, so a filter
  // reads the data. The per-lead and missed-call tables have no agent index: one agent over a
  // period is a short range of the records' (agent, time) indexes, faster than a scan of either.
  const oneAgentInPeriod = agent !== undefined && (range.from !== null || range.to !== null);
  const precomputed = !oneAgentInPeriod && isUnfiltered(filter) && (await precomputedIsCurrent(manager));
  const activity = precomputed
    ? await precomputedAgentActivity(manager, range, agent)
    : await telecom.agentActivity({ range, agent, where: keptRecords(filter, 'r') });
  const windowHours = DEFAULT_RETURN_WINDOW_HOURS;
  const missed = precomputed
    ? await precomputedMissedCallsByAgent(manager, { range, agent, windowHours })
    : await telecom.missedCallsByAgent({ range, agent, windowHours, where: keptRecords(filter, 'mc') });
  const owned = precomputed ? await precomputedAgentLeads(manager, range, agent) : byAgent(await fetchOwnedLeads(manager, { range, agent, filter }));
  const figures = new Map<string, Mutable<AgentFigures> & { responseMs: number[] }>();
  const of = (agent: string) => {
    let found = figures.get(agent);
    if (found === undefined) {
      found = { agent, calls: 0, callSeconds: 0, inboundCalls: 0, answeredInboundCalls: 0, outboundCalls: 0, sms: 0, missedCalls: 0, unreturnedMissedCalls: 0, leads: 0, responseMs: [] };
      figures.set(agent, found);
    }
    return found;
  };
  for (const row of activity) Object.assign(of(row.agent), row);
  for (const row of missed) Object.assign(of(row.agent), row);
  for (const leads of owned) Object.assign(of(leads.agent), leads);
  for (const agent of figures.values()) agent.responseMs.sort((a, b) => a - b);
  return [...figures.values()].sort((a, b) => compareIds(a.agent, b.agent));
}

/** Owned leads read one by one, grouped per agent as the precomputed read gives them. */
function byAgent(leads: readonly OwnedLead[]): AgentLeadResponses[] {
  const agents = new Map<string, Mutable<AgentLeadResponses>>();
  for (const lead of leads) {
    let agent = agents.get(lead.agent);
    if (agent === undefined) agents.set(lead.agent, (agent = { agent: lead.agent, leads: 0, responseMs: [] }));
    agent.leads += 1;
    if (lead.firstResponseAt !== null) agent.responseMs.push(lead.firstResponseAt - lead.createdAt);
  }
  return [...agents.values()];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
