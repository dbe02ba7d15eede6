import type { TimeRange } from '@hcdm/core';
import { rangeCondition } from './range.sql.js';

/**
 * Every inquiry on a listing as one row (property_id, customer_id, kind, at): its leads by their
 * listing and creation time, calls and SMS by their attributed listing and time. With
 * `oneListing`, only the listing in the `:propertyId` parameter. Each branch reads an index.
 */
export function listingActivitySql(range: TimeRange, oneListing: boolean): string {
  const records = (table: 'calls' | 'sms', kind: string) => `
    SELECT attributed_property_id AS property_id, customer_id, '${kind}' AS kind, occurred_at AS at FROM ${table}
      WHERE ${oneListing ? 'attributed_property_id = :propertyId' : 'attributed_property_id IS NOT NULL'}
        AND ${rangeCondition('occurred_at', range)}`;
  return `
    SELECT property_id, customer_id, 'lead' AS kind, created_at AS at FROM leads
      WHERE ${oneListing ? 'property_id = :propertyId' : '1 = 1'} AND ${rangeCondition('created_at', range)}
    UNION ALL ${records('calls', 'call')}
    UNION ALL ${records('sms', 'sms')}`;
}

/** The per-kind counts and distinct inquirers over activity rows aliased `a`. */
export const ACTIVITY_FIGURES_SQL = `
  SUM(CASE WHEN a.kind = 'lead' THEN 1 ELSE 0 END) AS leads,
  SUM(CASE WHEN a.kind = 'call' THEN 1 ELSE 0 END) AS calls,
  SUM(CASE WHEN a.kind = 'sms' THEN 1 ELSE 0 END) AS sms,
  COUNT(DISTINCT a.customer_id) AS inquirers`;
