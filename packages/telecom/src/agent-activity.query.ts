import type { TimeRange } from '@hcdm/core';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CallRecord } from './call-record.entity.js';
import { ANSWERED } from './call-status.js';
import type { RecordCondition } from './record-condition.js';
import { SmsRecord } from './sms-record.entity.js';
import { toNumber } from './sql-number.js';
import { whereInRange } from './time-range.sql.js';

/** What one agent's calls and SMS add up to in a period. */
export interface AgentActivity {
  readonly agent: string;
  readonly calls: number;
  /** The sum of the calls' durations, whatever their status (as call duration everywhere in hcdm). */
  readonly callSeconds: number;
  readonly inboundCalls: number;
  readonly answeredInboundCalls: number;
  readonly outboundCalls: number;
  readonly sms: number;
}

export interface AgentActivityOptions {
  /** Over the records' timestamps. */
  readonly range: TimeRange;
  /** One agent only (the (agent, time) indexes find their records); every agent when absent. */
  readonly agent?: string;
  /**
   * Only the records this condition keeps: SQL over the record `r` (a CallRecord in one statement,
   * an SmsRecord in the other, so only columns both have), with its named parameters.
   */
  readonly where?: RecordCondition;
}

type Builder = SelectQueryBuilder<object>;

/**
 * Per agent named on any call or SMS in the range, their calls (by direction, inbound answered
 * apart) and SMS: one grouped statement per table. Records without an agent belong to no one
 * and are left out. Agents in byte order of their names.
 */
export async function countAgentActivity(manager: EntityManager, options: AgentActivityOptions): Promise<AgentActivity[]> {
  const calls = await byAgent(manager.createQueryBuilder().from(CallRecord, 'r'), options)
    .addSelect('COUNT(*)', 'calls')
    .addSelect('SUM(r.durationSeconds)', 'call_seconds')
    .addSelect(`SUM(CASE WHEN r.direction = 'inbound' THEN 1 ELSE 0 END)`, 'inbound')
    .addSelect(`SUM(CASE WHEN r.direction = 'inbound' AND r.status = :answered THEN 1 ELSE 0 END)`, 'answered_inbound')
    .setParameter('answered', ANSWERED)
    .getRawMany<Record<string, unknown>>();
  const sms = await byAgent(manager.createQueryBuilder().from(SmsRecord, 'r'), options)
    .addSelect('COUNT(*)', 'sms')
    .getRawMany<Record<string, unknown>>();
  const agents = new Map<string, AgentActivity>();
  const blank = (agent: string): AgentActivity => ({ agent, calls: 0, callSeconds: 0, inboundCalls: 0, answeredInboundCalls: 0, outboundCalls: 0, sms: 0 });
  for (const row of calls) {
    const agent = String(row.agent);
    const count = toNumber(row.calls);
    const inbound = toNumber(row.inbound);
    agents.set(agent, {
      ...blank(agent),
      calls: count,
      callSeconds: toNumber(row.call_seconds),
      inboundCalls: inbound,
      answeredInboundCalls: toNumber(row.answered_inbound),
      outboundCalls: count - inbound,
    });
  }
  for (const row of sms) {
    const agent = String(row.agent);
    agents.set(agent, { ...(agents.get(agent) ?? blank(agent)), sms: toNumber(row.sms) });
  }
  return [...agents.values()].sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0));
}

function byAgent(qb: Builder, options: AgentActivityOptions): Builder {
  qb.select('r.agent', 'agent').where('r.agent IS NOT NULL');
  if (options.agent !== undefined) qb.andWhere('r.agent = :agent', { agent: options.agent });
  if (options.where) qb.andWhere(options.where.condition, options.where.parameters);
  return whereInRange(qb, 'r.occurredAt', options.range).groupBy('r.agent');
}
