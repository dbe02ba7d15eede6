import type { TimeRange } from '@hcdm/core';
import { rangeCondition } from '@hcdm/telecom';
import { LEAD_TABLE_COLUMNS, leadFilterCondition, RECORD_TABLE_COLUMNS, recordFilterCondition } from './record-filter.sql.js';
import { NO_FILTER, type ResolvedFilter } from './record-filter.types.js';

/** Unqualified columns of `calls` or `sms`: in the range and kept by the filter. */
function recordsIn(range: TimeRange, filter: ResolvedFilter): string {
  const kept = recordFilterCondition(filter, RECORD_TABLE_COLUMNS);
  return `${rangeCondition('occurred_at', range)} AND ${kept}`;
}

/** Unqualified columns of `leads`: created in the range and kept by the filter. */
function leadsIn(range: TimeRange, filter: ResolvedFilter): string {
  return `${rangeCondition('created_at', range)} AND ${leadFilterCondition(filter, LEAD_TABLE_COLUMNS)}`;
}

/**
 * Every inquiry on a listing as rows (property_id, customer_id, kind, at), one statement per
 * table: its leads by their listing and creation time, calls and SMS by their attributed listing
 * and time, those the filter keeps. With `oneListing`, only the listing in the `:propertyId`
 * parameter (each statement then reads an index).
 */
export function listingActivityBranches(range: TimeRange, oneListing: boolean, filter: ResolvedFilter = NO_FILTER): string[] {
  const records = (table: 'calls' | 'sms', kind: string) => `
    SELECT attributed_property_id AS property_id, customer_id, '${kind}' AS kind, occurred_at AS at FROM ${table}
      WHERE ${oneListing ? 'attributed_property_id = :propertyId' : 'attributed_property_id IS NOT NULL'}
        AND ${recordsIn(range, filter)}`;
  return [
    `SELECT property_id, customer_id, 'lead' AS kind, created_at AS at FROM leads
      WHERE ${oneListing ? 'property_id = :propertyId' : '1 = 1'} AND ${leadsIn(range, filter)}`,
    records('calls', 'call'),
    records('sms', 'sms'),
  ];
}

/** {@link listingActivityBranches} as one set of rows. */
export function listingActivitySql(range: TimeRange, oneListing: boolean, filter: ResolvedFilter = NO_FILTER): string {
  return listingActivityBranches(range, oneListing, filter).join('\n    UNION ALL ');
}

/**
 * Per listing (property_id), its leads, attributed calls and attributed SMS in the range that
 * the filter keeps, each counted by a grouped scan of a (listing, time) index; listings without
 * any are left out.
 */
export function listingCountsSql(range: TimeRange, filter: ResolvedFilter = NO_FILTER): string {
  const records = (table: 'calls' | 'sms', columns: string) => `
    SELECT attributed_property_id, ${columns} FROM ${table}
      WHERE attributed_property_id IS NOT NULL AND ${recordsIn(range, filter)}
      GROUP BY attributed_property_id`;
  return `
    SELECT property_id, SUM(leads) AS leads, SUM(calls) AS calls, SUM(sms) AS sms FROM (
      SELECT property_id, COUNT(*) AS leads, 0 AS calls, 0 AS sms FROM leads
        WHERE ${leadsIn(range, filter)} GROUP BY property_id
      UNION ALL ${records('calls', '0, COUNT(*), 0')}
      UNION ALL ${records('sms', '0, 0, COUNT(*)')}
    ) per_kind GROUP BY property_id`;
}

/** The per-kind counts and distinct inquirers over activity rows aliased `a`. */
export const ACTIVITY_FIGURES_SQL = `
  SUM(CASE WHEN a.kind = 'lead' THEN 1 ELSE 0 END) AS leads,
  SUM(CASE WHEN a.kind = 'call' THEN 1 ELSE 0 END) AS calls,
  SUM(CASE WHEN a.kind = 'sms' THEN 1 ELSE 0 END) AS sms,
  COUNT(DISTINCT a.customer_id) AS inquirers`;
