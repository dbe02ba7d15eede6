import { ALL_TIME, type TimeRange, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { rangeCondition, toNumber } from '@hcdm/telecom';
import { LEAD_TABLE_COLUMNS, leadFilterCondition } from './record-filter.sql.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter } from './record-filter.types.js';
import { recordsInScopeSql, scopeParameters, type RecordScope } from './record-scope.sql.js';

/** What a listing is ranked by: attributed calls, attributed SMS, leads on it, or calls + SMS. */
export type ListingMetric = 'callInquiries' | 'smsInquiries' | 'leads' | 'engagement';

export const LISTING_METRICS: readonly ListingMetric[] = ['smsInquiries', 'callInquiries', 'leads', 'engagement'];

export interface TopListingsOptions {
  readonly metric: ListingMetric;
  readonly limit: number;
  /** Over the counted calls', SMS' and leads' timestamps. */
  readonly range?: TimeRange;
  /** Only the leads, calls and SMS the filter keeps (README "Filters"). */
  readonly filter?: RecordFilter;
}

/** A listing's figures as the listing ranking counts them. */
export interface ListingFigures {
  readonly callInquiries: number;
  readonly smsInquiries: number;
  readonly leads: number;
  readonly engagement: number;
  /** Distinct customers among the records the metric counts (calls and SMS for engagement). */
  readonly inquirers: number;
}

export interface TopListingRow extends ListingFigures {
  readonly propertyId: string;
  readonly title: string;
  readonly location: string;
  readonly price: number;
}

export interface ListingFiguresOptions {
  readonly metric: ListingMetric;
  readonly propertyIds: readonly string[];
  readonly range?: TimeRange;
  readonly filter?: RecordFilter;
}

const recordsIn = recordsInScopeSql;

/** A lead's condition: created in the range, and kept by the filter (unqualified columns of `leads`). */
const leadsIn = ({ range, filter }: RecordScope) =>
  `${rangeCondition('created_at', range)} AND ${leadFilterCondition(filter, LEAD_TABLE_COLUMNS)}`;

/** Per attributed listing, the number of records of `table` in scope. */
const countsByListing = (table: 'calls' | 'sms', scope: RecordScope) => `
  SELECT attributed_property_id AS property_id, COUNT(*) AS value FROM ${table}
    WHERE attributed_property_id IS NOT NULL AND ${recordsIn(scope)}
    GROUP BY attributed_property_id`;

/** Listing ids with their metric value, unordered; every branch reads an index (grouped counts). */
const RANKING: Record<ListingMetric, (scope: RecordScope) => string> = {
  callInquiries: (scope) => countsByListing('calls', scope),
  smsInquiries: (scope) => countsByListing('sms', scope),
  leads: (scope) => `SELECT property_id, COUNT(*) AS value FROM leads WHERE ${leadsIn(scope)} GROUP BY property_id`,
  engagement: (scope) => `
    SELECT property_id, SUM(value) AS value
      FROM (${countsByListing('calls', scope)} UNION ALL ${countsByListing('sms', scope)}) per_kind
      GROUP BY property_id`,
};

/** The customer and listing of each record of `table` in scope on a listing of `ranked`. */
const inquiriesOf = (table: 'calls' | 'sms', scope: RecordScope) => `
  SELECT attributed_property_id AS property_id, customer_id FROM ${table}
    WHERE attributed_property_id IN (SELECT property_id FROM ranked) AND ${recordsIn(scope)}`;

/** The (property_id, customer_id) rows the distinct inquirers of a metric count; for engagement, calls and SMS together. */
const INQUIRIES: Record<ListingMetric, (scope: RecordScope) => string> = {
  callInquiries: (scope) => inquiriesOf('calls', scope),
  smsInquiries: (scope) => inquiriesOf('sms', scope),
  leads: (scope) => `SELECT property_id, customer_id FROM leads WHERE property_id IN (SELECT property_id FROM ranked) AND ${leadsIn(scope)}`,
  engagement: (scope) => `${inquiriesOf('calls', scope)} UNION ALL ${inquiriesOf('sms', scope)}`,
};

/**
 * The top `limit` listings by `metric`: calls and SMS by their attributed listing, leads by
 * their listing. The ranking reads only what the metric needs; the other figures and the
 * distinct inquirers are then computed for the ranked listings alone. Raw SQL because
 * QueryBuilder has no UNION; every value is a parameter. Listings with none of the metric are
 * left out; ties go to the lower property id.
 */
export async function topListings(manager: EntityManager, options: TopListingsOptions): Promise<TopListingRow[]> {
  const scope: RecordScope = { range: options.range ?? ALL_TIME, filter: await resolveRecordFilter(manager, options.filter) };
  const ranked = `
    SELECT property_id, value FROM (${RANKING[options.metric](scope)}) by_listing
      WHERE value > 0 ORDER BY value DESC, property_id ASC LIMIT :limit`;
  const raw = await queryNamed<Record<string, unknown>>(manager, figuresSql(ranked, options.metric, scope), {
    ...scopeParameters(scope),
    limit: options.limit,
  });
  return raw.map(toRow);
}

/** Well under any driver's limit on bound parameters (SQLite 32766, PostgreSQL 65535). */
const BATCH = 5000;

/**
 * The figures of the listings `propertyIds` over a range and filter, counted as
 * {@link topListings} counts them for `metric`, whatever they are (zeros included): the previous
 * period's figures of a ranking's rows.
 */
export async function listingFigures(manager: EntityManager, options: ListingFiguresOptions): Promise<Map<string, ListingFigures>> {
  const scope: RecordScope = { range: options.range ?? ALL_TIME, filter: await resolveRecordFilter(manager, options.filter) };
  const figures = new Map<string, ListingFigures>();
  for (let start = 0; start < options.propertyIds.length; start += BATCH) {
    const propertyIds = options.propertyIds.slice(start, start + BATCH);
    const given = 'SELECT property_id, 0 AS value FROM listings WHERE property_id IN (:...propertyIds)';
    const raw = await queryNamed<Record<string, unknown>>(manager, figuresSql(given, options.metric, scope), {
      ...scopeParameters(scope),
      propertyIds,
    });
    for (const row of raw) figures.set(String(row.property_id), toFigures(row));
  }
  return figures;
}

/**
 * Every figure of the listings `rankedSql` gives (property_id, value), in its order. Each table
 * is counted once, grouped by listing over the ranked listings alone (off its (listing, time)
 * index), and joined to them: no subquery per listing, which a database distributed by customer
 * (Citus) could not run, since a listing's records lie on every worker. `ranked` is MATERIALIZED
 * because SQLite would otherwise run the ranking again in each `IN`.
 */
function figuresSql(rankedSql: string, metric: ListingMetric, scope: RecordScope): string {
  const counted = (table: 'calls' | 'sms') => `
    SELECT attributed_property_id AS property_id, COUNT(*) AS n FROM ${table}
      WHERE attributed_property_id IN (SELECT property_id FROM ranked) AND ${recordsIn(scope)}
      GROUP BY attributed_property_id`;
  return `
    WITH ranked AS MATERIALIZED (${rankedSql})
    SELECT li.property_id, li.title, li.location, li.price,
      COALESCE(c.n, 0) AS call_inquiries, COALESCE(s.n, 0) AS sms_inquiries,
      COALESCE(le.n, 0) AS leads, COALESCE(i.n, 0) AS inquirers
    FROM ranked INNER JOIN listings li ON li.property_id = ranked.property_id
      LEFT JOIN (${counted('calls')}) c ON c.property_id = li.property_id
      LEFT JOIN (${counted('sms')}) s ON s.property_id = li.property_id
      LEFT JOIN (
        SELECT property_id, COUNT(*) AS n FROM leads
          WHERE property_id IN (SELECT property_id FROM ranked) AND ${leadsIn(scope)}
          GROUP BY property_id
      ) le ON le.property_id = li.property_id
      LEFT JOIN (
        SELECT property_id, COUNT(DISTINCT customer_id) AS n FROM (${INQUIRIES[metric](scope)}) inquiring GROUP BY property_id
      ) i ON i.property_id = li.property_id
    ORDER BY ranked.value DESC, li.property_id ASC`;
}


function toRow(raw: Record<string, unknown>): TopListingRow {
  return {
    propertyId: String(raw.property_id),
    title: String(raw.title),
    location: String(raw.location),
    price: toNumber(raw.price),
    ...toFigures(raw),
  };
}

function toFigures(raw: Record<string, unknown>): ListingFigures {
  const callInquiries = toNumber(raw.call_inquiries);
  const smsInquiries = toNumber(raw.sms_inquiries);
  return {
    callInquiries,
    smsInquiries,
    leads: toNumber(raw.leads),
    engagement: callInquiries + smsInquiries,
    inquirers: toNumber(raw.inquirers),
  };
}
