import { dialectOf, type TimeRange, queryNamed } from '@hcdm/core';
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

/** The leads of a source ranking with one stored source and status: how many, and the first-response delays of those reached (ms, in no given order). */
export interface SourceLeads {
  readonly source: string | null;
  readonly status: string | null;
  readonly leads: number;
  readonly responseMs: number[];
}

/**
 * The leads created in `range`, grouped by stored source and status, off the precomputed table
 * alone: all a source ranking needs of them, in a few rows (reading each lead's name and phone as
 * the speed-to-lead rows do took 1.5 s of the 3 s of `show sources by leads` on 200,000 leads;
 * joining `leads` for the source and status, then reading the leads one by one, most of the rest).
 */
export async function precomputedSourceLeads(manager: EntityManager, range: TimeRange): Promise<SourceLeads[]> {
  const rows = await queryNamed<{ source: string | null; status: string | null; leads: unknown; responses: string | null }>(
    manager,
    `SELECT source, status, COUNT(*) AS leads, ${dialectOf(manager).joinedIntegers('response_ms')} AS responses FROM ${LEAD_ACTIVITY_TABLE}
      WHERE ${rangeCondition('created_at', range)} GROUP BY source, status`,
    rangeParameters(range),
  );
  return rows.map((row) => ({ source: row.source, status: row.status, leads: toNumber(row.leads), responseMs: splitIntegers(row.responses) }));
}

/** Every stored spelling of a source (null: the leads without one) with its leads of all time, as `fetchSourceSpellings` reads them from the leads. */
export async function precomputedSourceSpellings(manager: EntityManager): Promise<{ value: string | null; leads: number }[]> {
  const raw = await queryNamed<{ source: string | null; leads: unknown }>(manager, `SELECT source, COUNT(*) AS leads FROM ${LEAD_ACTIVITY_TABLE} GROUP BY source`, {});
  return raw.map((row) => ({ value: row.source, leads: toNumber(row.leads) }));
}

/** Per stored source, the calls and SMS of all time attributed to its leads, summed from the precomputed per-lead counts. */
export async function precomputedSourceActivity(manager: EntityManager): Promise<{ source: string | null; calls: number; sms: number }[]> {
  const raw = await queryNamed<{ source: string | null; calls: unknown; sms: unknown }>(
    manager,
    `SELECT source, SUM(call_count) AS calls, SUM(sms_count) AS sms FROM ${LEAD_ACTIVITY_TABLE} GROUP BY source`,
    {},
  );
  return raw.map((row) => ({ source: row.source, calls: toNumber(row.calls), sms: toNumber(row.sms) }));
}

/** One agent's leads: how many, and the times to first response of those reached (ms, in no given order). */
export interface AgentLeadResponses {
  readonly agent: string;
  readonly leads: number;
  readonly responseMs: number[];
}

/**
 * Per agent owning a lead created in `range` (or `agent` alone), off the precomputed table alone,
 * one row per agent: its response times come joined in one text (read lead by lead, the 200,000
 * rows took 0.4 s of `show agents by ...`, most of it the driver making objects).
 */
export async function precomputedAgentLeads(manager: EntityManager, range: TimeRange, agent: string | undefined): Promise<AgentLeadResponses[]> {
  const ofAgent = agent === undefined ? 'agent IS NOT NULL' : 'agent = :agent';
  const rows = await queryNamed<{ agent: string; leads: unknown; responses: string | null }>(
    manager,
    `SELECT agent, COUNT(*) AS leads, ${dialectOf(manager).joinedIntegers('response_ms')} AS responses FROM ${LEAD_ACTIVITY_TABLE}
      WHERE ${ofAgent} AND ${rangeCondition('created_at', range)} GROUP BY agent`,
    { ...rangeParameters(range), ...(agent === undefined ? {} : { agent }) },
  );
  return rows.map((row) => ({
    agent: String(row.agent),
    leads: toNumber(row.leads),
    responseMs: splitIntegers(row.responses),
  }));
}

/** The values `Dialect.joinedIntegers` joined: none when the group had none (null). */
function splitIntegers(joined: string | null): number[] {
  return joined === null || joined === '' ? [] : joined.split(',').map(Number);
}
