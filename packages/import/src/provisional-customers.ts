import type { EntityManager } from 'typeorm';
import type { ImportDialect } from './dialect/import-dialect.js';

const REPLACED = 'hcdm_replaced_customers';

/** A provisional customer: made by a record of an unknown number, its id that number, its name empty. */
const PROVISIONAL = (alias: string) => `${alias}.customer_id = ${alias}.phone AND ${alias}.name = ''`;

/** The tables whose rows name a customer, and their keys. */
const CUSTOMER_TABLES = [
  { table: 'leads', key: 'lead_id' },
  { table: 'calls', key: 'call_id' },
  { table: 'sms', key: 'sms_id' },
] as const;

/**
 * Once customers are imported, a real customer who brings the number of a provisional one
 * takes its place (DOMAIN.md "Real exports"): the provisional customer's leads, calls and SMS
 * move to them, their ids go into `changedCustomersTable` for the attribution refresh (both ids
 * into `touchedCustomersTable`, when given), and the
 * provisional customer is deleted. A number two real customers share replaces nothing (that is
 * a duplicate to merge first). Answers how many were replaced.
 */
export async function replaceProvisionalCustomers(
  manager: EntityManager,
  dialect: ImportDialect,
  changedCustomersTable: string,
  touchedCustomersTable?: string,
): Promise<number> {
  const table = dialect.tempTableName(REPLACED);
  await manager.query(`DROP TABLE IF EXISTS ${table}`);
  await manager.query(`CREATE TEMP TABLE ${REPLACED} (provisional_id ${dialect.textColumnType} PRIMARY KEY, customer_id ${dialect.textColumnType} NOT NULL)`);
  await manager.query(
    // The provisional customers first, on their own (few, and on Citus gathered on the
    // coordinator and sent to every node): customers split by id are then matched by phone on
    // each node, where a join of the table with itself by phone would need rows moved between them.
    `WITH provisional AS MATERIALIZED (SELECT p.customer_id, p.phone FROM customers p WHERE ${PROVISIONAL('p')})
     INSERT INTO ${REPLACED} (provisional_id, customer_id)
       SELECT p.customer_id, MIN(r.customer_id) FROM provisional p
         JOIN customers r ON r.phone = p.phone AND r.customer_id <> p.customer_id AND NOT (${PROVISIONAL('r')})
       GROUP BY p.customer_id HAVING COUNT(*) = 1`,
  );
  const [{ replaced }] = (await manager.query(`SELECT COUNT(*) AS replaced FROM ${REPLACED}`)) as [{ replaced: number | string }];
  if (Number(replaced) > 0) {
    for (const { table, key } of CUSTOMER_TABLES) {
      await dialect.moveToCustomer(manager, { table, key, customer: 'x.customer_id', from: `${REPLACED} x`, where: `x.provisional_id = ${table}.customer_id` });
    }
    // `WHERE true`: SQLite reads an INSERT ... SELECT's ON CONFLICT only after a WHERE.
    await manager.query(`INSERT INTO ${changedCustomersTable} (customer_id) SELECT customer_id FROM ${REPLACED} WHERE true ON CONFLICT DO NOTHING`);
    if (touchedCustomersTable !== undefined) {
      // Both: what was derived from the provisional customer's rows goes, the real one's is made again.
      await manager.query(
        `INSERT INTO ${touchedCustomersTable} (customer_id)
          SELECT id FROM (SELECT provisional_id AS id FROM ${REPLACED} UNION SELECT customer_id FROM ${REPLACED}) replaced WHERE true ON CONFLICT DO NOTHING`,
      );
    }
    await manager.query(`DELETE FROM customers WHERE customer_id IN (SELECT provisional_id FROM ${REPLACED})`);
  }
  await manager.query(`DROP TABLE ${table}`);
  return Number(replaced);
}
