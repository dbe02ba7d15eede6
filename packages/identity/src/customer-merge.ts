import { Customer, HcdmError, NotFoundError, dialectOf, queryNamed } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { CustomerAlias } from './customer-alias.entity.js';
import type { MovedRecordKind } from './customer-alias-move.entity.js';
import { type AttributionRefresh, refreshAttributionOf } from './attribution-refresh.js';
import { inTransaction } from './in-transaction.js';
import { type CustomerMerge, MOVABLE_TABLES, mergeCounts } from './moved-records.js';
import { countNamed } from './named-sql.js';

/**
 * Merges customer `from` into `into`: from's leads, calls and SMS (and the aliases from had
 * itself) move to into, each recorded so unmergeCustomer can move exactly these back; from's
 * customer row becomes an alias of into, keeping its name, phone and email; the calls and SMS
 * of both are attributed again (`refresh`: `@hcdm/attribution`'s `refreshAttribution`), since
 * into's leads changed. All in one transaction (the caller's, if it is in one).
 *
 * Refused with one line: an unknown id (NOT_FOUND); merging a customer into itself, an id that
 * is already an alias, or into an alias (INVALID_INPUT, naming the customer to use instead).
 */
export async function mergeCustomers(manager: EntityManager, from: string, into: string, refresh: AttributionRefresh): Promise<CustomerMerge> {
  return inTransaction(manager, async (tx) => {
    const merged = await customerToMerge(tx, from, into);
    await tx.getRepository(CustomerAlias).insert({ aliasId: from, customerId: into, name: merged.name, phone: merged.phone, email: merged.email });
    const counts = {} as Record<MovedRecordKind, number>;
    const ids = { from, into };
    for (const { kind, table, key } of MOVABLE_TABLES) {
      // The new alias row already points at into, so only the older aliases of from are moved.
      // The alias is a parameter of its own: PostgreSQL gives one parameter one type.
      await queryNamed(
        tx,
        `INSERT INTO customer_alias_moves (alias_id, record_kind, record_id) SELECT :alias, :kind, ${key} FROM ${table} WHERE customer_id = :from`,
        { ...ids, alias: from, kind },
      );
      counts[kind] = await countNamed(tx, `SELECT COUNT(*) AS n FROM customer_alias_moves WHERE alias_id = :from AND record_kind = :kind`, { ...ids, kind });
      await dialectOf(tx).moveToCustomer(tx, { table, key, customer: ':into', where: `${table}.customer_id = :from` }, ids);
    }
    await tx.getRepository(Customer).delete({ customerId: from });
    await refreshAttributionOf(tx, [from, into], refresh);
    return mergeCounts(from, into, counts);
  });
}

async function customerToMerge(manager: EntityManager, from: string, into: string): Promise<Customer> {
  if (from === into) throw new HcdmError('INVALID_INPUT', `cannot merge ${from} into itself`);
  const aliases = manager.getRepository(CustomerAlias);
  const customers = manager.getRepository(Customer);
  const fromAlias = await aliases.findOneBy({ aliasId: from });
  if (fromAlias) throw new HcdmError('INVALID_INPUT', `${from} is already merged into ${fromAlias.customerId}`);
  const intoAlias = await aliases.findOneBy({ aliasId: into });
  if (intoAlias) throw new HcdmError('INVALID_INPUT', `${into} is merged into ${intoAlias.customerId}; merge ${from} into ${intoAlias.customerId} instead`);
  const merged = await customers.findOneBy({ customerId: from });
  if (!merged) throw new NotFoundError(`no customer ${from}`);
  if (!(await customers.existsBy({ customerId: into }))) throw new NotFoundError(`no customer ${into}`);
  return merged;
}
