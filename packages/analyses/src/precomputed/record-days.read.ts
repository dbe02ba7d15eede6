import { type TimeRange, queryNamed } from '@hcdm/core';
import { ANSWERED, type AgentActivity, type CallOutcomeCount, rangeCondition, rangeParameters, TelecomService, toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { RECORD_DAYS_TABLE } from './record-days.table.js';
import { splitAtWholeDays } from './whole-days.js';

// Both reads take a period's whole UTC days from the stored days and its partial days at the
// edges from the records (their time index), through the same statements that count the records
// when nothing is precomputed. The caller has checked that the precomputed tables are current.

/** Per agent, their calls and SMS in the range as `TelecomService.agentActivity` counts them; agents in byte order. */
export async function precomputedAgentActivity(manager: EntityManager, range: TimeRange, agent?: string): Promise<AgentActivity[]> {
  const split = splitAtWholeDays(range);
  const parts: AgentActivity[] = [];
  if (split.days !== null) {
    const rows = await queryNamed<Record<string, unknown>>(
      manager,
      `SELECT source, agent, SUM(records) AS records, SUM(seconds) AS seconds,
          SUM(CASE WHEN direction = 'inbound' THEN records ELSE 0 END) AS inbound,
          SUM(CASE WHEN direction = 'inbound' AND status = '${ANSWERED}' THEN records ELSE 0 END) AS answered_inbound
        FROM ${RECORD_DAYS_TABLE} WHERE ${agent === undefined ? 'agent IS NOT NULL' : 'agent = :agent'} AND ${rangeCondition('day', split.days)} GROUP BY source, agent`,
      { ...rangeParameters(split.days), ...(agent === undefined ? {} : { agent }) },
    );
    for (const row of rows) parts.push(toAgentActivity(row));
  }
  const telecom = new TelecomService(manager);
  for (const edge of split.edges) parts.push(...(await telecom.agentActivity({ range: edge, agent })));
  return sumByAgent(parts);
}

/** The calls in `range` per direction and status as `TelecomService.callOutcomes` counts them (the pairs that occur). */
export async function precomputedCallOutcomes(manager: EntityManager, range: TimeRange): Promise<CallOutcomeCount[]> {
  const split = splitAtWholeDays(range);
  const counts = new Map<string, CallOutcomeCount>();
  const add = (outcome: CallOutcomeCount) => {
    const key = `${outcome.direction} ${outcome.status}`;
    counts.set(key, { ...outcome, calls: (counts.get(key)?.calls ?? 0) + outcome.calls });
  };
  if (split.days !== null) {
    const rows = await queryNamed<Record<string, unknown>>(
      manager,
      `SELECT direction, status, SUM(records) AS calls FROM ${RECORD_DAYS_TABLE} WHERE source = 'calls' AND ${rangeCondition('day', split.days)} GROUP BY direction, status`,
      rangeParameters(split.days),
    );
    for (const row of rows) add({ direction: row.direction as CallOutcomeCount['direction'], status: row.status as CallOutcomeCount['status'], calls: toNumber(row.calls) });
  }
  const telecom = new TelecomService(manager);
  for (const edge of split.edges) for (const outcome of await telecom.callOutcomes(edge)) add(outcome);
  return [...counts.values()];
}

function toAgentActivity(row: Record<string, unknown>): AgentActivity {
  const blank = { agent: String(row.agent), calls: 0, callSeconds: 0, inboundCalls: 0, answeredInboundCalls: 0, outboundCalls: 0, sms: 0 };
  if (row.source === 'sms') return { ...blank, sms: toNumber(row.records) };
  const calls = toNumber(row.records);
  const inbound = toNumber(row.inbound);
  return { ...blank, calls, callSeconds: toNumber(row.seconds), inboundCalls: inbound, answeredInboundCalls: toNumber(row.answered_inbound), outboundCalls: calls - inbound };
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
