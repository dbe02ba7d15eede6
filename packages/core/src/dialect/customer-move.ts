import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { CustomerMove } from './dialect.js';
import { queryNamed } from '../named-query.js';

/** Dialect.moveToCustomer where a row changes its customer in place (SQLite, PostgreSQL, Citus's copied tables). */
export async function moveToCustomerInPlace(manager: EntityManager, move: CustomerMove, parameters: ObjectLiteral = {}): Promise<void> {
  const from = move.from === undefined ? '' : ` FROM ${move.from}`;
  await queryNamed(manager, `UPDATE ${move.table} SET customer_id = ${move.customer}${from} WHERE ${move.where}`, parameters);
}
