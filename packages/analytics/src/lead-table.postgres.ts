import type { EntityManager } from 'typeorm';
import type { LeadTable } from './attribution.lookup.js';
import { MAX_LEADS_IN_MEMORY } from './lead-table.reader.js';

interface ArrayRowsClient {
  query(config: { text: string; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
}

/**
 * readLeadTable on PostgreSQL: the same leads in the same order, through the import's own
 * connection (its transaction sees the leads this import merged). Ids sort by bytes in their
 * "C" collation, so ties on created_at break by lead id exactly as the SQL refresh breaks them.
 * Rows come back as arrays (no object per row), created_at as text (bigint), hence Number().
 */
export async function readLeadTableOnPostgres(manager: EntityManager): Promise<LeadTable | null> {
  const client = (await manager.queryRunner!.connect()) as ArrayRowsClient;
  const [[count]] = (await client.query({ text: 'SELECT COUNT(*) FROM leads', rowMode: 'array' })).rows as [[string]];
  const leads = Number(count);
  if (leads > MAX_LEADS_IN_MEMORY) return null;
  const { rows } = await client.query({
    text: 'SELECT customer_id, property_id, created_at, lead_id FROM leads ORDER BY customer_id, created_at, lead_id',
    rowMode: 'array',
  });
  const table: LeadTable = { customerIds: [], leadIds: [], listingIds: [], times: new Float64Array(leads) };
  rows.forEach(([customerId, listingId, createdAt, leadId], index) => {
    table.customerIds.push(customerId as string);
    table.listingIds.push(listingId as string);
    table.leadIds.push(leadId as string);
    table.times[index] = Number(createdAt);
  });
  return table;
}
