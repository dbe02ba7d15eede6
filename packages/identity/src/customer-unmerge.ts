import { Customer, HcdmError, NotFoundError, dialectOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { CustomerAlias } from './customer-alias.entity.js';
import { CustomerAliasMove, type MovedRecordKind } from './customer-alias-move.entity.js';
import { type AttributionRefresh, refreshAttributionOf } from './attribution-refresh.js';
import { inTransaction } from './in-transaction.js';
import { type CustomerMerge, MOVABLE_TABLES, mergeCounts } from './moved-records.js';
import { countNamed } from './named-sql.js';

/**
 * Undoes mergeCustomers: the alias is a customer again with the name, phone and email it had,
 * the leads, calls, SMS and aliases that merge moved go back to it, and the calls and SMS of
 * both are attributed again (`refresh`: `@hcdm/attribution`'s `refreshAttribution`), which
 * gives back the attribution of before the merge. A record moves back only while it is still
 * with the customer the alias stands for: what later merges or unmerges took elsewhere stays
 * there, and records added to the customer after the merge stay with it.
 *
 * Refused with one line: an id that is neither an alias nor a customer (NOT_FOUND); a customer
 * that was never merged (INVALID_INPUT).
 */
export async function unmergeCustomer(manager: EntityManager, aliasId: string, refresh: AttributionRefresh): Promise<CustomerMerge> {
  return inTransaction(manager, async (tx) => {
    const alias = await aliasToUnmerge(tx, aliasId);
    const { customerId } = alias;
    await tx.getRepository(Customer).insert({ customerId: aliasId, name: alias.name, phone: alias.phone, email: alias.email });
    const counts = {} as Record<MovedRecordKind, number>;
    for (const { kind, table, key } of MOVABLE_TABLES) {
      const moved = `${table}.customer_id = :customerId AND ${table}.${key} IN (SELECT m.record_id FROM customer_alias_moves m WHERE m.alias_id = :aliasId AND m.record_kind = :kind)`;
      const parameters = { aliasId, customerId, kind };
      counts[kind] = await countNamed(tx, `SELECT COUNT(*) AS n FROM ${table} WHERE ${moved}`, parameters);
      await dialectOf(tx).moveToCustomer(tx, { table, key, customer: ':aliasId', where: moved }, parameters);
    }
    await tx.getRepository(CustomerAliasMove).delete({ aliasId });
    await tx.getRepository(CustomerAlias).delete({ aliasId });
    await refreshAttributionOf(tx, [aliasId, customerId], refresh);
    return mergeCounts(aliasId, customerId, counts);
  });
}

async function aliasToUnmerge(manager: EntityManager, aliasId: string): Promise<CustomerAlias> {
  const alias = await manager.getRepository(CustomerAlias).findOneBy({ aliasId });
  const isCustomer = await manager.getRepository(Customer).existsBy({ customerId: aliasId });
  // A customer row of the alias's id can only come from outside hcdm (its import maps aliases).
  if (alias && isCustomer) throw new HcdmError('INVALID_INPUT', `${aliasId} is both an alias of ${alias.customerId} and a customer; remove one first`);
  if (alias) return alias;
  if (isCustomer) throw new HcdmError('INVALID_INPUT', `${aliasId} is not merged into another customer`);
  throw new NotFoundError(`no customer or alias ${aliasId}`);
}
