import { ALL_TIME, formatInstant, NotFoundError, type TimeRange, queryNamed } from '@hcdm/core';
import { Listing } from '@hcdm/property';
import type { EntityManager } from 'typeorm';
import { ACTIVITY_FIGURES_SQL, listingActivitySql } from './listing-activity.sql.js';
import { rangeParameters, toNullableNumber, toNumber } from '@hcdm/telecom';

export interface ListingSummaryOptions {
  readonly propertyId: string;
  /** Over the leads' creation times and the calls' and SMS' timestamps. */
  readonly range?: TimeRange;
  /** For first and last inquiry; UTC by default. */
  readonly timeZone?: string;
}

export interface ListingSummaryRow {
  readonly propertyId: string;
  readonly title: string;
  readonly location: string;
  readonly price: number;
  readonly leads: number;
  /** Calls and SMS attributed to the listing. */
  readonly calls: number;
  readonly sms: number;
  /** Distinct customers over the leads, calls and SMS counted. */
  readonly inquirers: number;
  /** ISO in the zone, over the leads, calls and SMS counted; null when there are none. */
  readonly firstInquiry: string | null;
  readonly lastInquiry: string | null;
}

/** One listing's leads, attributed calls and SMS, distinct inquirers over all three, first and last inquiry. */
export async function listingSummary(manager: EntityManager, options: ListingSummaryOptions): Promise<ListingSummaryRow> {
  const listing = await manager.getRepository(Listing).findOneBy({ propertyId: options.propertyId.trim() });
  if (!listing) throw new NotFoundError(`no listing with id ${options.propertyId.trim()}`);
  const range = options.range ?? ALL_TIME;
  const sql = `
    SELECT ${ACTIVITY_FIGURES_SQL}, MIN(a.at) AS first_at, MAX(a.at) AS last_at
      FROM (${listingActivitySql(range, true)}) a`;
  const [raw = {}] = await queryNamed<Record<string, unknown>>(manager, sql, {
    propertyId: listing.propertyId,
    ...rangeParameters(range),
  });
  const zone = options.timeZone ?? 'UTC';
  const first = toNullableNumber(raw.first_at);
  const last = toNullableNumber(raw.last_at);
  return {
    propertyId: listing.propertyId,
    title: listing.title,
    location: listing.location,
    price: listing.price,
    leads: toNumber(raw.leads),
    calls: toNumber(raw.calls),
    sms: toNumber(raw.sms),
    inquirers: toNumber(raw.inquirers),
    firstInquiry: first === null ? null : formatInstant(first, zone),
    lastInquiry: last === null ? null : formatInstant(last, zone),
  };
}
