import { join } from 'node:path';
import { createTestDatabase, describeOnCitus, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openDatabase } from './hcdm-database.js';

/**
 * Each of this schema's tables Citus manages: how it is placed ('h' split by hash, 'n' copied to
 * every node), by which column, and its colocation group (tables of one group keep one
 * customer's rows on one node). A name without a schema is of the test's own search path.
 */
const LAYOUT_SQL = `
  SELECT logicalrelid::regclass::text AS name, partmethod AS method,
      CASE WHEN partmethod = 'h' THEN column_to_column_name(logicalrelid, partkey) END AS column, colocationid AS colocation
    FROM pg_dist_partition WHERE logicalrelid::regclass::text NOT LIKE '%.%'`;

/** By name, byte by byte (the database's collation may order underscores otherwise). */
const byName = (a: readonly unknown[], b: readonly unknown[]) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);

/** One customer with a lead on a listing, and one call. */
const EXPORTS = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\n',
  'listings.csv': 'property_id,title,location,price\nP1,Flat,Baner,100\n',
  'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T09:00:00Z\n',
  'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C1,2026-03-01T10:00:00Z,10\n',
};

interface Placed {
  name: string;
  method: string;
  column: string | null;
  colocation: number;
}

describeOnCitus('hcdm on a Citus coordinator', () => {
  it('splits customers, their records and the precomputed per-customer tables by customer_id, all in one group, and copies the rest', async () => {
    const database = await createTestDatabase();
    const db = await openDatabase({ database });
    const folder = join(makeTempDir(), 'exports');
    writeFiles(folder, EXPORTS);
    await db.import([folder]);
    const placed = (await db.dataSource.query(LAYOUT_SQL)) as Placed[];
    await db.close();
    const split = ['calls', 'customers', 'leads', 'precomputed_lead_activity', 'precomputed_listing_inquirers', 'precomputed_missed_calls', 'sms'];
    const copied = ['customer_alias_moves', 'customer_aliases', 'listings', 'tracking_numbers'];
    expect(placed.map(({ name, method, column }) => [name, method, column]).sort(byName)).toEqual(
      [...split.map((name) => [name, 'h', 'customer_id']), ...copied.map((name) => [name, 'n', null])].sort(byName),
    );
    const groups = new Set(placed.filter((table) => table.method === 'h').map((table) => table.colocation));
    expect(groups.size).toBe(1);
    // A group of their own: no table of another schema (another test's) shares it.
    const others = (await openAndQuery(database, OTHERS_IN_GROUP_SQL, [[...groups][0]])) as { n: number }[];
    expect(others).toEqual([{ n: 0 }]);
  });

  it('places again, at the next write, a precomputed table an older hcdm left on the coordinator', async () => {
    const database = await createTestDatabase();
    const folder = join(makeTempDir(), 'exports');
    writeFiles(folder, EXPORTS);
    const db = await openDatabase({ database });
    await db.import([folder]);
    // What an hcdm before this layout left: the table a plain one on the coordinator.
    await db.dataSource.query(`SELECT undistribute_table('precomputed_lead_activity')`);
    writeFiles(folder, { 'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C1,2026-03-01T10:00:00Z,10\nK2,C1,2026-03-02T10:00:00Z,20\n' });
    await db.import([folder]);
    const placed = (await db.dataSource.query(LAYOUT_SQL)) as Placed[];
    const activity = (await db.dataSource.query('SELECT lead_id, call_count, call_seconds FROM precomputed_lead_activity')) as unknown[];
    await db.close();
    const group = (name: string) => placed.find((table) => table.name === name)?.colocation;
    expect({ method: placed.find((table) => table.name === 'precomputed_lead_activity')?.method, sameGroup: group('precomputed_lead_activity') === group('customers') }).toEqual({
      method: 'h',
      sameGroup: true,
    });
    // L1's two calls, 10 and 20 seconds, counted by the rebuild.
    expect(activity).toEqual([{ lead_id: 'L1', call_count: 2, call_seconds: 30 }]);
  });
});

/** The tables of other schemas in a colocation group. */
const OTHERS_IN_GROUP_SQL = `SELECT COUNT(*)::int AS n FROM pg_dist_partition WHERE colocationid = $1 AND logicalrelid::regclass::text LIKE '%.%'`;

async function openAndQuery(database: string, sql: string, parameters: unknown[]): Promise<unknown[]> {
  const db = await openDatabase({ database, readonly: true });
  try {
    return (await db.dataSource.query(sql, parameters)) as unknown[];
  } finally {
    await db.close();
  }
}
