import { type TimeRange, queryNamed } from '@hcdm/core';
import { type AgentActivity, TelecomService, toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { AGENT_DAYS_TABLE, DAY_MS } from './agent-days.table.js';

/**
 * Per agent, their calls and SMS in the range as `TelecomService.agentActivity` counts them: the
 * whole UTC days inside the range from the stored days, the partial days at its edges from the
 * records (their time index). Agents in byte order of their names. The caller has checked that
 * the precomputed tables are current.
 */
export async function precomputedAgentActivity(manager: EntityManager, range: TimeRange, agent?: string): Promise<AgentActivity[]> {
  const telecom = new TelecomService(manager);
  const firstDay = range.from === null ? null : Math.ceil(range.from / DAY_MS);
  const endDay = range.to === null ? null : Math.floor(range.to / DAY_MS);
  // No whole day inside (a range within one day, where the edges below would overlap, or across
  // one midnight): the records alone, few.
  if (firstDay !== null && endDay !== null && firstDay >= endDay) return telecom.agentActivity({ range, agent });
  const parts = [await storedDays(manager, firstDay, endDay, agent)];
  if (range.from !== null && range.from < firstDay! * DAY_MS) parts.push(await telecom.agentActivity({ range: { from: range.from, to: firstDay! * DAY_MS }, agent }));
  if (range.to !== null && endDay! * DAY_MS < range.to) parts.push(await telecom.agentActivity({ range: { from: endDay! * DAY_MS, to: range.to }, agent }));
  return sumByAgent(parts.flat());
}

/** The stored days from `firstDay` (null: the first) up to, not including, `endDay` (null: past the last). */
async function storedDays(manager: EntityManager, firstDay: number | null, endDay: number | null, agent: string | undefined): Promise<AgentActivity[]> {
  const conditions = ['1 = 1'];
  const parameters: Record<string, string | number> = {};
  if (firstDay !== null) {
    conditions.push('day >= :firstDay');
    parameters.firstDay = firstDay;
  }
  if (endDay !== null) {
    conditions.push('day < :endDay');
    parameters.endDay = endDay;
  }
  if (agent !== undefined) {
    conditions.push('agent = :agent');
    parameters.agent = agent;
  }
  const rows = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT source, agent, SUM(records) AS records, SUM(seconds) AS seconds, SUM(inbound) AS inbound, SUM(answered_inbound) AS answered_inbound
      FROM ${AGENT_DAYS_TABLE} WHERE ${conditions.join(' AND ')} GROUP BY source, agent`,
    parameters,
  );
  return rows.map((row) => {
    const blank = { agent: String(row.agent), calls: 0, callSeconds: 0, inboundCalls: 0, answeredInboundCalls: 0, outboundCalls: 0, sms: 0 };
    if (row.source === 'sms') return { ...blank, sms: toNumber(row.records) };
    const calls = toNumber(row.records);
    const inbound = toNumber(row.inbound);
    return { ...blank, calls, callSeconds: toNumber(row.seconds), inboundCalls: inbound, answeredInboundCalls: toNumber(row.answered_inbound), outboundCalls: calls - inbound };
  });
}

function sumByAgent(parts: readonly AgentActivity[]): AgentActivity[] {
  const agents = new Map<string, AgentActivity>();
  for (const part of parts) {
    const sum = agents.get(part.agent);
    agents.set(
      part.agent,
      sum === undefined
        ? part
        : {
            agent: part.agent,
            calls: sum.calls + part.calls,
            callSeconds: sum.callSeconds + part.callSeconds,
            inboundCalls: sum.inboundCalls + part.inboundCalls,
            answeredInboundCalls: sum.answeredInboundCalls + part.answeredInboundCalls,
            outboundCalls: sum.outboundCalls + part.outboundCalls,
            sms: sum.sms + part.sms,
          },
    );
  }
  return [...agents.values()].sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0));
}
