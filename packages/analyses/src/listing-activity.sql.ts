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

/** The per-kind counts and distinct inquirers over activity rows aliased `a`. */
export const ACTIVITY_FIGURES_SQL = `
  SUM(CASE WHEN a.kind = 'lead' THEN 1 ELSE 0 END) AS leads,
  SUM(CASE WHEN a.kind = 'call' THEN 1 ELSE 0 END) AS calls,
  SUM(CASE WHEN a.kind = 'sms' THEN 1 ELSE 0 END) AS sms,
  COUNT(DISTINCT a.customer_id) AS inquirers`;
