import type { EntityManager } from 'typeorm';
import { dialectOf } from './dialect/dialect.chooser.js';

/**
 * The change log of one write (SQLite): a row for each side of each change a statement made to
 * customers, leads, calls or SMS, written by temporary triggers, so that whoever keeps figures
 * derived from the data (hcdm's precomputed tables) knows not only which customers a write
 * touched but from which instant on, and by how much each (listing, customer) pair's counts moved.
 *
 * A row: the customer, an instant, a listing, a lead, a call, and the change of the listing's
 * lead, call and SMS counts. An inserted lead logs (its customer, its created_at, its listing,
 * itself, NULL, +1, 0, 0); a deleted call (its customer, its occurred_at, its attributed listing,
 * its attributed lead, itself, 0, -1, 0); an SMS as a call, with no call. An updated row logs its
 * old side and its new side, so a row moved to another customer or another listing, or
 * attributed anew, is logged for both. A customer whose name or phone changed, or who was deleted, logs
 * (the customer, CHANGE_LOG_ALL_TIME, NULL, NULL, NULL, 0, 0, 0): all its figures are to be made again.
 *
 * SQLite only: PostgreSQL has no temporary triggers on lasting tables (and a lasting trigger
 * would slow every program's writes); there the figures are made again per customer.
 */
export const CHANGE_LOG_TABLE = 'hcdm_change_log';

/** The instant of a change that reaches all of a customer's figures: before every instant an export can hold. */
export const CHANGE_LOG_ALL_TIME = -9_223_372_036_854_775_807n;

/** The triggers, by name: each a table, the event, and the log rows it writes (OLD and NEW sides). */
const TRIGGERS: readonly { name: string; table: string; event: string; when?: string; rows: readonly string[] }[] = [
  ...(['insert', 'update', 'delete'] as const).flatMap((event) =>
    (
      [
        { table: 'leads', at: 'created_at', property: 'property_id', lead: 'lead_id', call: 'NULL', counts: [1, 0, 0] },
        { table: 'calls', at: 'occurred_at', property: 'attributed_property_id', lead: 'attributed_lead_id', call: 'call_id', counts: [0, 1, 0] },
        { table: 'sms', at: 'occurred_at', property: 'attributed_property_id', lead: 'attributed_lead_id', call: 'NULL', counts: [0, 0, 1] },
      ] as const
    ).map(({ table, at, property, lead, call, counts }) => {
      const side = (row: 'OLD' | 'NEW') => {
        const column = (name: string) => (name === 'NULL' ? name : `${row}.${name}`);
        const signed = counts.map((count) => (row === 'OLD' ? -count : count));
        return `(${[column('customer_id'), column(at), column(property), column(lead), column(call), ...signed].join(', ')})`;
      };
      const sides = event === 'insert' ? [side('NEW')] : event === 'delete' ? [side('OLD')] : [side('OLD'), side('NEW')];
      return { name: `hcdm_log_${table}_${event}`, table, event: event.toUpperCase(), rows: sides };
    }),
  ),
  {
    name: 'hcdm_log_customers_update',
    table: 'customers',
    event: 'UPDATE',
    when: 'OLD.customer_id IS NOT NEW.customer_id OR OLD.name IS NOT NEW.name OR OLD.phone IS NOT NEW.phone',
    rows: [`(OLD.customer_id, ${CHANGE_LOG_ALL_TIME}, NULL, NULL, NULL, 0, 0, 0)`, `(NEW.customer_id, ${CHANGE_LOG_ALL_TIME}, NULL, NULL, NULL, 0, 0, 0)`],
  },
  { name: 'hcdm_log_customers_delete', table: 'customers', event: 'DELETE', rows: [`(OLD.customer_id, ${CHANGE_LOG_ALL_TIME}, NULL, NULL, NULL, 0, 0, 0)`] },
];

/**
 * Starts logging the transaction's changes (an empty log, the triggers in place): the log's table
 * name, or null on an engine without a change log (PostgreSQL, Citus). Made inside the writer's
 * transaction: a rollback takes the triggers and the log away with the data.
 */
export async function startChangeLog(manager: EntityManager): Promise<string | null> {
  if (dialectOf(manager).name !== 'sqlite') return null;
  await endChangeLog(manager);
  await manager.query(`CREATE TEMP TABLE ${CHANGE_LOG_TABLE} (customer_id text NOT NULL, at integer NOT NULL, property_id text,
    lead_id text, call_id text, leads integer NOT NULL, calls integer NOT NULL, sms integer NOT NULL)`);
  for (const trigger of TRIGGERS) {
    const when = trigger.when === undefined ? '' : ` WHEN ${trigger.when}`;
    const inserts = trigger.rows.map((row) => `INSERT INTO ${CHANGE_LOG_TABLE} VALUES ${row};`).join(' ');
    await manager.query(`CREATE TEMP TRIGGER ${trigger.name} AFTER ${trigger.event} ON main.${trigger.table}${when} BEGIN ${inserts} END`);
  }
  return CHANGE_LOG_TABLE;
}

/** Each customer the log names and the earliest instant its logged changes reach (`customer_id`, `since`): a SELECT. */
export function changeLogSinceSql(changeLog: string): string {
  return `SELECT customer_id, MIN(at) AS since FROM ${changeLog} GROUP BY customer_id`;
}

/** Stops logging: the triggers and the log dropped (nothing when there were none). */
export async function endChangeLog(manager: EntityManager): Promise<void> {
  if (dialectOf(manager).name !== 'sqlite') return;
  for (const trigger of TRIGGERS) await manager.query(`DROP TRIGGER IF EXISTS temp.${trigger.name}`);
  await manager.query(`DROP TABLE IF EXISTS temp.${CHANGE_LOG_TABLE}`);
}
