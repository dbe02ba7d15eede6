import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
      newCustomers: 0,
      replacedCustomers: 0,
      untaggedByTrackingNumber: 0,
      rejectsFiles: ['customers', 'listings', 'leads', 'calls'].map((kind) => join(fixture.dir, `rejects.${kind}.csv`)),
      problems,
    });
    const rejects = (kind: string) => readFileSync(join(fixture.dir, `rejects.${kind}.csv`), 'utf8').split('\n');
    expect(['customers', 'listings', 'leads', 'calls'].map(rejects)).toEqual([
      ['customer_id,name,phone,file,line,field,reason', `C5,Bad Phone,98765,${customers},3,phone,is not a possible phone number (default region IN) (98765)`, ''],
      ['property_id,title,location,price,file,line,field,reason', `P2,Shed,Pune,-1,${listings},3,price,is negative (-1)`, ''],
      [
        'lead_id,customer_id,property_id,timestamp,file,line,field,reason',
        `L5,C5,P1,2026-03-01T00:00:00Z,${leads},3,customer_id,is not a known customer (C5)`,
        `L6,C1,P2,2026-03-01T00:00:00Z,${leads},4,property_id,is not a known listing (P2)`,
        '',
      ],
      [
        'call_id,customer_id,timestamp,duration,file,line,field,reason',
        `K5,C5,2026-03-02T00:00:00Z,10,${calls},3,customer_id,is not a known customer (C5)`,
        `K6,C1,2026-03-02T00:00:00Z,ten,${calls},4,duration,is not a whole number (ten)`,
        '',
      ],
    ]);
    expect(existsSync(rejectsPath)).toBe(false);
    const tables = await dumpTables(fixture.dataSource);
    expect([tables.customers, tables.listings, tables.leads, tables.calls]).toEqual([
      [{ customer_id: 'C1', name: 'Priya', phone: '+919876543210', email: null }],
      [{ property_id: 'P1', title: 'Flat', location: 'Pune', price: 100, bedrooms: null, kind: null }],
      [{ lead_id: 'L1', customer_id: 'C1', property_id: 'P1', created_at: Date.parse('2026-03-01T00:00:00Z'), status: null, source: null, agent: null }],
      [
        {
          call_id: 'K1',
          customer_id: 'C1',
          occurred_at: Date.parse('2026-03-02T00:00:00Z'),
          duration_seconds: 10,
          direction: 'inbound',
          status: 'answered',
          property_id: null,
          tracking_number: null,
          agent: null,
          attributed_lead_id: 'L1',
          attributed_property_id: 'P1',
        },
      ],
    ]);
  });

  it('writes no rejects file when every row is good', async () => {
    fixture = await openImportFixture();
    const summary = await fixture.run(fixture.write({ 'customers.csv': NEW_CUSTOMER }), { skipInvalid: true });
    expect([summary.rejectsPath, summary.rejectsFiles, summary.problems, existsSync(join(fixture.dir, 'rejects.customers.csv'))]).toEqual([null, [], [], false]);
  });

  it('writes hcdm-rejects.csv in the working folder unless told where', async () => {
    fixture = await openImportFixture();
    const paths = fixture.write({ 'customers.csv': `${NEW_CUSTOMER}C5,Bad Phone,98765\n` });
    const cwd = process.cwd();
    process.chdir(fixture.dir);
    try {
      const summary = await fixture.run(paths, { skipInvalid: true, rejectsPath: undefined });
      expect([summary.rejectsPath, summary.rejectsFiles]).toEqual(['hcdm-rejects.csv', ['hcdm-rejects.customers.csv']]);
      expect(readFileSync(join(fixture.dir, 'hcdm-rejects.customers.csv'), 'utf8').split('\n')[1]).toBe(
        `C5,Bad Phone,98765,${paths[0]},3,phone,is not a possible phone number (default region IN) (98765)`,
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('writes a file per kind and header that, its bad value fixed, imports again', async () => {
    fixture = await openImportFixture();
    const [, calls, , sms] = fixture.write({
      'customers.csv': NEW_CUSTOMER,
      'calls.csv': `${CALLS_HEADER}K1,C4,2026-03-02T00:00:00Z,ten\nK2,C4,2026-03-02T00:00:00Z,20\n`,
      'calls_more.csv': 'Duration,note,call_id,customer_id,timestamp\n"1,5","late, again",K3,C9,2026-03-03T00:00:00Z\n',
      'sms.ndjson': '{"sms_id":"S1","customer_id":"C4","timestamp":"2026-03-04T00:00:00Z","message_length":-1,"extra":true}\n',
    });
    const more = join(dirname(calls!), 'calls_more.csv');
    const summary = await fixture.run([dirname(calls!)], { skipInvalid: true });
    const [callRejects, moreRejects, smsRejects] = ['calls', 'calls.2', 'sms'].map((name) => join(fixture.dir, `rejects.${name}.csv`));
    expect(summary.rejectsFiles).toEqual([callRejects, moreRejects, smsRejects]);
    expect([callRejects, moreRejects, smsRejects].map((path) => readFileSync(path!, 'utf8').split('\n'))).toEqual([
      ['call_id,customer_id,timestamp,duration,file,line,field,reason', `K1,C4,2026-03-02T00:00:00Z,ten,${calls},2,duration,is not a whole number (ten)`, ''],
      [
        'Duration,note,call_id,customer_id,timestamp,file,line,field,reason',
        `"1,5","late, again",K3,C9,2026-03-03T00:00:00Z,${more},2,customer_id; duration,"is not a known customer (C9); is not a whole number (1,5)"`,
        '',
      ],
      [
        'sms_id,customer_id,timestamp,message_length,direction,property_id,tracking_number,agent,file,line,field,reason',
        `S1,C4,2026-03-04T00:00:00Z,-1,,,,,${sms},1,message_length,is negative (-1)`,
        '',
      ],
    ]);
    writeFileSync(callRejects!, readFileSync(callRejects!, 'utf8').replace(',ten,', ',10,'));
    const again = await fixture.run([callRejects!], { skipInvalid: true, kind: 'calls' });
    expect([again.kinds.calls, again.rejectsFiles]).toEqual([{ inserted: 1, updated: 0, unchanged: 0, rejected: 0 }, []]);
    expect((await dumpTables(fixture.dataSource)).calls).toMatchObject([
      { call_id: 'K1', duration_seconds: 10 },
      { call_id: 'K2', duration_seconds: 20 },
    ]);
  });

  it('rejects a value that is not UTF-8 and one longer than 10,000 characters', async () => {
    fixture = await openImportFixture();
    const [customers] = fixture.write({ 'customers.csv': '' });
    const long = `Ravi ${'K'.repeat(10_000_000)}`;
    writeFileSync(
      customers!,
      Buffer.concat([Buffer.from(`${NEW_CUSTOMER}C5,Pri`), Buffer.from([0xff]), Buffer.from(`ya,9876500005\nC6,${long},9876500006\n`)]),
    );
    const summary = await fixture.run([customers!], { skipInvalid: true });
    expect([summary.kinds.customers, summary.problems]).toEqual([
      { inserted: 1, updated: 0, unchanged: 0, rejected: 2 },
      [
        { file: customers, line: 3, field: 'name', reason: 'is not valid UTF-8', value: 'Pri\uFFFDya' },
        { file: customers, line: 4, field: 'name', reason: 'is longer than 10000 characters', value: 'Ravi KKKKKKKKKKKKKKK...' },
      ],
    ]);
    expect((await dumpTables(fixture.dataSource)).customers).toMatchObject([{ customer_id: 'C4' }]);
  });
}, { citus: true });
