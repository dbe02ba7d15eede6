import { ALL_TIME, type TimeRange } from '@hcdm/core';
import { CallRecord, SmsRecord, toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter } from './record-filter.types.js';
import { whereRecordInScope, type RecordScope } from './record-scope.sql.js';

/** A lead's figures as the lead rankings count them. */
export interface LeadFigures {
  readonly callCount: number;
  readonly smsCount: number;
  readonly callSeconds: number;
  /** callCount + smsCount. */
  readonly engagement: number;
}

export interface LeadFiguresOptions {
  readonly leadIds: readonly string[];
  readonly range?: TimeRange;
  readonly filter?: RecordFilter;
}

/** Well under any driver's limit on bound parameters (SQLite 32766, PostgreSQL 65535). */
const BATCH = 5000;

/**
 * The figures of the leads `leadIds` over a range and filter, counted as {@link topLeads}
 * counts them, whatever they are (zeros included): the previous period's figures of a ranking's
 * rows. Two grouped statements per batch of ids, each read off the attribution index.
 */
export async function leadFigures(manager: EntityManager, options: LeadFiguresOptions): Promise<Map<string, LeadFigures>> {
  const scope: RecordScope = { range: options.range ?? ALL_TIME, filter: await resolveRecordFilter(manager, options.filter) };
  const figures = new Map<string, LeadFigures>();
  for (let start = 0; start < options.leadIds.length; start += BATCH) {
    const ids = options.leadIds.slice(start, start + BATCH);
    const calls = await countsByLead(manager, CallRecord, 'COALESCE(SUM(rec.durationSeconds), 0)', ids, scope);
    const sms = await countsByLead(manager, SmsRecord, '0', ids, scope);
    for (const leadId of ids) {
      const call = calls.get(leadId);
      const callCount = call?.count ?? 0;
      const smsCount = sms.get(leadId)?.count ?? 0;
      figures.set(leadId, { callCount, smsCount, callSeconds: call?.seconds ?? 0, engagement: callCount + smsCount });
    }
  }
  return figures;
}

async function countsByLead(
  manager: EntityManager,
  entity: typeof CallRecord | typeof SmsRecord,
  seconds: string,
  leadIds: readonly string[],
  scope: RecordScope,
): Promise<Map<string, { count: number; seconds: number }>> {
  const qb = manager
    .createQueryBuilder()
    .select('rec.attributedLeadId', 'lead_id')
    .addSelect('COUNT(*)', 'n')
    .addSelect(seconds, 'seconds')
    .from(entity, 'rec')
    .where('rec.attributedLeadId IN (:...leadIds)', { leadIds });
  const raw = await whereRecordInScope(qb, 'rec', scope).groupBy('rec.attributedLeadId').getRawMany<Record<string, unknown>>();
  return new Map(raw.map((row) => [String(row.lead_id), { count: toNumber(row.n), seconds: toNumber(row.seconds) }]));
}
