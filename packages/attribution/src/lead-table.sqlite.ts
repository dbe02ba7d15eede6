import { sqliteOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { LeadTableBuilder, MAX_LEADS_IN_MEMORY, type LeadTable } from './lead-table.js';

/**
 * Every lead in (customer, created_at, lead_id) order, read through the driver; null when there
 * are too many. `+customer_id` keeps SQLite from walking the non-covering (customer, time)
 * index row by row: it reads the covering (customer, listing, time, id) index and sorts, about
 * twice as fast. The handle is SQLite's, so this statement is SQLite's too.
 */
export function readLeadTableOnSqlite(manager: EntityManager): LeadTable | null {
  const db = sqliteOf(manager);
  const { leads } = db.prepare('SELECT COUNT(*) AS leads FROM leads').get() as { leads: number };
  if (leads > MAX_LEADS_IN_MEMORY) return null;
  const table = new LeadTableBuilder(leads);
  const rows = db
    .prepare('SELECT customer_id, property_id, created_at, lead_id FROM leads ORDER BY +customer_id, created_at, lead_id')
    .raw(true)
    .iterate() as IterableIterator<[string, string, number, string]>;
  for (const [customerId, listingId, createdAt, leadId] of rows) table.add(customerId, leadId, listingId, Number(createdAt));
  return table.build();
}
