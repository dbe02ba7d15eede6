import { dialectOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { placeWithCustomers } from './customer-placement.js';
import { ALL_ROWS, andInScope, type PrecomputedScope } from './precomputed.scope.js';

/** Per listing and customer, over all time: their leads, attributed calls and attributed SMS (built at import). */
export const LISTING_INQUIRERS_TABLE = 'precomputed_listing_inquirers';

/**
 * Each (listing, customer) pair with anything on that listing: leads by their listing, calls and
 * SMS by their attributed listing. The roll-ups sum the counts per group of listings and count
 * the distinct customers of a group's pairs (a customer on two listings of a group counts once),
 * reading some 250,000 pairs instead of 2,000,000 records. Of the customers in `scope`.
 */
function listingInquirersSql(scope: PrecomputedScope): string {
  const customers = andInScope('customer_id', scope);
  return `
  SELECT property_id, customer_id, SUM(leads) AS leads, SUM(calls) AS calls, SUM(sms) AS sms FROM (
    SELECT property_id, customer_id, 1 AS leads, 0 AS calls, 0 AS sms FROM leads WHERE true${customers}
    UNION ALL SELECT attributed_property_id, customer_id, 0, 1, 0 FROM calls WHERE attributed_property_id IS NOT NULL${customers}
    UNION ALL SELECT attributed_property_id, customer_id, 0, 0, 1 FROM sms WHERE attributed_property_id IS NOT NULL${customers}
  ) activity GROUP BY property_id, customer_id`;
}

/** Per listing, its counts over all time, off the pairs: what a rollup counts from the activity itself (rollUpListings) over an open range. */
export const PRECOMPUTED_LISTING_COUNTS_SQL = `
  SELECT property_id, SUM(leads) AS leads, SUM(calls) AS calls, SUM(sms) AS sms FROM ${LISTING_INQUIRERS_TABLE} GROUP BY property_id`;

/** The pairs as inquiry rows (property_id, customer_id): what `listingActivitySql` gives the distinct count, for an open range. */
export const PRECOMPUTED_LISTING_INQUIRERS_SQL = `SELECT property_id, customer_id FROM ${LISTING_INQUIRERS_TABLE}`;

/** Makes the table anew from the data: a cache of the data. */
export async function buildListingInquirersTable(manager: EntityManager): Promise<void> {
  const text = dialectOf(manager).textColumnType;
  await manager.query(`DROP TABLE IF EXISTS ${LISTING_INQUIRERS_TABLE}`);
  await manager.query(`
    CREATE TABLE ${LISTING_INQUIRERS_TABLE} (
      property_id ${text} NOT NULL,
      customer_id ${text} NOT NULL,
      leads bigint NOT NULL,
      calls bigint NOT NULL,
      sms bigint NOT NULL,
      PRIMARY KEY (property_id, customer_id)
    )`);
  await placeWithCustomers(manager, LISTING_INQUIRERS_TABLE);
  await manager.query(`INSERT INTO ${LISTING_INQUIRERS_TABLE} ${listingInquirersSql(ALL_ROWS)}`);
}

/** Replaces the pairs of the scope's customers. */
export async function refreshListingInquirers(manager: EntityManager, scope: PrecomputedScope): Promise<void> {
  if (scope.kind === 'all') return buildListingInquirersTable(manager);
  await manager.query(`DELETE FROM ${LISTING_INQUIRERS_TABLE} WHERE true${andInScope('customer_id', scope)}`);
  await manager.query(`INSERT INTO ${LISTING_INQUIRERS_TABLE} ${listingInquirersSql(scope)}`);
}

/**
 * Adds a logged write's changes to the pairs (core's change-log.ts, SQLite): each logged row
 * moves its pair's counts by its own, an old side down and a new side up, so the sums per pair are
 * what the write changed, and a pair left with nothing is removed, as a rebuild would not write it.
 */
export async function applyLoggedInquirers(manager: EntityManager, changeLog: string): Promise<void> {
  await manager.query(`
    INSERT INTO ${LISTING_INQUIRERS_TABLE} (property_id, customer_id, leads, calls, sms)
      SELECT property_id, customer_id, SUM(leads), SUM(calls), SUM(sms) FROM ${changeLog} WHERE property_id IS NOT NULL GROUP BY property_id, customer_id
      ON CONFLICT (property_id, customer_id) DO UPDATE SET leads = leads + excluded.leads, calls = calls + excluded.calls, sms = sms + excluded.sms`);
  await manager.query(`
    DELETE FROM ${LISTING_INQUIRERS_TABLE} WHERE leads = 0 AND calls = 0 AND sms = 0
      AND (property_id, customer_id) IN (SELECT property_id, customer_id FROM ${changeLog} WHERE property_id IS NOT NULL)`);
}
