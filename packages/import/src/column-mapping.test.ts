import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { messageOf } from './import.test-utils.js';
import { dumpTables, NO_COUNTS, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

const CUSTOMERS = 'customer_id,name,phone\nC1,Asha Rao,9800000001\n';
/** A phone system's own names: Call Ref, Client, Started, Secs. */
const VENDOR_CALLS = 'Call Ref,Client,Started,Secs\nK1,C1,2026-03-02T10:00:00Z,75\n';
const MAPPING = { calls: { 'call ref': 'call_id', client: 'customer_id', started: 'timestamp', secs: 'duration' } };

describeEachDatabase('importData with a column mapping', () => {
  it('reads a vendor export under its own column names', async () => {
    fixture = await openImportFixture();
    const paths = fixture.write({ 'customers.csv': CUSTOMERS, 'calls.csv': VENDOR_CALLS });
    const summary = await fixture.run(paths, { columns: MAPPING });
    expect(summary.kinds).toEqual({ ...NO_COUNTS, customers: { inserted: 1, updated: 0, unchanged: 0, rejected: 0 }, calls: { inserted: 1, updated: 0, unchanged: 0, rejected: 0 } });
    const { calls } = await dumpTables(fixture.dataSource);
    expect(calls).toMatchObject([{ call_id: 'K1', customer_id: 'C1', occurred_at: Date.parse('2026-03-02T10:00:00Z'), duration_seconds: 75 }]);
  });

  it('names the mapping that would supply a missing column, or the mapped column that is missing', async () => {
    fixture = await openImportFixture();
    const [customers, calls] = fixture.write({ 'customers.csv': CUSTOMERS, 'calls.csv': VENDOR_CALLS });
    expect(await messageOf(() => fixture.run([customers!, calls!]))).toBe(
      `${calls}:1: call_id: column is missing from the header (if the file names it otherwise, map it: --map calls.NAME=call_id)`,
    );
    const columns = { calls: { 'call ref': 'call_id', client: 'customer_id', started: 'timestamp', seconds: 'duration' } };
    expect(await messageOf(() => fixture.run([customers!, calls!], { columns }))).toBe(
      `${calls}:1: seconds: column is missing from the header (mapped to duration by --map calls.seconds=duration)`,
    );
  });

  it('refuses a mapping to a field the kind does not have, or two columns to one field, before reading', async () => {
    fixture = await openImportFixture();
    const paths = fixture.write({ 'customers.csv': CUSTOMERS });
    expect(await messageOf(() => fixture.run(paths, { columns: { calls: { caller: 'phnoe' } } }))).toBe(
      'column mapping: calls.caller=phnoe: calls has no field phnoe (call_id, customer_id, timestamp, duration, direction, status, property_id, tracking_number, agent, phone)',
    );
    expect(await messageOf(() => fixture.run(paths, { columns: { calls: { a: 'duration', b: 'duration' } } }))).toBe('column mapping: calls.b=duration: duration is already mapped from a');
    expect(await messageOf(() => fixture.run(paths, { columns: { orders: { a: 'b' } } as never }))).toBe('column mapping: orders: is not a kind of file (customers, listings, tracking_numbers, leads, calls, sms)');
  });
}, { citus: true });
