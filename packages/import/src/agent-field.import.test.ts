import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { dumpTables, openImportFixture, type ImportFixture } from './import-data.test-utils.js';
import { ImportRejectedError } from './import.errors.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

const BASE = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\nC2,Bala Nair,9800000002\n',
  'listings.csv': 'property_id,title,location,price\nP1,Flat,Pune,100\n',
};
const LEADS = 'lead_id,customer_id,property_id,timestamp,agent\nL1,C1,P1,2026-03-01T10:00:00Z, Anita Desai \nL2,C2,P1,2026-03-02T10:00:00Z,\n';
const CALLS = 'call_id,customer_id,timestamp,duration,agent\nK1,C1,2026-03-02T10:00:00Z,60,Anita Desai\nK2,C2,2026-03-03T10:00:00Z,30,\n';
const SMS = 'sms_id,customer_id,timestamp,message_length,agent\nS1,C1,2026-03-02T11:00:00Z,20,Rahul Verma\n';

const agents = async () => {
  const { leads, calls, sms } = await dumpTables(fixture.dataSource);
  const pick = (rows: unknown[], key: string) => (rows as Record<string, unknown>[]).map((row) => [row[key], row.agent]);
  return { leads: pick(leads!, 'lead_id'), calls: pick(calls!, 'call_id'), sms: pick(sms!, 'sms_id') };
};

describeEachDatabase('importData: the agent of leads, calls and SMS', () => {
  it('stores the optional agent as trimmed text, null when empty or absent', async () => {
    fixture = await openImportFixture();
    await fixture.run(fixture.write({ ...BASE, 'leads.csv': LEADS, 'calls.csv': CALLS, 'sms.csv': SMS }));
    expect(await agents()).toEqual({
      leads: [['L1', 'Anita Desai'], ['L2', null]],
      calls: [['K1', 'Anita Desai'], ['K2', null]],
      sms: [['S1', 'Rahul Verma']],
    });
  });

  it('counts a re-import whose agent changed as an update, and one whose agent did not as unchanged', async () => {
    fixture = await openImportFixture();
    await fixture.run(fixture.write({ ...BASE, 'leads.csv': LEADS, 'calls.csv': CALLS }));
    // K1 Anita -> Rahul (update), K2 none -> none (unchanged); L2 none -> Rahul (update), L1 the same (unchanged).
    const summary = await fixture.run(
      fixture.write({
        'calls.csv': 'call_id,customer_id,timestamp,duration,agent\nK1,C1,2026-03-02T10:00:00Z,60,Rahul Verma\nK2,C2,2026-03-03T10:00:00Z,30,\n',
        'leads.csv': 'lead_id,customer_id,property_id,timestamp,agent\nL1,C1,P1,2026-03-01T10:00:00Z,Anita Desai\nL2,C2,P1,2026-03-02T10:00:00Z,Rahul Verma\n',
      }),
    );
    expect([summary.kinds.calls, summary.kinds.leads]).toEqual([
      { inserted: 0, updated: 1, unchanged: 1, rejected: 0 },
      { inserted: 0, updated: 1, unchanged: 1, rejected: 0 },
    ]);
    expect((await agents()).calls).toEqual([['K1', 'Rahul Verma'], ['K2', null]]);
    expect((await agents()).leads).toEqual([['L1', 'Anita Desai'], ['L2', 'Rahul Verma']]);
  });

  it('reads the agent from a column of another name through a mapping', async () => {
    fixture = await openImportFixture();
    const calls = 'Ref,Client,Started,Secs,Handled By\nK1,C1,2026-03-02T10:00:00Z,75,Meera Iyer\n';
    const mapping = { calls: { ref: 'call_id', client: 'customer_id', started: 'timestamp', secs: 'duration', 'handled by': 'agent' } };
    const summary = await fixture.run(fixture.write({ ...BASE, 'calls.csv': calls }), { columns: mapping });
    expect(summary.kinds.calls).toEqual({ inserted: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect((await agents()).calls).toEqual([['K1', 'Meera Iyer']]);
  });

  it('refuses an agent that is not UTF-8 or longer than 10,000 characters, naming the line and field', async () => {
    fixture = await openImportFixture();
    const [customers, listings] = fixture.write(BASE);
    const calls = join(fixture.dir, 'calls.csv');
    const long = 'x'.repeat(10_001);
    writeFileSync(
      calls,
      Buffer.concat([
        Buffer.from('call_id,customer_id,timestamp,duration,agent\nK1,C1,2026-03-02T10:00:00Z,60,Ani'),
        Buffer.from([0xff]),
        Buffer.from(`ta\nK2,C1,2026-03-02T11:00:00Z,60,${long}\n`),
      ]),
    );
    const error = await fixture.run([customers!, listings!, calls]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems).toEqual([
      { file: calls, line: 2, field: 'agent', reason: 'is not valid UTF-8', value: 'Ani\uFFFDta' },
      { file: calls, line: 3, field: 'agent', reason: 'is longer than 10000 characters', value: `${'x'.repeat(20)}...` },
    ]);
    expect((await agents()).calls).toEqual([]);
  });
}, { citus: true });
