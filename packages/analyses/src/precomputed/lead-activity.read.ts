import { type TimeRange, queryNamed } from '@hcdm/core';
import { rangeCondition, rangeParameters, toNullableNumber, toNumber } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { readLeadDetails } from '../scoring/lead-details.sql.js';
import type { LeadActivity } from '../scoring/lead-activity.sql.js';
import type { LeadMetric, TopLeadRow } from '../top-leads.analysis.js';
import { LEAD_ACTIVITY_TABLE } from './lead-activity.table.js';

/** The columns of the precomputed activity a lead's score is computed from ({@link toLeadActivity} reads them). */
export const SCORING_INPUT_COLUMNS = 'lead_id, created_at, call_count, call_seconds, call_last_at, sms_count, sms_last_at';

/** Every lead's (or one customer's leads') activity over all time, read off the precomputed table. */
export async function precomputedLeadActivity(manager: EntityManager, customerId: string | undefined): Promise<LeadActivity[]> {
  const where = customerId === undefined ? '' : 'WHERE customer_id = :customerId';
  const rows = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT ${SCORING_INPUT_COLUMNS} FROM ${LEAD_ACTIVITY_TABLE} ${where}`,
    customerId === undefined ? {} : { customerId },
  );
  return rows.map(toLeadActivity);
}

/** A row of the activity table as the scoring reads it. */
export function toLeadActivity(raw: Record<string, unknown>): LeadActivity {
  const lasts = [toNullableNumber(raw.call_last_at), toNullableNumber(raw.sms_last_at)].filter((t): t is number => t !== null);
  return {
    leadId: String(raw.lead_id),
    createdAt: toNumber(raw.created_at),
    callCount: toNumber(raw.call_count),
    callSeconds: toNumber(raw.call_seconds),
    smsCount: toNumber(raw.sms_count),
    lastRecordAt: lasts.length > 0 ? Math.max(...lasts) : null,
    // Precomputed for all leads, unfiltered: every lead's creation counts.
    creationKept: true,
  };
}

const METRIC_SQL: Readonly<Record<LeadMetric, string>> = {
  callCount: 'call_count',
  smsCount: 'sms_count',
  callSeconds: 'call_seconds',
  engagement: '(call_count + sms_count)',
};

/** The top `limit` leads by `metric` over all time (ties by lead id), ranked on the precomputed table. */
export async function precomputedTopLeads(manager: EntityManager, metric: LeadMetric, limit: number): Promise<TopLeadRow[]> {
  const value = METRIC_SQL[metric];
  const rows = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT lead_id, customer_id, name, phone, property_id, call_count, sms_count, call_seconds FROM ${LEAD_ACTIVITY_TABLE}
      WHERE ${value} > 0 ORDER BY ${value} DESC, lead_id ASC LIMIT :limit`,
    { limit },
  );
  return rows.map((raw) => {
    const callCount = toNumber(raw.call_count);
    const smsCount = toNumber(raw.sms_count);
    return { ...readLeadDetails(raw), callCount, smsCount, callSeconds: toNumber(raw.call_seconds), engagement: callCount + smsCount };
  });
}

/** The leads created in `range` that no outbound record followed, in creation order (ties by lead id), named. */
export async function precomputedUnreached(manager: EntityManager, range: TimeRange): Promise<(ReturnType<typeof readLeadDetails> & { createdAt: number })[]> {
  const rows = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT lead_id, customer_id, name, phone, property_id, created_at FROM ${LEAD_ACTIVITY_TABLE}
      WHERE response_ms IS NULL AND ${rangeCondition('created_at', range)}
      ORDER BY created_at ASC, lead_id ASC`,
    rangeParameters(range),
  );
  return rows.map((raw) => ({ ...readLeadDetails(raw), createdAt: toNumber(raw.created_at) }));
}

/** One lead of a source ranking: its stored source and status, and how long its first response took (null: never). */
export interface SourceLead {
  readonly source: string | null;
  readonly status: string | null;
  readonly responseMs: number | null;
}

/**
 * The leads created in `range`, three small columns each, off the precomputed first responses:
 * all a source ranking needs of them (reading each lead's name and phone as the speed-to-lead
 * rows do took 1.5 s of the 3 s of `show sources by leads` on 200,000 leads).
 */
export async function precomputedSourceLeads(manager: EntityManager, range: TimeRange): Promise<SourceLead[]> {
  const rows = await queryNamed<{ source: string | null; status: string | null; response_ms: unknown }>(
    manager,
    `SELECT l.source AS source, l.status AS status, a.response_ms AS response_ms
      FROM ${LEAD_ACTIVITY_TABLE} a INNER JOIN leads l ON l.lead_id = a.lead_id AND l.customer_id = a.customer_id
      WHERE ${rangeCondition('a.created_at', range)}`,
    rangeParameters(range),
  );
  return rows.map((row) => ({ source: row.source, status: row.status, responseMs: toNullableNumber(row.response_ms) }));
}

/** Per stored source, the calls and SMS of all time attributed to its leads, summed from the precomputed per-lead counts. */
export async function precomputedSourceActivity(manager: EntityManager): Promise<{ source: string | null; calls: number; sms: number }[]> {
  const raw = await queryNamed<{ source: string | null; calls: unknown; sms: unknown }>(
    manager,
    `SELECT l.source AS source, SUM(a.call_count) AS calls, SUM(a.sms_count) AS sms
      FROM ${LEAD_ACTIVITY_TABLE} a INNER JOIN leads l ON l.lead_id = a.lead_id AND l.customer_id = a.customer_id
      GROUP BY l.source`,
    {},
  );
  return raw.map((row) => ({ source: row.source, calls: toNumber(row.calls), sms: toNumber(row.sms) }));
}
