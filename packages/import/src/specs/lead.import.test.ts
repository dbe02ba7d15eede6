import { customerImportSpec } from './customer.import.js';
import type { DataSource } from 'typeorm';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { leadImportSpec } from './lead.import.js';
import { listingImportSpec } from './listing.import.js';
import { importCsv, openPropertyDb } from './property-import.test-utils.js';

let dataSource: DataSource;
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
});

async function seed(): Promise<void> {
  dataSource = await openPropertyDb();
  await importCsv(dataSource, customerImportSpec, 'customer_id,name,phone\nC1,Ann,9876543210\nC2,Bob,9876543211\nC3,Cy,9876543212\n');
  await importCsv(dataSource, listingImportSpec, 'property_id,title,location,price\nP1,Flat,Pune,100\n');
  await dataSource.query('CREATE TEMP TABLE changed (customer_id varchar PRIMARY KEY)');
}

const changed = () => dataSource.query('SELECT customer_id FROM changed ORDER BY customer_id');

describeEachDatabase('leadImportSpec', () => {
  it('needs a known customer and a known listing, and stores the timestamp as epoch ms', async () => {
    await seed();
    const { path, problems } = await importCsv(
      dataSource,
      leadImportSpec,
      'lead_id,customer_id,property_id,timestamp,source\nL1,C1,P1,2026-03-01T10:00:00+05:30,web\nL2,C9,P1,2026-03-01T10:00:00Z,\nL3,C1,P9,2026-03-01T10:00:00Z,\n',
      'changed',
    );
    expect(problems).toEqual([
      { file: path, line: 3, field: 'customer_id', reason: 'is not a known customer', value: 'C9' },
      { file: path, line: 4, field: 'property_id', reason: 'is not a known listing', value: 'P9' },
    ]);
    expect(await dataSource.query('SELECT * FROM leads')).toEqual([
      { lead_id: 'L1', customer_id: 'C1', property_id: 'P1', created_at: Date.parse('2026-03-01T04:30:00Z'), status: null, source: 'web', agent: null },
    ]);
    expect(await changed()).toEqual([{ customer_id: 'C1' }]);
  });

  it('records both customers of a lead that moves from one to another, and none for an unchanged lead', async () => {
    await seed();
    await importCsv(dataSource, leadImportSpec, 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01\nL2,C3,P1,2026-03-01\n');
    const { counts } = await importCsv(
      dataSource,
      leadImportSpec,
      'lead_id,customer_id,property_id,timestamp\nL1,C2,P1,2026-03-01\nL2,C3,P1,2026-03-01\n',
      'changed',
    );
    expect(counts).toEqual({ inserted: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect(await changed()).toEqual([{ customer_id: 'C1' }, { customer_id: 'C2' }]);
  });
}, { citus: true });
