import type { EntityManager } from 'typeorm';
import { CustomerAlias } from './customer-alias.entity.js';

/**
 * Every alias id with the customer id it stands for: what an import maps a record's
 * `customer_id` through, so files that still say C002 land on C001 after `merge C002 into C001`.
 * An alias always maps to a customer (a merge re-points the aliases of the customer it merges
 * away), so one lookup is enough; an id that is no alias is not in the map.
 */
export async function readCustomerAliases(manager: EntityManager): Promise<Map<string, string>> {
  const rows = await manager.getRepository(CustomerAlias).find({ select: { aliasId: true, customerId: true } });
  return new Map(rows.map((row) => [row.aliasId, row.customerId]));
}

/** The customer an alias id stands for, or null when the id is no alias. */
export async function customerIdOfAlias(manager: EntityManager, aliasId: string): Promise<string | null> {
  const alias = await manager.getRepository(CustomerAlias).findOne({ select: { customerId: true }, where: { aliasId } });
  return alias?.customerId ?? null;
}
