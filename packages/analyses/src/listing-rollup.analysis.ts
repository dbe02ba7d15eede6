import { ALL_TIME, type TimeRange, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { ACTIVITY_FIGURES_SQL, listingActivityBranches } from './listing-activity.sql.js';
import { PRECOMPUTED_LISTING_COUNTS_SQL, PRECOMPUTED_LISTING_INQUIRERS_SQL } from './precomputed/listing-inquirers.table.js';
import { precomputedIsCurrent } from './precomputed/precomputed.rebuild.js';
import type { ListingMetric } from './top-listings.analysis.js';
import { compareIds } from './id-order.js';
import { rangeParameters, toNumber } from '@hcdm/telecom';
import { filterParameters, isUnfiltered, listingFilterCondition } from './record-filter.sql.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { RecordFilter, ResolvedFilter } from './record-filter.types.js';

/** A group of listings' figures: every listing of the group counts, with or without activity. */
export interface ListingRollupFigures {
  readonly listings: number;
  /** Leads created in the range on the group's listings. */
  readonly leads: number;
  /** Calls and SMS attributed to the group's listings. */
  readonly callInquiries: number;
  readonly smsInquiries: number;
  /** callInquiries + smsInquiries. */
  readonly engagement: number;
  /** Distinct customers over those leads, calls and SMS (one customer on two listings counts once). */
  readonly inquirers: number;
}

export interface RollupOptions {
  readonly metric: ListingMetric;
  /** Over the leads' creation times and the calls' and SMS' timestamps. */
  readonly range?: TimeRange;
  /** Only the listings, leads, calls and SMS the filter keeps (README "Filters"). */
  readonly filter?: RecordFilter;
}

export interface LocationRollupRow extends ListingRollupFigures {
  readonly location: string;
}

/** Listings rolled up by location, ranked by `metric`; ties by location, ascending. */
export async function locationRollup(manager: EntityManager, options: RollupOptions): Promise<LocationRollupRow[]> {
  const filter = await resolveRecordFilter(manager, options.filter);
  const groups = await rollUpListings(manager, 'li.location', {}, options.range ?? ALL_TIME, filter);
  const rows = [...groups].map(([key, figures]) => ({ location: String(key), ...figures }));
  return rows.sort((a, b) => b[options.metric] - a[options.metric] || compareIds(a.location, b.location));
}

/**
 * Figures per group of listings, the group being `groupSql` over listings `li` (a constant of the
 * caller; its values are `parameters`), of the listings and activity the filter keeps. Every
 * group of a listing is answered, with or without activity. Distinct inquirers come from the
 * activity itself, so a customer active on two listings of a group counts once.
 */
export async function rollUpListings(
  manager: EntityManager,
  groupSql: string,
  parameters: Record<string, number | string>,
  range: TimeRange,
  filter: ResolvedFilter,
): Promise<Map<string | number, ListingRollupFigures>> {
  const groups = `(SELECT li.property_id, ${groupSql} AS group_key FROM listings li WHERE ${listingFilterCondition(filter, 'li.location')}) g`;
  const values = { ...parameters, ...rangeParameters(range), ...filterParameters(filter) };
  // Over all time and unfiltered the per-listing, per-customer counts are precomputed at import, when current.
  if (range.from === null && range.to === null && isUnfiltered(filter) && (await precomputedIsCurrent(manager))) {
    return rollUpPrecomputed(manager, groups, values);
  }
  // One pass over the period's activity gives both the counts and the inquirers: two statements
  // read the same rows twice (on the benchmark database, `show locations by leads in last 30
  // days` 0.78 s + 1.28 s of SQL against 1.34 s; the process 0.80x, paired). Most of what is
  // left is grouping the 180,000 rows. Each table's rows meet the groups in their own branch:
  // Citus cannot join a UNION ALL of distributed tables whose branches filter (a period) to the
  // listings, a reference table.
  const grouped = listingActivityBranches(range, false, filter).map(
    (sql) => `SELECT g.group_key, a.customer_id, a.kind FROM (${sql}) a INNER JOIN ${groups} ON g.property_id = a.property_id`,
  );
  const listings = await queryNamed<Record<string, unknown>>(manager, `SELECT g.group_key, COUNT(*) AS listings FROM ${groups} GROUP BY g.group_key`, values);
  const activity = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT a.group_key, ${ACTIVITY_FIGURES_SQL} FROM (${grouped.join(' UNION ALL ')}) a GROUP BY a.group_key`,
    values,
  );
  const activityOf = new Map(activity.map((row) => [row.group_key, row]));
  return new Map(
    listings.map((row) => {
      const figures = activityOf.get(row.group_key);
      return [row.group_key as string | number, toFigures({ ...figures, listings: row.listings }, toNumber(figures?.inquirers ?? 0))];
    }),
  );
}

/**
 * {@link rollUpListings} off the precomputed tables: the counts summed per group from the
 * per-listing counts, and the distinct inquirers from the per-listing, per-customer rows.
 */
async function rollUpPrecomputed(manager: EntityManager, groups: string, values: Record<string, unknown>): Promise<Map<string | number, ListingRollupFigures>> {
  const counts = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT g.group_key, COUNT(*) AS listings,
        SUM(COALESCE(c.leads, 0)) AS leads, SUM(COALESCE(c.calls, 0)) AS calls, SUM(COALESCE(c.sms, 0)) AS sms
      FROM ${groups} LEFT JOIN (${PRECOMPUTED_LISTING_COUNTS_SQL}) c ON c.property_id = g.property_id
      GROUP BY g.group_key`,
    values,
  );
  const inquirers = await queryNamed<Record<string, unknown>>(
    manager,
    `SELECT group_key, COUNT(DISTINCT customer_id) AS inquirers
      FROM (SELECT g.group_key, a.customer_id FROM (${PRECOMPUTED_LISTING_INQUIRERS_SQL}) a INNER JOIN ${groups} ON g.property_id = a.property_id) x
      GROUP BY group_key`,
    values,
  );
  const inquirersOf = new Map(inquirers.map((row) => [row.group_key, toNumber(row.inquirers)]));
  return new Map(counts.map((row) => [row.group_key as string | number, toFigures(row, inquirersOf.get(row.group_key) ?? 0)]));
}

function toFigures(raw: Record<string, unknown>, inquirers: number): ListingRollupFigures {
  const callInquiries = toNumber(raw.calls);
  const smsInquiries = toNumber(raw.sms);
  return {
    listings: toNumber(raw.listings),
    leads: toNumber(raw.leads),
    callInquiries,
    smsInquiries,
    engagement: callInquiries + smsInquiries,
    inquirers,
  };
}
