import { CHANGE_LOG_ALL_TIME, changeLogSinceSql } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

/**
 * The attribution rule (DOMAIN.md), written once in SQL: every call and SMS goes to at most one
 * lead (last touch) and one listing, stored in `attributed_lead_id` / `attributed_property_id`
 * so that every analysis is a plain GROUP BY and the numbers add up per customer.
 *
 * - Tagged (property_id set): the customer's lead on that listing, the latest at or before the
 *   record, else the earliest; no such lead: the listing counts, no lead does.
 * - Untagged: the customer's latest lead at or before the record, else the earliest; its listing.
 * - Leads order by (created_at, lead_id): equal times count as "at or before", and of leads
 *   with the same time the higher lead id is the later one.
 *
 * The import computes the same rule for the rows it reads (AttributionLookup); this refresh
 * covers the records already stored whose customer's leads changed. Set-based SQL that runs
 * unchanged on SQLite and PostgreSQL; names are constants and no value is pasted into it.
 */
export type AttributionScope =
  /** Recompute every record. */
  | { readonly kind: 'all' }
  /** Recompute the records of the customers listed in `table` (a one-column `customer_id` table). */
  | { readonly kind: 'customers-in-table'; readonly table: string }
  /**
   * Of the customers listed in `table` (one `customer_id` column), the records a write may have
   * changed, known from its change log (core's change-log.ts, SQLite's), where each customer's
   * changes to leads and records all fall at or after its earliest logged instant `since` (a
   * customer the log does not name: all its records). Those from `since` on; the earlier ones of
   * a customer with no lead before `since`; and the earlier ones tagged with the listing of a
   * logged lead of the customer, on which it has no lead before `since`. Any other earlier
   * record keeps its attribution: every lead before `since` is as it was, so its latest lead at or
   * before the record, or else the earliest, is the same lead as before, and a listing none of
   * whose leads changed offers the same leads.
   */
  | { readonly kind: 'customers-in-log'; readonly table: string; readonly changeLog: string };

export const ATTRIBUTED_TABLES = ['calls', 'sms'] as const;

const KEYS: Readonly<Record<(typeof ATTRIBUTED_TABLES)[number], string>> = { calls: 'call_id', sms: 'sms_id' };

/** Recomputes the records in scope; only records whose attribution changes are written. */
export async function refreshAttribution(manager: EntityManager, scope: AttributionScope): Promise<void> {
  if (scope.kind !== 'customers-in-log') return updateAttribution(manager, scope);
  // A failure rolls the transaction back, and its temporary tables with it.
  const since = await sinceTables(manager, scope);
  await updateAttribution(manager, since);
  await since.drop();
}

/** What `customers-in-log` reads, as tables of the transaction (SQLite's, as its log is). */
interface SinceTables {
  readonly kind: 'since-tables';
  /** `customer_id`, `since`: each listed customer and its earliest logged instant. */
  readonly customers: string;
  /** `customer_id`, `property_id`, `since`: the listings of each listed customer's logged leads. */
  readonly listings: string;
  drop(): Promise<void>;
}

const SINCE_CUSTOMERS = 'hcdm_attribution_customers_since';
const SINCE_LISTINGS = 'hcdm_attribution_listings_since';

async function sinceTables(manager: EntityManager, scope: { readonly table: string; readonly changeLog: string }): Promise<SinceTables> {
  for (const name of [scope.table, scope.changeLog]) checkedName(name);
  const drop = async () => {
    for (const table of [SINCE_CUSTOMERS, SINCE_LISTINGS]) await manager.query(`DROP TABLE IF EXISTS temp.${table}`);
  };
  await drop();
  await manager.query(`CREATE TEMP TABLE ${SINCE_CUSTOMERS} (customer_id text PRIMARY KEY NOT NULL, since integer NOT NULL)`);
  await manager.query(`INSERT INTO ${SINCE_CUSTOMERS} SELECT c.customer_id, COALESCE(m.since, ${CHANGE_LOG_ALL_TIME}) FROM ${scope.table} c
    LEFT JOIN (${changeLogSinceSql(scope.changeLog)}) m ON m.customer_id = c.customer_id`);
  await manager.query(`CREATE TEMP TABLE ${SINCE_LISTINGS} (customer_id text NOT NULL, property_id text NOT NULL, since integer NOT NULL, PRIMARY KEY (customer_id, property_id))`);
  await manager.query(`INSERT OR IGNORE INTO ${SINCE_LISTINGS} SELECT g.customer_id, g.property_id, s.since FROM ${scope.changeLog} g
    INNER JOIN ${SINCE_CUSTOMERS} s ON s.customer_id = g.customer_id WHERE g.leads <> 0`);
  return { kind: 'since-tables', customers: SINCE_CUSTOMERS, listings: SINCE_LISTINGS, drop };
}

/** The UPDATE of the records in scope, per table. */
async function updateAttribution(manager: EntityManager, scope: Exclude<AttributionScope, { kind: 'customers-in-log' }> | SinceTables): Promise<void> {
  // The picked records of the since tables made first: inlined into the UPDATE, a CROSS JOIN had
  // SQLite scan every record for each customer.
  const picked = scope.kind === 'since-tables' ? 'picked AS MATERIALIZED' : 'picked AS';
  for (const table of ATTRIBUTED_TABLES) {
    const key = KEYS[table];
    await manager.query(`
      WITH ${picked} (
        SELECT r.${key} AS record_id, r.property_id AS tag, ${pickLead('r')} AS lead_id
          FROM ${scopedRecords(table, 'r', scope)}
      ), attributed AS (
        SELECT p.record_id, p.lead_id, COALESCE(p.tag, l.property_id) AS property_id
          FROM picked p LEFT JOIN leads l ON l.lead_id = p.lead_id
      )
      UPDATE ${table} SET attributed_lead_id = a.lead_id, attributed_property_id = a.property_id
        FROM attributed a
        WHERE ${table}.${key} = a.record_id
          AND (${table}.attributed_lead_id IS DISTINCT FROM a.lead_id OR ${table}.attributed_property_id IS DISTINCT FROM a.property_id)`);
  }
}

function checkedName(table: string): string {
  if (!/^[A-Za-z_][\w.]*$/.test(table)) throw new Error(`attribution scope: bad table name ${table}`);
  return table;
}

/** The records of `table` (as `alias`) in scope: what follows FROM. */
function scopedRecords(table: (typeof ATTRIBUTED_TABLES)[number], alias: string, scope: Exclude<AttributionScope, { kind: 'customers-in-log' }> | SinceTables): string {
  if (scope.kind === 'all') return `${table} ${alias}`;
  if (scope.kind === 'customers-in-table') return `${table} ${alias} WHERE ${alias}.customer_id IN (SELECT customer_id FROM ${checkedName(scope.table)})`;
  // CROSS JOIN: SQLite keeps the customers (or listings) the outer loop, each read off an index.
  const key = KEYS[table];
  return `${table} ${alias} WHERE ${alias}.${key} IN (
      SELECT x.${key} FROM ${scope.customers} d CROSS JOIN ${table} x ON x.customer_id = d.customer_id AND x.occurred_at >= d.since
    UNION ALL
      SELECT x.${key} FROM ${scope.customers} d CROSS JOIN ${table} x ON x.customer_id = d.customer_id AND x.occurred_at < d.since
        WHERE NOT EXISTS (SELECT 1 FROM leads l WHERE l.customer_id = d.customer_id AND l.created_at < d.since)
    UNION ALL
      SELECT x.${key} FROM ${scope.listings} p CROSS JOIN ${table} x ON x.customer_id = p.customer_id AND x.occurred_at < p.since
        WHERE x.property_id = p.property_id
          AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.customer_id = p.customer_id AND l.property_id = p.property_id AND l.created_at < p.since))`;
}

/** Tagged and untagged records are separate branches so each subquery can use its own index. */
function pickLead(record: string): string {
  const tagged = `l.customer_id = ${record}.customer_id AND l.property_id = ${record}.property_id`;
  const untagged = `l.customer_id = ${record}.customer_id`;
  return `CASE WHEN ${record}.property_id IS NULL
    THEN ${lastTouch(record, untagged)}
    ELSE ${lastTouch(record, tagged)} END`;
}

function lastTouch(record: string, candidates: string): string {
  return `COALESCE(
      (SELECT l.lead_id FROM leads l WHERE ${candidates} AND l.created_at <= ${record}.occurred_at
        ORDER BY l.created_at DESC, l.lead_id DESC LIMIT 1),
      (SELECT l.lead_id FROM leads l WHERE ${candidates}
        ORDER BY l.created_at ASC, l.lead_id ASC LIMIT 1))`;
}
