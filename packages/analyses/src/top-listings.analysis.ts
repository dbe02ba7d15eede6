import { ALL_TIME, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { queryNamed } from './named-query.sql.js';
import { rangeCondition, rangeParameters, toNumber } from '@hcdm/telecom';

/** What a listing is ranked by: attributed calls, attributed SMS, leads on it, or calls + SMS. */
export type ListingMetric = 'callInquiries' | 'smsInquiries' | 'leads' | 'engagement';

export const LISTING_METRICS: readonly ListingMetric[] = ['smsInquiries', 'callInquiries', 'leads', 'engagement'];

export interface TopListingsOptions {
  readonly metric: ListingMetric;
  readonly limit: number;
  /** Over the counted calls', SMS' and leads' timestamps. */
  readonly range?: TimeRange;
}

export interface TopListingRow {
  readonly propertyId: string;
  readonly title: string;
  readonly location: string;
  readonly price: number;
  readonly callInquiries: number;
  readonly smsInquiries: number;
  readonly leads: number;
  readonly engagement: number;
  /** Distinct customers among the records the metric counts (calls and SMS for engagement). */
  readonly inquirers: number;
}

/** Per attributed listing, the number of records of `table` in the range. */
const countsByListing = (table: 'calls' | 'sms', range: TimeRange) => `
  SELECT attributed_property_id AS property_id, COUNT(*) AS value FROM ${table}
    WHERE attributed_property_id IS NOT NULL AND ${rangeCondition('occurred_at', range)}
    GROUP BY attributed_property_id`;

/** Listing ids with their metric value, unordered; every branch reads an index (grouped counts). */
const RANKING: Record<ListingMetric, (range: TimeRange) => string> = {
  callInquiries: (range) => countsByListing('calls', range),
  smsInquiries: (range) => countsByListing('sms', range),
  leads: (range) => `
    SELECT property_id, COUNT(*) AS value FROM leads WHERE ${rangeCondition('created_at', range)} GROUP BY property_id`,
  engagement: (range) => `
    SELECT property_id, SUM(value) AS value
      FROM (${countsByListing('calls', range)} UNION ALL ${countsByListing('sms', range)}) per_kind
      GROUP BY property_id`,
};

/** The customers behind one listing's counted records; for engagement, calls and SMS together. */
const inquirersOf = (table: 'calls' | 'sms', range: TimeRange) => `
  SELECT customer_id FROM ${table}
    WHERE attributed_property_id = li.property_id AND ${rangeCondition('occurred_at', range)}`;

const INQUIRERS: Record<ListingMetric, (range: TimeRange) => string> = {
  callInquiries: (range) => inquirersOf('calls', range),
  smsInquiries: (range) => inquirersOf('sms', range),
  leads: (range) => `SELECT customer_id FROM leads WHERE property_id = li.property_id AND ${rangeCondition('created_at', range)}`,
  engagement: (range) => `${inquirersOf('calls', range)} UNION ${inquirersOf('sms', range)}`,
};

/**
 * The top `limit` listings by `metric`: calls and SMS by their attributed listing, leads by
 * their listing. The ranking reads only what the metric needs; the other figures and the
 * distinct inquirers are then computed for the ranked listings alone. Raw SQL because
 * QueryBuilder has no UNION; every value is a parameter. Listings with none of the metric are
 * left out; ties go to the lower property id.
 */
export async function topListings(manager: EntityManager, options: TopListingsOptions): Promise<TopListingRow[]> {
  const range = options.range ?? ALL_TIME;
  const count = (table: 'calls' | 'sms') =>
    `(SELECT COUNT(*) FROM ${table} WHERE attributed_property_id = li.property_id AND ${rangeCondition('occurred_at', range)})`;
  const sql = `
    WITH ranked AS (
      SELECT property_id, value FROM (${RANKING[options.metric](range)}) by_listing
        WHERE value > 0 ORDER BY value DESC, property_id ASC LIMIT :limit
    )
    SELECT li.property_id, li.title, li.location, li.price,
      ${count('calls')} AS call_inquiries,
      ${count('sms')} AS sms_inquiries,
      (SELECT COUNT(*) FROM leads WHERE property_id = li.property_id AND ${rangeCondition('created_at', range)}) AS leads,
      (SELECT COUNT(DISTINCT customer_id) FROM (${INQUIRERS[options.metric](range)}) inquiring) AS inquirers
    FROM ranked INNER JOIN listings li ON li.property_id = ranked.property_id
    ORDER BY ranked.value DESC, li.property_id ASC`;
  const raw = await queryNamed<Record<string, unknown>>(manager, sql, { ...rangeParameters(range), limit: options.limit });
  return raw.map(toRow);
}

function toRow(raw: Record<string, unknown>): TopListingRow {
  const callInquiries = toNumber(raw.call_inquiries);
  const smsInquiries = toNumber(raw.sms_inquiries);
  return {
    propertyId: String(raw.property_id),
    title: String(raw.title),
    location: String(raw.location),
    price: toNumber(raw.price),
    callInquiries,
    smsInquiries,
    leads: toNumber(raw.leads),
    engagement: callInquiries + smsInquiries,
    inquirers: toNumber(raw.inquirers),
  };
}
