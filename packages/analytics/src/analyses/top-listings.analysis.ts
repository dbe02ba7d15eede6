import { ALL_TIME, type TimeRange } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { queryNamed, toNumber } from './named-query.sql.js';
import { rangeCondition, rangeParameters } from './range.sql.js';

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

const METRIC_SQL: Record<ListingMetric, string> = {
  callInquiries: 't.call_inquiries',
  smsInquiries: 't.sms_inquiries',
  leads: 't.leads',
  engagement: '(t.call_inquiries + t.sms_inquiries)',
};

const INQUIRER_KINDS: Record<ListingMetric, string[]> = {
  callInquiries: ['call'],
  smsInquiries: ['sms'],
  leads: ['lead'],
  engagement: ['call', 'sms'],
};

/**
 * The top `limit` listings by `metric`: calls and SMS by their attributed listing, leads by
 * their listing, all in one pass over the union of the three. Raw SQL because QueryBuilder has
 * no UNION; every value is a parameter. Listings with none of the metric are left out; ties go
 * to the lower property id.
 */
export async function topListings(manager: EntityManager, options: TopListingsOptions): Promise<TopListingRow[]> {
  const range = options.range ?? ALL_TIME;
  const metric = METRIC_SQL[options.metric];
  const sql = `
    WITH counted AS (
      SELECT attributed_property_id AS property_id, customer_id, 'call' AS kind FROM calls
        WHERE attributed_property_id IS NOT NULL AND ${rangeCondition('occurred_at', range)}
      UNION ALL
      SELECT attributed_property_id, customer_id, 'sms' FROM sms
        WHERE attributed_property_id IS NOT NULL AND ${rangeCondition('occurred_at', range)}
      UNION ALL
      SELECT property_id, customer_id, 'lead' FROM leads WHERE ${rangeCondition('created_at', range)}
    ), t AS (
      SELECT property_id,
        SUM(CASE WHEN kind = 'call' THEN 1 ELSE 0 END) AS call_inquiries,
        SUM(CASE WHEN kind = 'sms' THEN 1 ELSE 0 END) AS sms_inquiries,
        SUM(CASE WHEN kind = 'lead' THEN 1 ELSE 0 END) AS leads,
        COUNT(DISTINCT CASE WHEN kind IN (:...inquirerKinds) THEN customer_id END) AS inquirers
      FROM counted GROUP BY property_id
    )
    SELECT li.property_id, li.title, li.location, li.price,
      t.call_inquiries, t.sms_inquiries, t.leads, t.inquirers
    FROM t INNER JOIN listings li ON li.property_id = t.property_id
    WHERE ${metric} > 0
    ORDER BY ${metric} DESC, li.property_id ASC
    LIMIT :limit`;
  const parameters = { ...rangeParameters(range), inquirerKinds: INQUIRER_KINDS[options.metric], limit: options.limit };
  const raw = await queryNamed<Record<string, unknown>>(manager, sql, parameters);
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
