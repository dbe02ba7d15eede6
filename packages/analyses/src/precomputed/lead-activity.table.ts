import type { EntityManager } from 'typeorm';
import { dialectOf } from '@hcdm/core';
import { placeWithCustomers } from './customer-placement.js';
import { ALL_ROWS, andInScope, andListed, andRowInScope, type RowScope } from './precomputed.scope.js';

/** Per lead, everything the lead analyses read without a period: built at import, see precomputed.rebuild.ts. */
export const LEAD_ACTIVITY_TABLE = 'precomputed_lead_activity';

/**
 * The table's rows computed from the data, of the leads of the customers in `scope`: per lead
 * its attributed calls (count, seconds, latest), attributed SMS (count, latest), its latest
 * counted event over all time (`last_activity_at`: its creation or a later record, what score
 * recency measures) and its first response (the earliest outbound call or SMS to its customer
 * at or after the lead, and `response_ms` from the lead to it: null when never reached). The
 * customer's name and phone ride along, so the lists of leads need no join, and the lead's own
 * agent, source and status, so the agent and source rankings need none either (joined to `leads`
 * for them, `show sources by leads` spent most of its time in the join). `activity_tenths` is the scoring's (lead-score.table.ts).
 * Of the leads in `scope`: its customers' leads, or the leads it lists.
 */
export function leadActivitySql(scope: RowScope): string {
  return `
  SELECT l.lead_id, l.customer_id, cu.name, cu.phone, l.property_id, l.created_at, l.agent, l.source, l.status,
      COALESCE(c.n, 0) AS call_count, COALESCE(c.seconds, 0) AS call_seconds, c.last_at AS call_last_at,
      COALESCE(s.n, 0) AS sms_count, s.last_at AS sms_last_at,
      ${laterOf(laterOf('l.created_at', 'COALESCE(c.last_at, l.created_at)'), 'COALESCE(s.last_at, l.created_at)')} AS last_activity_at,
      r.call_response_at, r.sms_response_at,
      ${earlierOf('r.call_response_at', 'r.sms_response_at')} - l.created_at AS response_ms
    FROM (SELECT l.lead_id, ${firstOutbound('calls')} AS call_response_at, ${firstOutbound('sms')} AS sms_response_at
      FROM leads l WHERE true${andRowInScope({ customer: 'l.customer_id', key: 'l.lead_id' }, scope)}) r
    INNER JOIN leads l ON l.lead_id = r.lead_id
    INNER JOIN customers cu ON cu.customer_id = l.customer_id
    LEFT JOIN (SELECT attributed_lead_id AS lead_id, COUNT(*) AS n, SUM(duration_seconds) AS seconds, MAX(occurred_at) AS last_at
      FROM calls WHERE attributed_lead_id IS NOT NULL${scopeLeads('attributed_lead_id', scope)} GROUP BY attributed_lead_id) c ON c.lead_id = l.lead_id
    LEFT JOIN (SELECT attributed_lead_id AS lead_id, COUNT(*) AS n, MAX(occurred_at) AS last_at
      FROM sms WHERE attributed_lead_id IS NOT NULL${scopeLeads('attributed_lead_id', scope)} GROUP BY attributed_lead_id) s ON s.lead_id = l.lead_id`;
}

/**
 * `AND <column> IN (the scope's leads)`: a scope's records are found by their lead on the
 * attribution index, which holds every column the counts read (found by customer, each record
 * was a read of its own row: at 14,000 customers of 100,000, several times the whole table's
 * scan). Nothing for all rows.
 */
function scopeLeads(column: string, scope: RowScope): string {
  if (scope.kind === 'all') return '';
  if (scope.kind === 'rows-in-table') return andListed(column, scope);
  return ` AND ${column} IN (SELECT lead_id FROM leads WHERE true${andInScope('customer_id', scope)})`;
}

/** The table's columns as `leadActivitySql` gives them, in its order. */
const ACTIVITY_COLUMNS =
  'lead_id, customer_id, name, phone, property_id, created_at, agent, source, status, call_count, call_seconds, call_last_at, sms_count, sms_last_at, last_activity_at, call_response_at, sms_response_at, response_ms';

/**
 * The first outbound record of `table` to the customer `customer` at or after `at` (outer
 * columns). ORDER BY ... LIMIT 1 rather than MIN: the scan of the outbound index stops at it.
 */
export function firstOutbound(table: 'calls' | 'sms', customer = 'l.customer_id', at = 'l.created_at'): string {
  return `(SELECT o.occurred_at FROM ${table} o
      WHERE o.customer_id = ${customer} AND o.direction = 'outbound' AND o.occurred_at >= ${at}
      ORDER BY o.occurred_at ASC LIMIT 1)`;
}

/** The later of two instants that are not null. */
function laterOf(a: string, b: string): string {
  return `CASE WHEN ${a} >= ${b} THEN ${a} ELSE ${b} END`;
}

/** The earlier of two nullable instants, null when both are (SQLite's MIN and PostgreSQL's LEAST differ on nulls). */
export function earlierOf(a: string, b: string): string {
  return `CASE WHEN ${b} IS NULL OR ${a} <= ${b} THEN ${a} ELSE ${b} END`;
}

/**
 * Makes the table anew from the data: dropped, created, filled by one INSERT ... SELECT, then
 * indexed (one sort per index rather than row by row). It is a cache of the data: dropping it
 * loses nothing.
 */
export async function buildLeadActivityTable(manager: EntityManager): Promise<void> {
  const text = dialectOf(manager).textColumnType;
  await manager.query(`DROP TABLE IF EXISTS ${LEAD_ACTIVITY_TABLE}`);
  await manager.query(`
    CREATE TABLE ${LEAD_ACTIVITY_TABLE} (
      lead_id ${text} PRIMARY KEY NOT NULL,
      customer_id ${text} NOT NULL,
      name ${text} NOT NULL,
      phone ${text} NOT NULL,
      property_id ${text} NOT NULL,
      created_at bigint NOT NULL,
      agent ${text},
      source ${text},
      status ${text},
      call_count bigint NOT NULL,
      call_seconds bigint NOT NULL,
      call_last_at bigint,
      sms_count bigint NOT NULL,
      sms_last_at bigint,
      last_activity_at bigint NOT NULL,
      call_response_at bigint,
      sms_response_at bigint,
      response_ms bigint,
      activity_tenths bigint
    )`);
  await placeWithCustomers(manager, LEAD_ACTIVITY_TABLE);
  await manager.query(`INSERT INTO ${LEAD_ACTIVITY_TABLE} (${ACTIVITY_COLUMNS}) ${leadActivitySql(ALL_ROWS)}`);
  // Speed to lead and unreached leads filter leads by creation time; a profile reads one customer's.
  await manager.query(`CREATE INDEX idx_precomputed_lead_activity_time ON ${LEAD_ACTIVITY_TABLE} (created_at, lead_id)`);
  await manager.query(`CREATE INDEX idx_precomputed_lead_activity_customer ON ${LEAD_ACTIVITY_TABLE} (customer_id)`);
  // Speed to lead's percentiles over all leads: the k-th fastest response read off the index.
  await manager.query(`CREATE INDEX idx_precomputed_lead_activity_response ON ${LEAD_ACTIVITY_TABLE} (response_ms)`);
  // The score rankings: the most recent leads, and per activity score the leads recent enough (lead-score.read.ts).
  await manager.query(`CREATE INDEX idx_precomputed_lead_activity_recent ON ${LEAD_ACTIVITY_TABLE} (last_activity_at)`);
  // The source rankings group every lead by source and status with its response and counts: read
  // off this index in its order, narrow and unsorted, 40 ms against 240 ms over the table's rows.
  await manager.query(`CREATE INDEX idx_precomputed_lead_activity_source ON ${LEAD_ACTIVITY_TABLE} (source, status, response_ms, call_count, sms_count)`);
}

/**
 * Replaces the rows of the leads of the scope's customers with theirs computed from the data
 * now (a lead that moved to another customer: both are in the scope, so its old row goes too),
 * or the rows of the leads the scope lists (a listed lead no longer stored leaves no row).
 * Their `activity_tenths` are then the scoring's to fill.
 */
export async function refreshLeadActivity(manager: EntityManager, scope: RowScope): Promise<void> {
  if (scope.kind === 'all') return buildLeadActivityTable(manager);
  if (scope.kind === 'rows-in-table') {
    await manager.query(`DELETE FROM ${LEAD_ACTIVITY_TABLE} WHERE true${andListed('lead_id', scope)}`);
  } else {
    // Two statements, each on an index of its own (one with OR reads the whole table).
    await manager.query(`DELETE FROM ${LEAD_ACTIVITY_TABLE} WHERE true${andInScope('customer_id', scope)}`);
    await manager.query(`DELETE FROM ${LEAD_ACTIVITY_TABLE} WHERE lead_id IN (SELECT lead_id FROM leads WHERE true${andInScope('customer_id', scope)})`);
  }
  await manager.query(`INSERT INTO ${LEAD_ACTIVITY_TABLE} (${ACTIVITY_COLUMNS}) ${leadActivitySql(scope)}`);
}
