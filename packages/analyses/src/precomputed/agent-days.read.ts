import { type TimeRange, queryNamed } from '@hcdm/core';
import { type AgentActivity, TelecomService, toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { AGENT_DAYS_TABLE } from './agent-days.table.js';
import { dayCondition, splitAtWholeDays, type DaySplit } from './whole-days.js';

/**
 * Per agent, their calls and SMS in the range as `TelecomService.agentActivity` counts them: the
 * whole UTC days inside the range from the stored days, the partial days at its edges from the
 * records (their time index). Agents in byte order of their names. The caller has checked that
 * the precomputed tables are current.
 */
export async function precomputedAgentActivity(manager: EntityManager, range: TimeRange, agent?: string): Promise<AgentActivity[]> {
  const telecom = new TelecomService(manager);
  const split = splitAtWholeDays(range);
  const parts = split.days === null ? [] : await storedDays(manager, split.days, agent);
  for (const edge of split.edges) parts.push(...(await telecom.agentActivity({ range: edge, agent })));
  return sumByAgent(parts);
}

async function storedDays(manager: EntityManager, days: NonNullable<DaySplit['days']>, agent: string | undefined): Promise<AgentActivity[]> {
  const within = dayCondition(days);
  const rows = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT source, agent, SUM(records) AS records, SUM(seconds) AS seconds, SUM(inbound) AS inbound, SUM(answered_inbound) AS answered_inbound
      FROM ${AGENT_DAYS_TABLE} WHERE ${within.condition} ${agent === undefined ? '' : 'AND agent = :agent'} GROUP BY source, agent`,
    { ...within.parameters, ...(agent === undefined ? {} : { agent }) },
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
