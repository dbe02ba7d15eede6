import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { dumpTables, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

const CUSTOMERS = 'customer_id,name,phone\nC1,Asha Rao,+919800000001\nC2,Bala Nair,9800000002\n';
const CALLS = 'call_id,phone,timestamp,duration';

const customerOf = (rows: unknown[]) => (rows as { call_id?: string; sms_id?: string; customer_id: string }[]).map((row) => [row.call_id ?? row.sms_id, row.customer_id]);

describeEachDatabase('calls and SMS that name their customer by phone', () => {
  it('find the customer by the number in any spelling, and make one provisional customer per unknown number', async () => {
    fixture = await openImportFixture();
    const paths = fixture.write({
      'customers.csv': CUSTOMERS,
      'calls.csv': [
        'call_id,customer_id,phone,timestamp,duration',
        'K1,,+91 98000 00001,2026-03-01T10:00:00Z,10',
        'K2,,098000 00002,2026-03-01T11:00:00Z,20',
        'K3,C1,(+91) 9800000001,2026-03-01T12:00:00Z,30', // both given, agreeing
        'K4,,9800000099,2026-03-01T13:00:00Z,40', // no customer has it
        'K5,,+91-98000-00099,2026-03-01T14:00:00Z,50', // the same unknown number
        'K6,C2,,2026-03-01T15:00:00Z,60', // by id, as before
      ].join('\n'),
      'sms.csv': 'sms_id,phone,timestamp,message_length\nS1,9800000002,2026-03-01T16:00:00Z,5\n',
    });
    const summary = await fixture.run(paths);
    expect([summary.kinds.calls.inserted, summary.kinds.sms.inserted, summary.newCustomers, summary.replacedCustomers]).toEqual([6, 1, 1, 0]);
    const tables = await dumpTables(fixture.dataSource);
    expect(customerOf(tables.calls!)).toEqual([['K1', 'C1'], ['K2', 'C2'], ['K3', 'C1'], ['K4', '+919800000099'], ['K5', '+919800000099'], ['K6', 'C2']]);
    expect(customerOf(tables.sms!)).toEqual([['S1', 'C2']]);
    expect(tables.customers).toContainEqual({ customer_id: '+919800000099', name: '', phone: '+919800000099', email: null });
    expect(tables.customers).toHaveLength(3);
  });

  it("refuse a phone that is not the given customer's, a row with neither, and a number two customers share", async () => {
    fixture = await openImportFixture();
    const [customers, calls] = fixture.write({
      'customers.csv': `${CUSTOMERS}C3,Chitra Das,9800000005\nC4,Chitra D.,+91 98000 00005\n`,
      'calls.csv': [
        'call_id,customer_id,phone,timestamp,duration',
        'K1,C2,9800000001,2026-03-01T10:00:00Z,10',
        'K2,,,2026-03-01T11:00:00Z,20',
        'K3,,9800000005,2026-03-01T12:00:00Z,30',
        'K4,,12,2026-03-01T13:00:00Z,40',
      ].join('\n'),
    });
    const summary = await fixture.run([customers!, calls!], { skipInvalid: true });
    expect(summary.problems).toEqual([
      { file: calls, line: 2, field: 'phone', reason: 'is not the number of customer C2 (+919800000002)', value: '9800000001' },
      { file: calls, line: 3, field: 'customer_id', reason: 'is missing (or give phone)', value: '' },
      { file: calls, line: 4, field: 'phone', reason: 'is the number of 2 customers (C3, C4): merge them, e.g. hcdm merge C4 into C3', value: '9800000005' },
      { file: calls, line: 5, field: 'phone', reason: 'is not a possible phone number (default region IN)', value: '12' },
    ]);
    expect([summary.kinds.calls, summary.newCustomers]).toEqual([{ inserted: 0, updated: 0, unchanged: 0, rejected: 4 }, 0]);
  });

  it('with unknownNumbers reject, refuse a number no customer has', async () => {
    fixture = await openImportFixture();
    const [customers, calls] = fixture.write({ 'customers.csv': CUSTOMERS, 'calls.csv': `${CALLS}\nK1,9800000099,2026-03-01T10:00:00Z,10\n` });
    const summary = await fixture.run([customers!, calls!], { skipInvalid: true, unknownNumbers: 'reject' });
    expect(summary.problems).toEqual([{ file: calls, line: 2, field: 'phone', reason: 'no customer has this number', value: '9800000099' }]);
    expect(summary.newCustomers).toBe(0);
  });

  it("a customer who later brings a provisional customer's number takes its place, with its calls", async () => {
    fixture = await openImportFixture();
    await fixture.run(fixture.write({ 'customers.csv': CUSTOMERS, 'calls.csv': `${CALLS}\nK1,9800000099,2026-03-01T10:00:00Z,10\nK2,9800000001,2026-03-01T11:00:00Z,20\n` }));
    const summary = await fixture.run(fixture.write({ 'customers.csv': 'customer_id,name,phone\nC9,Dev Singh,+91 98000 00099\n' }));
    expect([summary.kinds.customers.inserted, summary.replacedCustomers]).toEqual([1, 1]);
    const tables = await dumpTables(fixture.dataSource);
    expect(customerOf(tables.calls!)).toEqual([['K1', 'C9'], ['K2', 'C1']]);
    expect((tables.customers as { customer_id: string }[]).map((row) => row.customer_id)).toEqual(['C1', 'C2', 'C9']);
  });
}, { citus: true });
