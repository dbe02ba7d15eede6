import { type TimeRange, queryNamed } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { rangeCondition, rangeParameters, toNumber, whereInRange } from '@hcdm/telecom';
import type { EntityManager } from 'typeorm';
import { filterParameters, leadEntityColumns, leadFilterCondition, RECORD_TABLE_COLUMNS, recordFilterCondition } from './record-filter.sql.js';
import { NO_FILTER, type ResolvedFilter } from './record-filter.types.js';

/** A lead's source and status as stored (null: none given). */
export interface LeadLabels {
  readonly leadId: string;
  readonly source: string | null;
  readonly status: string | null;
}

/** A stored spelling of a source or status (null: leads without one) and how many leads carry it. */
export interface LabelCount {
  readonly value: string | null;
  readonly leads: number;
}

/** The source and status of every lead created in `range`. */
export async function fetchLeadLabels(manager: EntityManager, range: TimeRange): Promise<LeadLabels[]> {
  const qb = manager.createQueryBuilder().select('l.leadId', 'lead_id').addSelect('l.source', 'source').addSelect('l.status', 'status').from(Lead, 'l');
  const raw = await whereInRange(qb, 'l.createdAt', range).getRawMany<{ lead_id: string; source: string | null; status: string | null }>();
  return raw.map((row) => ({ leadId: row.lead_id, source: row.source, status: row.status }));
}

/** Every stored spelling of a lead source, over all leads whatever their time, with its leads. */
export async function fetchSourceSpellings(manager: EntityManager): Promise<LabelCount[]> {
  const raw = await manager
    .createQueryBuilder()
    .select('l.source', 'source')
    .addSelect('COUNT(*)', 'leads')
    .from(Lead, 'l')
    .groupBy('l.source')
    .getRawMany<{ source: string | null; leads: unknown }>();
  return raw.map((row) => ({ value: row.source, leads: toNumber(row.leads) }));
}

/** Leads created in `range` that the filter keeps, per stored (source, status) pair. */
export async function fetchSourceStatusCounts(
  manager: EntityManager,
  range: TimeRange,
  filter: ResolvedFilter = NO_FILTER,
): Promise<(LabelCount & { status: string | null })[]> {
  const qb = manager
    .createQueryBuilder()
    .select('l.source', 'source')
    .addSelect('l.status', 'status')
    .addSelect('COUNT(*)', 'leads')
    .from(Lead, 'l')
    .where(leadFilterCondition(filter, leadEntityColumns('l')), filterParameters(filter));
  const raw = await whereInRange(qb, 'l.createdAt', range)
    .groupBy('l.source')
    .addGroupBy('l.status')
    .getRawMany<{ source: string | null; status: string | null; leads: unknown }>();
  return raw.map((row) => ({ value: row.source, status: row.status, leads: toNumber(row.leads) }));
}

/**
 * Per stored source, the calls and SMS in `range` that the filter keeps attributed to its leads
 * (whenever the lead was made): each table grouped by attributed lead off its (lead, time) index,
 * then summed per source.
 */
export async function fetchSourceActivity(
  manager: EntityManager,
  range: TimeRange,
  filter: ResolvedFilter = NO_FILTER,
): Promise<{ source: string | null; calls: number; sms: number }[]> {
  const kept = recordFilterCondition(filter, RECORD_TABLE_COLUMNS);
  const perLead = (table: 'calls' | 'sms', columns: string) => `
    SELECT attributed_lead_id AS lead_id, ${columns} FROM ${table}
      WHERE attributed_lead_id IS NOT NULL AND ${rangeCondition('occurred_at', range)} AND ${kept}
      GROUP BY attributed_lead_id`;
  const raw = await queryNamed<{ source: string | null; calls: unknown; sms: unknown }>(
    manager,
    `SELECT l.source AS source, SUM(x.calls) AS calls, SUM(x.sms) AS sms FROM (
        ${perLead('calls', 'COUNT(*) AS calls, 0 AS sms')}
        UNION ALL ${perLead('sms', '0 AS calls, COUNT(*) AS sms')}
      ) x INNER JOIN leads l ON l.lead_id = x.lead_id
      GROUP BY l.source`,
    { ...rangeParameters(range), ...filterParameters(filter) },
  );
  return raw.map((row) => ({ source: row.source, calls: toNumber(row.calls), sms: toNumber(row.sms) }));
}
