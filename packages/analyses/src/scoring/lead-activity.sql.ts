import type { TimeRange } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { CallRecord, rangeCondition, rangeParameters, SmsRecord, toNullableNumber, toNumber } from '@hcdm/telecom';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { precomputedLeadActivity } from '../precomputed/lead-activity.read.js';
import { precomputedIsCurrent } from '../precomputed/precomputed.rebuild.js';
import { filterParameters, isUnfiltered, leadEntityColumns, leadFilterCondition } from '../record-filter.sql.js';
import { NO_FILTER, type ResolvedFilter } from '../record-filter.types.js';
import { whereRecordInScope } from '../record-scope.sql.js';

/** A lead with the calls and SMS attributed to it in a range: what its score is computed from. */
export interface LeadActivity {
  readonly leadId: string;
  readonly createdAt: number;
  readonly callCount: number;
  readonly callSeconds: number;
  readonly smsCount: number;
  /** The latest attributed call or SMS in the range, epoch ms; null when none. */
  readonly lastRecordAt: number | null;
  /** Whether the lead itself is one the filter keeps (for an agent, one they own), so its creation counts. */
  readonly creationKept: boolean;
}

type Builder = SelectQueryBuilder<object>;

/** Which leads to read: all by default, one lead, or one customer's; and what a ranking's filter keeps. */
export interface LeadActivityFilter {
  readonly leadId?: string;
  readonly customerId?: string;
  /** The leads, and the calls and SMS, a ranking's filter keeps (README "Filters"). */
  readonly kept?: ResolvedFilter;
  /**
   * Only the leads with something in the range: made in it, or with an attributed call or SMS
   * in it (what a ranking scores; the others have no activity to score). Over all time every lead.
   */
  readonly activeOnly?: boolean;
}

/**
 * Every lead (or those `filter` keeps) with its attributed calls, call seconds and SMS in `range`:
 * one statement, the calls and the SMS each grouped once by the attribution column and joined
 * to the leads, so no record counts twice and nothing is queried per lead. Names and phones
 * are left to {@link leadDetails}, for the rows that are kept.
 */
export async function leadActivity(manager: EntityManager, range: TimeRange, filter: LeadActivityFilter = {}): Promise<LeadActivity[]> {
  // Over all time and unfiltered the figures are precomputed at import (precomputed/), when they are current.
  const allTime = range.from === null && range.to === null;
  if (allTime && filter.leadId === undefined && isUnfiltered(filter.kept ?? NO_FILTER) && (await precomputedIsCurrent(manager))) {
    return precomputedLeadActivity(manager, filter.customerId);
  }
  const qb = manager
    .createQueryBuilder()
    .select('l.leadId', 'lead_id')
    .addSelect('l.createdAt', 'created_at')
    .addSelect('c.n', 'call_count')
    .addSelect('c.seconds', 'call_seconds')
    .addSelect('c.last_at', 'call_last')
    .addSelect('s.n', 'sms_count')
    .addSelect('s.last_at', 'sms_last')
    .addSelect(creationKeptSql(filter.kept ?? NO_FILTER), 'creation_kept')
    .from(Lead, 'l')
    .leftJoin((sub) => byLead(sub, CallRecord, 'SUM(rec.durationSeconds)', range, filter), 'c', 'c.lead_id = l.leadId')
    .leftJoin((sub) => byLead(sub, SmsRecord, '0', range, filter), 's', 's.lead_id = l.leadId');
  if (filter.leadId !== undefined) qb.andWhere('l.leadId = :leadId', { leadId: filter.leadId });
  if (filter.customerId !== undefined) qb.andWhere('l.customerId = :customerId', { customerId: filter.customerId });
  // In "last 30 days" of a year, 40% of the leads: the rest were read, scored and dropped.
  if (filter.activeOnly === true && (range.from !== null || range.to !== null)) {
    qb.andWhere(`(${rangeCondition('l.createdAt', range)} OR c.lead_id IS NOT NULL OR s.lead_id IS NOT NULL)`, rangeParameters(range));
  }
  const kept = filter.kept ?? NO_FILTER;
  if (!isUnfiltered(kept)) qb.setParameters(filterParameters(kept));
  const raw = await qb.getRawMany<Record<string, unknown>>();
  return raw.map(toActivity);
}

/**
 * 1 when the filter keeps the lead itself, else 0. Not a WHERE: a lead another agent owns is
 * still scored from the records the filtered agent handled on it, without its creation.
 */
function creationKeptSql(kept: ResolvedFilter): string {
  if (isUnfiltered(kept)) return '1';
  return `CASE WHEN ${leadFilterCondition(kept, leadEntityColumns('l'))} THEN 1 ELSE 0 END`;
}

/** Count, `seconds` and latest instant of a record kind, per attributed lead. */
function byLead(sub: Builder, entity: typeof CallRecord | typeof SmsRecord, seconds: string, range: TimeRange, filter: LeadActivityFilter): Builder {
  const qb = sub
    .select('rec.attributedLeadId', 'lead_id')
    .addSelect('COUNT(*)', 'n')
    .addSelect(seconds, 'seconds')
    .addSelect('MAX(rec.occurredAt)', 'last_at')
    .from(entity, 'rec');
  if (filter.leadId === undefined) qb.where('rec.attributedLeadId IS NOT NULL');
  else qb.where('rec.attributedLeadId = :leadId', { leadId: filter.leadId });
  // A record's attributed lead is one of its own customer's, so this keeps that customer's leads' records.
  if (filter.customerId !== undefined) qb.andWhere('rec.customerId = :customerId', { customerId: filter.customerId });
  return whereRecordInScope(qb, 'rec', { range, filter: filter.kept ?? NO_FILTER }).groupBy('rec.attributedLeadId');
}

function toActivity(raw: Record<string, unknown>): LeadActivity {
  const lasts = [raw.call_last, raw.sms_last].map(toNullableNumber).filter((t): t is number => t !== null);
  return {
    leadId: String(raw.lead_id),
    createdAt: toNumber(raw.created_at),
    callCount: toNumber(raw.call_count),
    callSeconds: toNumber(raw.call_seconds),
    smsCount: toNumber(raw.sms_count),
    lastRecordAt: lasts.length > 0 ? Math.max(...lasts) : null,
    creationKept: toNumber(raw.creation_kept) === 1,
  };
}
