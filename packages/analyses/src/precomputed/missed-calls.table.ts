import { dialectOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { earlierOf, firstOutbound } from './lead-activity.table.js';
import { placeWithCustomers } from './customer-placement.js';
import { ALL_ROWS, andInScope, andListed, andRowInScope, type RowScope } from './precomputed.scope.js';

/** Per inbound call not answered: its customer, its agent and its first return, built at import (see precomputed.rebuild.ts). */
export const MISSED_CALLS_TABLE = 'precomputed_missed_calls';

/**
 * Every inbound call whose status is not `answered` (what the telecom rule calls missed) with the first outbound call or SMS to its customer
 * at or after it, however much later: a call is returned within N hours exactly when that first
 * one comes at most N hours after, so one stored instant answers every window. Of the calls of
 * the customers in `scope` (a call's return is its own customer's), or of the calls it lists.
 */
function missedCallsSql(scope: RowScope): string {
  return `
  SELECT mc.call_id, mc.customer_id, cu.name, cu.phone, mc.occurred_at, mc.status, mc.agent,
      ${earlierOf('r.call_return_at', 'r.sms_return_at')} - mc.occurred_at AS return_ms
    FROM (SELECT mc.call_id, ${firstOutbound('calls', 'mc.customer_id', 'mc.occurred_at')} AS call_return_at,
        ${firstOutbound('sms', 'mc.customer_id', 'mc.occurred_at')} AS sms_return_at
      FROM calls mc WHERE mc.direction = 'inbound' AND mc.status <> 'answered'${andRowInScope({ customer: 'mc.customer_id', key: 'mc.call_id' }, scope)}) r
    INNER JOIN calls mc ON mc.call_id = r.call_id
    INNER JOIN customers cu ON cu.customer_id = mc.customer_id`;
}

/** Makes the table anew from the data (dropped, created, filled, then indexed): a cache of the data. */
export async function buildMissedCallsTable(manager: EntityManager): Promise<void> {
  const text = dialectOf(manager).textColumnType;
  await manager.query(`DROP TABLE IF EXISTS ${MISSED_CALLS_TABLE}`);
  await manager.query(`
    CREATE TABLE ${MISSED_CALLS_TABLE} (
      call_id ${text} PRIMARY KEY NOT NULL,
      customer_id ${text} NOT NULL,
      name ${text} NOT NULL,
      phone ${text} NOT NULL,
      occurred_at bigint NOT NULL,
      status ${text} NOT NULL,
      agent ${text},
      return_ms bigint
    )`);
  await placeWithCustomers(manager, MISSED_CALLS_TABLE);
  await manager.query(`INSERT INTO ${MISSED_CALLS_TABLE} ${missedCallsSql(ALL_ROWS)}`);
  // The missed calls in time order (ties by call id), of all time or of a period.
  await manager.query(`CREATE INDEX idx_precomputed_missed_calls_time ON ${MISSED_CALLS_TABLE} (occurred_at, call_id)`);
}

/**
 * Replaces the rows of the scope's customers' calls. A stored row's customer is its call's
 * unless the call moved, and then both customers are in the scope: so the calls of the scope
 * are all the rows to replace, found by key (no index on the row's customer to keep up). Or the
 * rows of the calls the scope lists (a listed call no longer stored, or no longer missed, leaves none).
 */
export async function refreshMissedCalls(manager: EntityManager, scope: RowScope): Promise<void> {
  if (scope.kind === 'all') return buildMissedCallsTable(manager);
  const stale = scope.kind === 'rows-in-table' ? andListed('call_id', scope) : ` AND call_id IN (SELECT call_id FROM calls WHERE true${andInScope('customer_id', scope)})`;
  await manager.query(`DELETE FROM ${MISSED_CALLS_TABLE} WHERE true${stale}`);
  await manager.query(`INSERT INTO ${MISSED_CALLS_TABLE} ${missedCallsSql(scope)}`);
}
