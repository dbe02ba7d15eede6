import { dirname } from 'node:path';
import { dialectOf } from '@hcdm/core';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { BASE_CSV, BASE_TABLES } from '@hcdm/test-database';
import { dumpTables, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

const BASE_COUNTS = {
  customers: { inserted: 3, updated: 0, unchanged: 0, rejected: 0 },
  listings: { inserted: 2, updated: 0, unchanged: 0, rejected: 0 },
  tracking_numbers: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
  leads: { inserted: 3, updated: 0, unchanged: 0, rejected: 0 },
  calls: { inserted: 5, updated: 0, unchanged: 0, rejected: 0 },
  sms: { inserted: 2, updated: 0, unchanged: 0, rejected: 0 },
};

const LOGGED_TABLES = { customers: 'customer_id', listings: 'property_id', leads: 'lead_id', calls: 'call_id', sms: 'sms_id' };

/** Every insert or update on an hcdm table from now on is logged in `writes`, row by row, in each engine's trigger syntax. */
async function logWrites(fixture: ImportFixture): Promise<() => Promise<unknown[]>> {
  if (dialectOf(fixture.dataSource).name === 'citus') return logWritesByVersion(fixture);
  const postgres = dialectOf(fixture.dataSource).name === 'postgres';
  await fixture.dataSource.query('CREATE TABLE writes (seq integer PRIMARY KEY, tbl varchar, op varchar)');
  if (postgres) {
    await fixture.dataSource.query(`CREATE SEQUENCE writes_seq`);
    await fixture.dataSource.query(`CREATE FUNCTION log_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO writes VALUES (nextval('writes_seq'), TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`);
  }
  for (const table of Object.keys(LOGGED_TABLES)) {
    for (const op of ['INSERT', 'UPDATE']) {
      await fixture.dataSource.query(
        postgres
          ? `CREATE TRIGGER log_${table}_${op} AFTER ${op} ON ${table} FOR EACH ROW EXECUTE FUNCTION log_write()`
          : `CREATE TRIGGER log_${table}_${op} AFTER ${op} ON ${table} BEGIN INSERT INTO writes (tbl, op) VALUES ('${table}', '${op}'); END`,
      );
    }
  }
  return () => fixture.dataSource.query('SELECT tbl, op FROM writes ORDER BY seq');
}

/**
 * On Citus a trigger runs on the workers' shards, where it cannot log to the coordinator: every
 * row written since is found by its version (xmin) instead, table by table in the order of the
 * import. Rows written twice count once, so it answers what the trigger log answers when each
 * row is written at most once, as here.
 */
async function logWritesByVersion(fixture: ImportFixture): Promise<() => Promise<unknown[]>> {
  const versions = async () => {
    const all = new Map<string, string>();
    for (const [table, key] of Object.entries(LOGGED_TABLES)) {
      const rows = (await fixture.dataSource.query(`SELECT ${key} AS key, xmin::text AS version FROM ${table} ORDER BY ${key}`)) as { key: string; version: string }[];
      for (const row of rows) all.set(`${table}\t${row.key}`, row.version);
    }
    return all;
  };
  const before = await versions();
  return async () =>
    [...(await versions())].flatMap(([row, version]) => {
      const tbl = row.split('\t')[0]!;
      if (!before.has(row)) return [{ tbl, op: 'INSERT' }];
      return before.get(row) === version ? [] : [{ tbl, op: 'UPDATE' }];
    });
}

describeEachDatabase('importData', () => {
  it('imports a folder of CSV exports and attributes every call and SMS', async () => {
    fixture = await openImportFixture();
    const folder = dirname(fixture.write(BASE_CSV)[0]!);
    expect(await fixture.run([folder])).toEqual({
      kinds: BASE_COUNTS,
      files: [
        { path: `${folder}/customers.csv`, kind: 'customers', rows: 3 },
        { path: `${folder}/listings.csv`, kind: 'listings', rows: 2 },
        { path: `${folder}/leads.csv`, kind: 'leads', rows: 3 },
        { path: `${folder}/calls.csv`, kind: 'calls', rows: 5 },
        { path: `${folder}/sms.csv`, kind: 'sms', rows: 2 },
      ],
      newCustomers: 0,
      replacedCustomers: 0,
      untaggedByTrackingNumber: 0,
      rejectsPath: null,
      rejectsFiles: [],
      problems: [],
    });
    expect(await dumpTables(fixture.dataSource)).toEqual(BASE_TABLES);
  });

  it('loads customers and listings first whatever the order the files are given in', async () => {
    fixture = await openImportFixture();
    const [customers, listings, leads, calls, sms] = fixture.write(BASE_CSV);
    const summary = await fixture.run([calls!, sms!, leads!, listings!, customers!]);
    expect(summary.kinds).toEqual(BASE_COUNTS);
    expect(summary.files.map((file) => file.path)).toEqual([customers, listings, leads, calls, sms]);
    expect(await dumpTables(fixture.dataSource)).toEqual(BASE_TABLES);
  });

  it('changes and rewrites nothing when the same files are imported again', async () => {
    fixture = await openImportFixture();
    const folder = dirname(fixture.write(BASE_CSV)[0]!);
    await fixture.run([folder]);
    const writes = await logWrites(fixture);
    const again = await fixture.run([folder]);
    expect(again.kinds).toEqual({
      customers: { inserted: 0, updated: 0, unchanged: 3, rejected: 0 },
      listings: { inserted: 0, updated: 0, unchanged: 2, rejected: 0 },
      tracking_numbers: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
      leads: { inserted: 0, updated: 0, unchanged: 3, rejected: 0 },
      calls: { inserted: 0, updated: 0, unchanged: 5, rejected: 0 },
      sms: { inserted: 0, updated: 0, unchanged: 2, rejected: 0 },
    });
    expect(await writes()).toEqual([]);
    expect(await dumpTables(fixture.dataSource)).toEqual(BASE_TABLES);
  });

  it('updates a known id with new values, counts it as updated and re-attributes its customer', async () => {
    fixture = await openImportFixture();
    await fixture.run([dirname(fixture.write(BASE_CSV)[0]!)]);
    const edited = fixture.write({
      'customers.csv': BASE_CSV['customers.csv'].replace('Arjun Mehta', 'Arjun K. Mehta'),
      // L2 moves after K2 (03-06), so K2's latest lead at or before it becomes L1.
      'leads.csv': BASE_CSV['leads.csv'].replace('2026-03-05T09:00:00Z', '2026-03-10T00:00:00Z'),
      'calls.csv': BASE_CSV['calls.csv'].replace('K5,C3,2026-03-03T10:00:00Z,60', 'K5,C3,2026-03-03T10:00:00Z,61'),
    });
    const writes = await logWrites(fixture);
    const summary = await fixture.run(edited);
    expect(summary.kinds).toEqual({
      customers: { inserted: 0, updated: 1, unchanged: 2, rejected: 0 },
      listings: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
      tracking_numbers: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
      leads: { inserted: 0, updated: 1, unchanged: 2, rejected: 0 },
      calls: { inserted: 0, updated: 1, unchanged: 4, rejected: 0 },
      sms: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
    });
    const tables = await dumpTables(fixture.dataSource);
    expect(tables.customers?.[1]).toEqual({ customer_id: 'C2', name: 'Arjun K. Mehta', phone: '+919876543211', email: null });
    expect(tables.leads?.[1]).toEqual({ ...BASE_TABLES.leads[1], created_at: Date.parse('2026-03-10T00:00:00Z') });
    expect(tables.calls).toEqual([
      BASE_TABLES.calls[0],
      { ...BASE_TABLES.calls[1], attributed_lead_id: 'L1', attributed_property_id: 'P1' },
      BASE_TABLES.calls[2],
      BASE_TABLES.calls[3],
      { ...BASE_TABLES.calls[4], duration_seconds: 61 },
    ]);
    // The changed customer and lead; then, with the leads in, K2 re-attributed (C1's leads changed;
    // C1's other calls keep their attribution, so they are not rewritten); then the changed call K5,
    // attributed as it is read.
    expect(await writes()).toEqual([
      { tbl: 'customers', op: 'UPDATE' },
      { tbl: 'leads', op: 'UPDATE' },
      { tbl: 'calls', op: 'UPDATE' },
      { tbl: 'calls', op: 'UPDATE' },
    ]);
  });

  it('reads every file as the kind given when the names do not say it', async () => {
    fixture = await openImportFixture();
    const [customers] = fixture.write({ 'export-1.csv': BASE_CSV['customers.csv'] });
    const summary = await fixture.run([customers!], { kind: 'customers' });
    expect(summary.kinds.customers).toEqual({ inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(summary.files).toEqual([{ path: customers, kind: 'customers', rows: 3 }]);
  });
}, { citus: true });
