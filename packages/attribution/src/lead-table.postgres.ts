import type { EntityManager } from 'typeorm';
import { LeadTableBuilder, MAX_LEADS_IN_MEMORY, type LeadTable } from './lead-table.js';

interface ArrayRowsClient {
  query(config: { text: string; values?: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
}

/** Leads read per round trip: the result of one is held in memory at once, as arrays. */
const PAGE = 20_000;

const ORDER = 'customer_id, created_at, lead_id';

/**
 * readLeadTableOnSqlite's PostgreSQL side: the same leads in the same order, through the import's own
 * connection (its transaction sees the leads this import merged), a page at a time after the
 * last key read, so memory holds one page besides the table. Ids sort by bytes in their "C"
 * collation, so ties on created_at break by lead id exactly as the SQL refresh breaks them.
 */
export async function readLeadTableOnPostgres(manager: EntityManager): Promise<LeadTable | null> {
  const client = (await manager.queryRunner!.connect()) as ArrayRowsClient;
  const [[count]] = (await client.query({ text: 'SELECT COUNT(*) FROM leads', rowMode: 'array' })).rows as [[string]];
  const leads = Number(count);
  if (leads > MAX_LEADS_IN_MEMORY) return null;
  const table = new LeadTableBuilder(leads);
  let after: unknown[] | null = null;
  for (;;) {
    const where = after === null ? '' : `WHERE (${ORDER}) > ($1, $2, $3)`;
    const text = `SELECT customer_id, created_at, lead_id, property_id FROM leads ${where} ORDER BY ${ORDER} LIMIT ${PAGE}`;
    const { rows } = await client.query({ text, values: after ?? [], rowMode: 'array' });
    for (const [customerId, createdAt, leadId, listingId] of rows) table.add(customerId as string, leadId as string, listingId as string, Number(createdAt));
    if (rows.length < PAGE) return table.build();
    after = rows.at(-1)!.slice(0, 3);
  }
}
