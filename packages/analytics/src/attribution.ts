import type { EntityManager } from 'typeorm';

/**
 * The attribution rule (DOMAIN.md), written once: every call and SMS goes to at most one lead
 * (last touch) and one listing, stored in `attributed_lead_id` / `attributed_property_id` so
 * that every analysis is a plain GROUP BY and the numbers add up per customer.
 *
 * - Tagged (property_id set): the customer's lead on that listing, the latest at or before the
 *   record, else the earliest; no such lead: the listing counts, no lead does.
 * - Untagged: the customer's latest lead at or before the record, else the earliest; its listing.
 * - Leads order by (created_at, lead_id): equal times count as "at or before", and of leads
 *   with the same time the higher lead id is the later one.
 *
 * Set-based SQL that runs unchanged on SQLite and PostgreSQL; names are constants and no
 * value is pasted into it.
 */
export type AttributionScope =
  /** Recompute every record. */
  | { readonly kind: 'all' }
  /** Recompute the records of the customers listed in `table` (a one-column `customer_id` table). */
  | { readonly kind: 'customers-in-table'; readonly table: string };

export const ATTRIBUTED_TABLES = ['calls', 'sms'] as const;

export async function refreshAttribution(manager: EntityManager, scope: AttributionScope): Promise<void> {
  for (const table of ATTRIBUTED_TABLES) {
    const where = scopeFilter(table, scope);
    await manager.query(`UPDATE ${table} SET attributed_lead_id = ${pickLead(table)}${where}`);
    await manager.query(
      `UPDATE ${table} SET attributed_property_id = COALESCE(${table}.property_id,
         (SELECT l.property_id FROM leads l WHERE l.lead_id = ${table}.attributed_lead_id))${where}`,
    );
  }
}

function scopeFilter(table: string, scope: AttributionScope): string {
  if (scope.kind === 'all') return '';
  if (!/^[A-Za-z_][\w.]*$/.test(scope.table)) throw new Error(`attribution scope: bad table name ${scope.table}`);
  return ` WHERE ${table}.customer_id IN (SELECT customer_id FROM ${scope.table})`;
}

/** Tagged and untagged records are separate branches so each subquery can use its own index. */
function pickLead(table: string): string {
  const tagged = `l.customer_id = ${table}.customer_id AND l.property_id = ${table}.property_id`;
  const untagged = `l.customer_id = ${table}.customer_id`;
  return `CASE WHEN ${table}.property_id IS NULL
    THEN ${lastTouch(table, untagged)}
    ELSE ${lastTouch(table, tagged)} END`;
}

function lastTouch(table: string, candidates: string): string {
  return `COALESCE(
      (SELECT l.lead_id FROM leads l WHERE ${candidates} AND l.created_at <= ${table}.occurred_at
        ORDER BY l.created_at DESC, l.lead_id DESC LIMIT 1),
      (SELECT l.lead_id FROM leads l WHERE ${candidates}
        ORDER BY l.created_at ASC, l.lead_id ASC LIMIT 1))`;
}
