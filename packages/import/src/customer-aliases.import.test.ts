import { refreshAttribution } from '@hcdm/attribution';
import { mergeCustomers } from '@hcdm/identity';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { dumpTables, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

describeEachDatabase('an import after a merge', () => {
  it('lands the leads, calls and SMS of files that still say the merged id on the customer it was merged into', async () => {
    fixture = await openImportFixture();
    await fixture.run(
      fixture.write({
        'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\nC2,Asha R.,9800000002\n',
        'listings.csv': 'property_id,title,location,price\nP1,Sea View,Bandra,100\n',
      }),
    );
    await mergeCustomers(fixture.dataSource.manager, 'C2', 'C1', refreshAttribution);
    const summary = await fixture.run(
      fixture.write({
        'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL9,C2,P1,2026-03-01T00:00:00Z\n',
        'calls.csv': 'call_id,customer_id,timestamp,duration\nK9,C2,2026-03-02T10:00:00Z,30\n',
        'sms.csv': 'sms_id,customer_id,timestamp,message_length\nS9,C2,2026-03-02T11:00:00Z,5\n',
      }),
    );
    expect([summary.kinds.leads.inserted, summary.kinds.calls.inserted, summary.kinds.sms.inserted, summary.problems]).toEqual([1, 1, 1, []]);
    const tables = await dumpTables(fixture.dataSource);
    const owners = (rows: unknown[]) => (rows as { customer_id: string; attributed_lead_id?: string | null }[]).map((row) => [row.customer_id, row.attributed_lead_id ?? null]);
    expect([owners(tables.leads!), owners(tables.calls!), owners(tables.sms!)]).toEqual([[['C1', null]], [['C1', 'L9']], [['C1', 'L9']]]);
  });
}, { citus: true });
