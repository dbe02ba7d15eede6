import { changeLogSinceSql } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { LEAD_ACTIVITY_TABLE } from './lead-activity.table.js';
import { MISSED_CALLS_TABLE } from './missed-calls.table.js';
import type { ListedRows } from './precomputed.scope.js';

/** Each logged customer and the earliest instant its changes reach (`since`). */
const CHANGED_CUSTOMERS = 'hcdm_changed_customers';
const CHANGED_LEADS = 'hcdm_changed_leads';
const CHANGED_CALLS = 'hcdm_changed_calls';

/** The rows of the per-lead and per-call tables a logged write may have changed: to compute again. */
export interface ChangedRows {
  readonly leads: ListedRows;
  readonly calls: ListedRows;
  /** Drops the lists (temporary tables of the transaction). */
  drop(): Promise<void>;
}

/**
 * From a write's change log (core's change-log.ts, SQLite), the leads and missed calls whose
 * stored figures may differ from the data's now: far fewer than all of the touched customers'
 * (a weekly batch touches 14% of the benchmark's customers, who hold 70% of its records). A
 * customer's `since` is the earliest instant its logged changes reach (old and new sides).
 * - A lead's row changes when the lead does, or one of its attributed records (a record logs its
 *   lead, before and after: so both are in the log), or its customer's name or phone (`since` is
 *   then CHANGE_LOG_ALL_TIME), or its first outbound call or SMS may move: none yet, or one at or
 *   after `since`. One before `since` stands: no record before it changed.
 * - A missed call's row changes when the call does (it is in the log), or its customer's name or
 *   phone, or its first return may move: none yet, or one at or after `since`.
 * SQLite's own SQL (the log is SQLite's): CROSS JOIN keeps the customers the outer loop, each read
 * off the activity table's customer index (the planner, knowing nothing of a temporary table,
 * would scan the table instead). The missed calls have no customer index to keep up: that branch
 * reads the table once (100,000 rows on the benchmark, 0.3-0.4 s).
 */
export async function changedRows(manager: EntityManager, changeLog: string): Promise<ChangedRows> {
  await dropLists(manager);
  await manager.query(`CREATE TEMP TABLE ${CHANGED_CUSTOMERS} (customer_id text PRIMARY KEY NOT NULL, since integer NOT NULL)`);
  await manager.query(`INSERT INTO ${CHANGED_CUSTOMERS} (customer_id, since) ${changeLogSinceSql(changeLog)}`);
  await manager.query(`CREATE TEMP TABLE ${CHANGED_LEADS} (id text PRIMARY KEY NOT NULL)`);
  await manager.query(`CREATE TEMP TABLE ${CHANGED_CALLS} (id text PRIMARY KEY NOT NULL)`);
  const changedLeads = [
    `SELECT lead_id FROM ${changeLog} WHERE lead_id IS NOT NULL`,
    `SELECT a.lead_id FROM ${CHANGED_CUSTOMERS} d CROSS JOIN ${LEAD_ACTIVITY_TABLE} a ON a.customer_id = d.customer_id
      WHERE a.call_response_at IS NULL OR a.call_response_at >= d.since OR a.sms_response_at IS NULL OR a.sms_response_at >= d.since`,
  ];
  const changedCalls = [
    `SELECT call_id FROM ${changeLog} WHERE call_id IS NOT NULL`,
    `SELECT m.call_id FROM ${MISSED_CALLS_TABLE} m INNER JOIN ${CHANGED_CUSTOMERS} d ON d.customer_id = m.customer_id
      WHERE m.return_ms IS NULL OR m.occurred_at + m.return_ms >= d.since`,
  ];
  for (const select of changedLeads) await manager.query(`INSERT OR IGNORE INTO ${CHANGED_LEADS} (id) ${select}`);
  for (const select of changedCalls) await manager.query(`INSERT OR IGNORE INTO ${CHANGED_CALLS} (id) ${select}`);
  return {
    leads: { kind: 'rows-in-table', table: CHANGED_LEADS },
    calls: { kind: 'rows-in-table', table: CHANGED_CALLS },
    drop: () => dropLists(manager),
  };
}

async function dropLists(manager: EntityManager): Promise<void> {
  for (const table of [CHANGED_CUSTOMERS, CHANGED_LEADS, CHANGED_CALLS]) await manager.query(`DROP TABLE IF EXISTS temp.${table}`);
}
