import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { dumpTables, NO_COUNTS, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

const NEW_CUSTOMER = 'customer_id,name,phone\nC4,New Customer,9876500004\n';
const CALLS_HEADER = 'call_id,customer_id,timestamp,duration\n';

describeEachDatabase('importData with skipInvalid', () => {
  it('writes the good rows, rejects the bad ones and those that reference them, and lists them in the rejects file', async () => {
    fixture = await openImportFixture();
    const [customers, listings, leads, calls] = fixture.write({
      'customers.csv': 'customer_id,name,phone\nC1,Priya,9876543210\nC5,Bad Phone,98765\n',
      'listings.csv': 'property_id,title,location,price\nP1,Flat,Pune,100\nP2,Shed,Pune,-1\n',
      'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T00:00:00Z\nL5,C5,P1,2026-03-01T00:00:00Z\nL6,C1,P2,2026-03-01T00:00:00Z\n',
      'calls.csv': `${CALLS_HEADER}K1,C1,2026-03-02T00:00:00Z,10\nK5,C5,2026-03-02T00:00:00Z,10\nK6,C1,2026-03-02T00:00:00Z,ten\n`,
    });
    const rejectsPath = join(fixture.dir, 'rejects.csv');
    const summary = await fixture.run([dirname(customers!)], { skipInvalid: true });
    const problems = [
      { file: customers, line: 3, field: 'phone', reason: 'is not a possible phone number (default region IN)', value: '98765' },
      { file: listings, line: 3, field: 'price', reason: 'is negative', value: '-1' },
      { file: leads, line: 3, field: 'customer_id', reason: 'is not a known customer', value: 'C5' },
      { file: leads, line: 4, field: 'property_id', reason: 'is not a known listing', value: 'P2' },
      { file: calls, line: 3, field: 'customer_id', reason: 'is not a known customer', value: 'C5' },
      { file: calls, line: 4, field: 'duration', reason: 'is not a whole number', value: 'ten' },
    ];
    expect(summary).toEqual({
      kinds: {
        ...NO_COUNTS,
        customers: { inserted: 1, updated: 0, unchanged: 0, rejected: 1 },
        listings: { inserted: 1, updated: 0, unchanged: 0, rejected: 1 },
        leads: { inserted: 1, updated: 0, unchanged: 0, rejected: 2 },
        calls: { inserted: 1, updated: 0, unchanged: 0, rejected: 2 },
      },
      files: [
        { path: customers, kind: 'customers', rows: 2 },
        { path: listings, kind: 'listings', rows: 2 },
        { path: leads, kind: 'leads', rows: 3 },
        { path: calls, kind: 'calls', rows: 3 },
      ],
      rejectsPath,
      problems,
    });
    expect(readFileSync(rejectsPath, 'utf8')).toBe(
      [
        'file,line,field,reason,value',
        `${customers},3,phone,is not a possible phone number (default region IN),98765`,
        `${listings},3,price,is negative,-1`,
        `${leads},3,customer_id,is not a known customer,C5`,
        `${leads},4,property_id,is not a known listing,P2`,
        `${calls},3,customer_id,is not a known customer,C5`,
        `${calls},4,duration,is not a whole number,ten`,
        '',
      ].join('\n'),
    );
    const tables = await dumpTables(fixture.dataSource);
    expect([tables.customers, tables.listings, tables.leads, tables.calls]).toEqual([
      [{ customer_id: 'C1', name: 'Priya', phone: '+919876543210', email: null }],
      [{ property_id: 'P1', title: 'Flat', location: 'Pune', price: 100, bedrooms: null, kind: null }],
      [{ lead_id: 'L1', customer_id: 'C1', property_id: 'P1', created_at: Date.parse('2026-03-01T00:00:00Z'), status: null, source: null }],
      [
        {
          call_id: 'K1',
          customer_id: 'C1',
          occurred_at: Date.parse('2026-03-02T00:00:00Z'),
          duration_seconds: 10,
          direction: 'inbound',
          status: 'answered',
          property_id: null,
          attributed_lead_id: 'L1',
          attributed_property_id: 'P1',
        },
      ],
    ]);
  });

  it('writes no rejects file when every row is good', async () => {
    fixture = await openImportFixture();
    const summary = await fixture.run(fixture.write({ 'customers.csv': NEW_CUSTOMER }), { skipInvalid: true });
    expect([summary.rejectsPath, summary.problems, existsSync(join(fixture.dir, 'rejects.csv'))]).toEqual([null, [], false]);
  });

  it('writes hcdm-rejects.csv in the working folder unless told where', async () => {
    fixture = await openImportFixture();
    const paths = fixture.write({ 'customers.csv': `${NEW_CUSTOMER}C5,Bad Phone,98765\n` });
    const cwd = process.cwd();
    process.chdir(fixture.dir);
    try {
      const summary = await fixture.run(paths, { skipInvalid: true, rejectsPath: undefined });
      expect(summary.rejectsPath).toBe('hcdm-rejects.csv');
      expect(readFileSync(join(fixture.dir, 'hcdm-rejects.csv'), 'utf8').split('\n')[1]).toBe(
        `${paths[0]},3,phone,is not a possible phone number (default region IN),98765`,
      );
    } finally {
      process.chdir(cwd);
    }
  });
});
