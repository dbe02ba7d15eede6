import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { CustomerMove } from '../dialect.js';
import { moveToCustomerInPlace } from '../customer-move.js';
import { queryNamed } from '../../named-query.js';

const MOVING = 'hcdm_moving_rows';

/**
 * Citus's side of Dialect.moveToCustomer. Citus refuses to change a split table's distribution
 * column, so the rows that move are copied aside on the coordinator (with their new customer),
 * deleted, and inserted again from the copy: on the node of their new customer. A table copied
 * to every node changes in place (deleting an alias there would take its recorded moves along).
 */
export async function moveToCustomerOnCitus(manager: EntityManager, move: CustomerMove, parameters: ObjectLiteral = {}): Promise<void> {
  const split = (await manager.query(`SELECT 1 AS split FROM pg_dist_partition WHERE logicalrelid = $1::regclass AND partmethod = 'h'`, [move.table])) as unknown[];
  // One connection per worker for the rest of the transaction: after a parallel command on the
  // split tables Citus refuses to change a copied one (the aliases a merge records).
  await manager.query(`SET LOCAL citus.multi_shard_modify_mode = 'sequential'`);
  if (split.length === 0) return moveToCustomerInPlace(manager, move, parameters);
  const columns = (
    (await manager.query(
      `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      [move.table],
    )) as { name: string }[]
  ).map((row) => row.name);
  const from = move.from === undefined ? '' : `, ${move.from}`;
  await manager.query(`DROP TABLE IF EXISTS pg_temp.${MOVING}`);
  await queryNamed(
    manager,
    `CREATE TEMP TABLE ${MOVING} AS SELECT ${move.customer} AS hcdm_new_customer, ${move.table}.* FROM ${move.table}${from} WHERE ${move.where}`,
    parameters,
  );
  await manager.query(`DELETE FROM ${move.table} WHERE (customer_id, ${move.key}) IN (SELECT customer_id, ${move.key} FROM ${MOVING})`);
  const values = columns.map((column) => (column === 'customer_id' ? 'hcdm_new_customer' : column));
  await manager.query(`INSERT INTO ${move.table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${MOVING}`);
  await manager.query(`DROP TABLE pg_temp.${MOVING}`);
}
