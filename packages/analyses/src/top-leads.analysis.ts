import { ALL_TIME, Customer, type TimeRange } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { CallRecord, SmsRecord, toNumber } from '@hcdm/telecom';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { isUnfiltered } from './record-filter.sql.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter } from './record-filter.types.js';
import { whereRecordInScope, type RecordScope } from './record-scope.sql.js';
import { readLeadDetails } from './scoring/lead-details.sql.js';
import { precomputedTopLeads } from './precomputed/lead-activity.read.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';

/** What a lead is ranked by: attributed calls, attributed SMS, attributed talk time, or calls + SMS. */
export type LeadMetric = 'callCount' | 'smsCount' | 'callSeconds' | 'engagement';

export const LEAD_METRICS: readonly LeadMetric[] = ['callCount', 'smsCount', 'callSeconds', 'engagement'];

export interface TopLeadsOptions {
  readonly metric: LeadMetric;
  readonly limit: number;
  /** Over the counted calls' and SMS' timestamps. */
  readonly range?: TimeRange;
  /** Only the calls and SMS the filter keeps (README "Filters"). */
  readonly filter?: RecordFilter;
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

type Builder = SelectQueryBuilder<object>;

/**
 * The top `limit` leads by `metric`, counting the calls and SMS attributed to each lead (never a
 * plain customer join, so no record counts twice). Leads with none of the metric are left out;
 * ties go to the lower lead id. The ranking reads only what the metric needs (mostly from the
 * attribution indexes); the other figures are then computed for the ranked rows alone.
 */
export async function topLeads(manager: EntityManager, options: TopLeadsOptions): Promise<TopLeadRow[]> {
  const range = options.range ?? ALL_TIME;
  const filter = await resolveRecordFilter(manager, options.filter);
  // Over all time and unfiltered, the per-lead figures are precomputed at import (precomputed/), when they are current.
  if (range.from === null && range.to === null && isUnfiltered(filter) && (await precomputedIsCurrent(manager))) {
    return precomputedTopLeads(manager, options.metric, options.limit);
  }
  const scope: RecordScope = { range, filter };
  const raw = await manager
    .createQueryBuilder()
    .select('r.lead_id', 'lead_id')
    .addSelect('l.customerId', 'customer_id')
    .addSelect('cu.name', 'name')
    .addSelect('cu.phone', 'phone')
    .addSelect('l.propertyId', 'property_id')
    .addSelect((sub) => perLead(sub, CallRecord, 'COUNT(*)', scope), 'call_count')
    .addSelect((sub) => perLead(sub, CallRecord, 'COALESCE(SUM(rec.durationSeconds), 0)', scope), 'call_seconds')
    .addSelect((sub) => perLead(sub, SmsRecord, 'COUNT(*)', scope), 'sms_count')
    .from((sub) => ranking(sub, options.metric, scope).limit(options.limit), 'r')
    .innerJoin(Lead, 'l', 'l.leadId = r.lead_id')
    .innerJoin(Customer, 'cu', 'cu.customerId = l.customerId')
    .orderBy('r.value', 'DESC')
    .addOrderBy('r.lead_id', 'ASC')
    .getRawMany<Record<string, unknown>>();
  return raw.map(toRow);
}

/** Lead ids with their metric value, best first. */
function ranking(sub: Builder, metric: LeadMetric, scope: RecordScope): Builder {
  if (metric === 'callCount') return recordRanking(sub, CallRecord, 'COUNT(*)', scope);
  if (metric === 'smsCount') return recordRanking(sub, SmsRecord, 'COUNT(*)', scope);
  if (metric === 'callSeconds') return recordRanking(sub, CallRecord, 'SUM(rec.durationSeconds)', scope);
  const value = 'COALESCE(c.n, 0) + COALESCE(s.n, 0)';
  return sub
    .select('lead.leadId', 'lead_id')
    .addSelect(value, 'value')
    .from(Lead, 'lead')
    .leftJoin((counts) => byLead(counts, CallRecord, 'COUNT(*)', 'n', scope), 'c', 'c.lead_id = lead.leadId')
    .leftJoin((counts) => byLead(counts, SmsRecord, 'COUNT(*)', 'n', scope), 's', 's.lead_id = lead.leadId')
    .where(`${value} > 0`)
    .orderBy(value, 'DESC')
    .addOrderBy('lead.leadId', 'ASC');
}

function recordRanking(sub: Builder, entity: typeof CallRecord | typeof SmsRecord, value: string, scope: RecordScope): Builder {
  return byLead(sub, entity, value, 'value', scope)
    .having(`${value} > 0`)
    .orderBy(value, 'DESC')
    .addOrderBy('rec.attributedLeadId', 'ASC');
}

/** `value` (an aggregate) per attributed lead, as `lead_id` and `alias`. */
function byLead(sub: Builder, entity: typeof CallRecord | typeof SmsRecord, value: string, alias: string, scope: RecordScope): Builder {
  const qb = sub
    .select('rec.attributedLeadId', 'lead_id')
    .addSelect(value, alias)
    .from(entity, 'rec')
    .where('rec.attributedLeadId IS NOT NULL');
  return whereRecordInScope(qb, 'rec', scope).groupBy('rec.attributedLeadId');
}

/**
 * One figure of one ranked lead `l`, from the attribution index. The customer is part of the
 * correlation because a record's attributed lead is always one of its own customer's leads (the
 * attribution rule), so it changes no count, and it is what lets a database distributed by
 * customer (Citus) answer each lead on the worker holding that customer's rows.
 */
function perLead(sub: Builder, entity: typeof CallRecord | typeof SmsRecord, value: string, scope: RecordScope): Builder {
  const lead = sub.select(value).from(entity, 'rec').where('rec.customerId = l.customerId').andWhere('rec.attributedLeadId = l.leadId');
  return whereRecordInScope(lead, 'rec', scope);
}

function toRow(raw: Record<string, unknown>): TopLeadRow {
  const callCount = toNumber(raw.call_count);
  const smsCount = toNumber(raw.sms_count);
  return {
    ...readLeadDetails(raw),
    callCount,
    smsCount,
    callSeconds: toNumber(raw.call_seconds),
    engagement: callCount + smsCount,
  };
}
