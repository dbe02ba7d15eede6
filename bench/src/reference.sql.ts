import { SAMPLE_KINDS } from './bench.sizes.js';
import type { SampleManifest } from '@hcdm/sample';
import { fileOf } from './dataset.cache.js';
import { sqlString } from './sql-string.js';

/**
 * The reference: the same files loaded by the sqlite3 shell's `.import` into tables with the
 * same columns and the same primary keys, nothing validated, no secondary index, the values as
 * the files spell them (timestamps stay text).
 */
export const REFERENCE_SCHEMA = `
CREATE TABLE customers (customer_id TEXT PRIMARY KEY NOT NULL, name TEXT, phone TEXT, email TEXT);
CREATE TABLE listings (property_id TEXT PRIMARY KEY NOT NULL, title TEXT, location TEXT, price REAL, bedrooms INTEGER, kind TEXT);
CREATE TABLE leads (lead_id TEXT PRIMARY KEY NOT NULL, customer_id TEXT, property_id TEXT, timestamp TEXT, status TEXT, source TEXT, agent TEXT);
CREATE TABLE calls (call_id TEXT PRIMARY KEY NOT NULL, customer_id TEXT, timestamp TEXT, duration INTEGER, direction TEXT, status TEXT, property_id TEXT, agent TEXT);
CREATE TABLE sms (sms_id TEXT PRIMARY KEY NOT NULL, customer_id TEXT, timestamp TEXT, message_length INTEGER, direction TEXT, property_id TEXT, agent TEXT);
`;

/** The shell script that creates the reference tables and imports every file (headers skipped). */
export function referenceImportScript(manifest: SampleManifest): string {
  const imports = SAMPLE_KINDS.map((kind) => `.import --csv --skip 1 ${sqlString(fileOf(manifest, kind))} ${kind}`);
  return [REFERENCE_SCHEMA, ...imports, ''].join('\n');
}

/** A period as the reference can say it over text timestamps: ISO dates compare as text. */
export interface TextPeriod {
  readonly from: string;
  readonly to: string;
}

function when(column: string, period: TextPeriod | null): string {
  return period === null ? 'true' : `${column} >= '${period.from}' AND ${column} < '${period.to}'`;
}

/**
 * The seed's plain SQL for each analysis: count per customer first, then join. The top-leads
 * join is written leads-first (CROSS JOIN fixes SQLite's join order): left to its planner,
 * SQLite 3.40 scans all leads once per customer, and a reference that slow would flatter hcdm.
 */
export const REFERENCE_QUERIES = {
  topLeadsByCalls: (period: TextPeriod | null) => `
    WITH per_customer AS (SELECT customer_id, COUNT(*) AS calls FROM calls WHERE ${when('timestamp', period)} GROUP BY customer_id)
    SELECT l.lead_id, c.name, c.phone, l.property_id, p.calls
      FROM leads l CROSS JOIN per_customer p ON p.customer_id = l.customer_id JOIN customers c ON c.customer_id = l.customer_id
      ORDER BY p.calls DESC, l.lead_id LIMIT 5;`,
  listingsBySms: (period: TextPeriod | null) => `
    WITH per_customer AS (SELECT customer_id, COUNT(*) AS sms FROM sms WHERE ${when('timestamp', period)} GROUP BY customer_id)
    SELECT li.property_id, li.title, li.location, li.price, SUM(p.sms) AS inquiries, COUNT(DISTINCT p.customer_id) AS inquirers
      FROM per_customer p JOIN leads l ON l.customer_id = p.customer_id JOIN listings li ON li.property_id = l.property_id
      GROUP BY li.property_id ORDER BY inquiries DESC, li.property_id LIMIT 10;`,
  customerSummary: (period: TextPeriod | null, customerId: string) => `
    WITH calls_pc AS (SELECT customer_id, COUNT(*) AS n, SUM(duration) AS seconds, MIN(timestamp) AS first, MAX(timestamp) AS last
                        FROM calls WHERE ${when('timestamp', period)} GROUP BY customer_id),
         sms_pc AS (SELECT customer_id, COUNT(*) AS n, MIN(timestamp) AS first, MAX(timestamp) AS last
                      FROM sms WHERE ${when('timestamp', period)} GROUP BY customer_id),
         leads_pc AS (SELECT customer_id, COUNT(*) AS n, COUNT(DISTINCT property_id) AS listings
                        FROM leads WHERE ${when('timestamp', period)} GROUP BY customer_id)
    SELECT c.customer_id, c.name, c.phone, k.n, k.seconds, s.n, l.n, l.listings, MIN(k.first, s.first), MAX(k.last, s.last)
      FROM customers c LEFT JOIN calls_pc k ON k.customer_id = c.customer_id LEFT JOIN sms_pc s ON s.customer_id = c.customer_id
        LEFT JOIN leads_pc l ON l.customer_id = c.customer_id
      WHERE c.customer_id = ${sqlString(customerId)};`,
} as const;
