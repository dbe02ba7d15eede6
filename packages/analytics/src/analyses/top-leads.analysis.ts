import { ALL_TIME, Customer, type TimeRange } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { CallRecord, SmsRecord } from '@hcdm/telecom';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { whereInRange } from './range.sql.js';
import { toNumber } from './named-query.sql.js';

/** What a lead is ranked by: attributed calls, attributed SMS, attributed talk time, or calls + SMS. */
export type LeadMetric = 'callCount' | 'smsCount' | 'callSeconds' | 'engagement';

export const LEAD_METRICS: readonly LeadMetric[] = ['callCount', 'smsCount', 'callSeconds', 'engagement'];

export interface TopLeadsOptions {
  readonly metric: LeadMetric;
  readonly limit: number;
  /** Over the counted calls' and SMS' timestamps. */
  readonly range?: TimeRange;
}

export interface TopLeadRow {
  readonly leadId: string;
  readonly customerId: string;
  readonly name: string;
  readonly phone: string;
  readonly propertyId: string;
  readonly callCount: number;
  readonly smsCount: number;
  readonly callSeconds: number;
  readonly engagement: number;
}

const CALLS = 'COALESCE(c.call_count, 0)';
const SMS = 'COALESCE(s.sms_count, 0)';
const METRIC_SQL: Record<LeadMetric, string> = {
  callCount: CALLS,
  smsCount: SMS,
  callSeconds: 'COALESCE(c.call_seconds, 0)',
  engagement: `(${CALLS} + ${SMS})`,
};

/**
 * The top `limit` leads by `metric`, counting the calls and SMS attributed to each lead (never a
 * plain customer join, so no record counts twice). Leads with none of the metric are left out;
 * ties go to the lower lead id.
 */
export async function topLeads(manager: EntityManager, options: TopLeadsOptions): Promise<TopLeadRow[]> {
  const range = options.range ?? ALL_TIME;
  const metric = METRIC_SQL[options.metric];
  const raw = await manager
    .createQueryBuilder()
    .select('l.leadId', 'lead_id')
    .addSelect('l.customerId', 'customer_id')
    .addSelect('cu.name', 'name')
    .addSelect('cu.phone', 'phone')
    .addSelect('l.propertyId', 'property_id')
    .addSelect(CALLS, 'call_count')
    .addSelect(SMS, 'sms_count')
    .addSelect(METRIC_SQL.callSeconds, 'call_seconds')
    .from(Lead, 'l')
    .innerJoin(Customer, 'cu', 'cu.customerId = l.customerId')
    .leftJoin((sub) => callTotals(sub, range), 'c', 'c.lead_id = l.leadId')
    .leftJoin((sub) => smsTotals(sub, range), 's', 's.lead_id = l.leadId')
    .where(`${metric} > 0`)
    .orderBy(metric, 'DESC')
    .addOrderBy('l.leadId', 'ASC')
    .limit(options.limit)
    .getRawMany<Record<string, unknown>>();
  return raw.map(toRow);
}

function callTotals(sub: SelectQueryBuilder<object>, range: TimeRange): SelectQueryBuilder<object> {
  const qb = sub
    .select('call.attributedLeadId', 'lead_id')
    .addSelect('COUNT(*)', 'call_count')
    .addSelect('SUM(call.durationSeconds)', 'call_seconds')
    .from(CallRecord, 'call')
    .where('call.attributedLeadId IS NOT NULL');
  return whereInRange(qb, 'call.occurredAt', range).groupBy('call.attributedLeadId');
}

function smsTotals(sub: SelectQueryBuilder<object>, range: TimeRange): SelectQueryBuilder<object> {
  const qb = sub
    .select('sms.attributedLeadId', 'lead_id')
    .addSelect('COUNT(*)', 'sms_count')
    .from(SmsRecord, 'sms')
    .where('sms.attributedLeadId IS NOT NULL');
  return whereInRange(qb, 'sms.occurredAt', range).groupBy('sms.attributedLeadId');
}

function toRow(raw: Record<string, unknown>): TopLeadRow {
  const callCount = toNumber(raw.call_count);
  const smsCount = toNumber(raw.sms_count);
  return {
    leadId: String(raw.lead_id),
    customerId: String(raw.customer_id),
    name: String(raw.name),
    phone: String(raw.phone),
    propertyId: String(raw.property_id),
    callCount,
    smsCount,
    callSeconds: toNumber(raw.call_seconds),
    engagement: callCount + smsCount,
  };
}
