import { ALL_TIME } from '@hcdm/core';
import { Listing } from '@hcdm/property';
import type { EntityManager } from 'typeorm';
import { rollUpListings, type ListingRollupFigures, type RollupOptions } from './listing-rollup.analysis.js';
import { explicitBands, quartileBands, type PriceBand } from './price-band.edges.js';
import { filterParameters, listingFilterCondition } from './record-filter.sql.js';
import { resolveRecordFilter } from './record-filter.resolver.js';
import type { ResolvedFilter } from './record-filter.types.js';

export interface PriceBandRollupOptions extends RollupOptions {
  /** Explicit band edges; by default the quartiles of the listing prices (nearest rank). */
  readonly edges?: readonly number[];
}

export interface PriceBandRow extends ListingRollupFigures {
  readonly band: string;
  /** The band holds prices above bandFrom (null: no lower edge) up to and including bandTo (null: no upper edge). */
  readonly bandFrom: number | null;
  readonly bandTo: number | null;
}

/**
 * Listings rolled up by price band, ranked by `metric`; ties in price order. Every band is
 * listed: an explicit band without listings shows zeros (default bands are never empty). The
 * default bands are the quartiles of the prices of the listings the filter keeps.
 */
export async function priceBandRollup(manager: EntityManager, options: PriceBandRollupOptions): Promise<PriceBandRow[]> {
  const filter = await resolveRecordFilter(manager, options.filter);
  const bands = options.edges ? explicitBands(options.edges) : quartileBands(await sortedPrices(manager, filter));
  if (bands.length === 0) return [];
  const { sql, parameters } = bandIndexSql(bands);
  const groups = await rollUpListings(manager, sql, parameters, options.range ?? ALL_TIME, filter);
  const rows = bands.map((band, index) => ({ index, row: toRow(band, groups.get(index)) }));
  rows.sort((a, b) => b.row[options.metric] - a.row[options.metric] || a.index - b.index);
  return rows.map(({ row }) => row);
}

/** Every price of the listings the filter keeps, ascending, in one query: the quartiles are read off this list. */
async function sortedPrices(manager: EntityManager, filter: ResolvedFilter): Promise<number[]> {
  const raw = await manager
    .createQueryBuilder()
    .select('li.price', 'price')
    .from(Listing, 'li')
    .where(listingFilterCondition(filter, 'li.location'), filterParameters(filter))
    .orderBy('li.price', 'ASC')
    .getRawMany<{ price: unknown }>();
  return raw.map((row) => Number(row.price));
}

/** The band index of `li.price`: the first band whose upper edge it does not exceed, else the last. */
function bandIndexSql(bands: readonly PriceBand[]): { sql: string; parameters: Record<string, number> } {
  const parameters: Record<string, number> = {};
  const cases = bands.slice(0, -1).map((band, index) => {
    parameters[`bandTo${index}`] = band.to ?? 0;
    return `WHEN li.price <= :bandTo${index} THEN ${index}`;
  });
  const sql = cases.length === 0 ? '0' : `CASE ${cases.join(' ')} ELSE ${bands.length - 1} END`;
  return { sql, parameters };
}

const EMPTY: ListingRollupFigures = { listings: 0, leads: 0, callInquiries: 0, smsInquiries: 0, engagement: 0, inquirers: 0 };

function toRow(band: PriceBand, figures: ListingRollupFigures = EMPTY): PriceBandRow {
  return { band: band.label, bandFrom: band.from, bandTo: band.to, ...figures };
}
