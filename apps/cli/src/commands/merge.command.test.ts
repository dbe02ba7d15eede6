import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '@hcdm/test-database';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { FIXTURE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';

// The CLI fixture (hand-worked there) and C4, "A. Rao" on C1's phone, with lead L4 on P1
// (03-06) and call K6 (03-07, 60 s): before a merge L4 gets K6.
const FILES = {
  ...FIXTURE,
  'customers.csv': `${FIXTURE['customers.csv']}C4,A. Rao,+91 98765 43210\n`,
  'leads.csv': `${FIXTURE['leads.csv']}L4,C4,P1,2026-03-06T09:00:00Z\n`,
  'calls.csv': `${FIXTURE['calls.csv']}K6,C4,2026-03-07T10:00:00Z,60\n`,
};

function imported(): { dir: string; hcdm: (...args: string[]) => ReturnType<typeof runCli> } {
  const dir = makeTempDir('hcdm-cli-merge-');
  writeFiles(join(dir, 'exports'), FILES);
  const hcdm = (...args: string[]) => runCli(dir, [...args, '--db', 'crm.sqlite']);
  expect(hcdm('import', 'exports').status).toBe(0);
  return { dir, hcdm };
}

const json = (run: ReturnType<typeof runCli>): unknown => JSON.parse(run.stdout);

describe('hcdm merge and hcdm unmerge', () => {
  it('finds the pair, refuses the shared phone naming the merge, merges, and the analyses count one customer', () => {
    const { hcdm } = imported();
    expect(json(hcdm('query', 'show duplicate customers', '--format', 'json'))).toEqual([
      { customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', otherCustomerId: 'C4', otherName: 'A. Rao', otherPhone: '+919876543210', reason: 'same phone' },
    ]);
    expect(hcdm('query', 'show customer activity summary for 09876543210')).toEqual({
      stdout: '',
      stderr: 'error: phone +919876543210 belongs to customers C1, C4; look one up by customer id, or merge them: hcdm merge C4 into C1\n',
      status: 1,
    });
    expect(hcdm('merge', 'C4', 'into', 'C1')).toEqual({ stdout: 'Merged C4 into C1: moved 1 lead, 1 call, 0 SMS; hcdm unmerge C4 undoes it\n', stderr: '', status: 0 });
    expect(json(hcdm('query', 'show duplicate customers', '--format', 'json'))).toEqual([]);
    // C1 now: K1, K2, K3 and K6 (60 + 120 + 30 + 60 s), S3, leads L1, L4 and L3 (P1, P1, P2);
    // the phone and the alias both find it.
    const summary = { customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', calls: 4, callSeconds: 270, sms: 1, leadsContacted: 3, listingsInquired: 2, firstContact: '2026-02-20T11:00:00.000Z', lastContact: '2026-03-12T10:00:00.000Z' };
    expect(json(hcdm('query', 'show customer activity summary for 09876543210', '--format', 'json'))).toEqual(summary);
    expect(json(hcdm('query', 'show customer activity summary for C4', '--format', 'json'))).toEqual(summary);
    // L1 (03-01) K1 03-05; L4 (03-06) K6 03-07, now C1's lead; L3 (03-10) K2, K3; L2 K4.
    expect(json(hcdm('query', 'show top 5 leads by call volume', '--format', 'json'))).toEqual([
      { leadId: 'L3', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P2', callCount: 2 },
      { leadId: 'L1', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P1', callCount: 1 },
      { leadId: 'L2', customerId: 'C2', name: 'Vikram Shah', phone: '+919812345678', propertyId: 'P2', callCount: 1 },
      { leadId: 'L4', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P1', callCount: 1 },
    ]);
  });

  it('unmerges to exactly the database before the merge', async () => {
    const { dir, hcdm } = imported();
    const before = await dumpDatabase(join(dir, 'crm.sqlite'));
    expect(hcdm('merge', 'C4', 'into', 'C1').status).toBe(0);
    expect((await dumpDatabase(join(dir, 'crm.sqlite'))).customers).toHaveLength(3);
    expect(hcdm('unmerge', 'C4')).toEqual({ stdout: 'Unmerged C4 from C1: moved back 1 lead, 1 call, 0 SMS\n', stderr: '', status: 0 });
    expect(await dumpDatabase(join(dir, 'crm.sqlite'))).toEqual(before);
  });

  it('refuses in one line with status 1: an unknown id, into itself, a word other than into, unmerging a customer never merged', () => {
    const { hcdm } = imported();
    const refusal = (stderr: string) => ({ stdout: '', stderr, status: 1 });
    expect(hcdm('merge', 'C9', 'into', 'C1')).toEqual(refusal('error: no customer C9\n'));
    expect(hcdm('merge', 'C1', 'into', 'C1')).toEqual(refusal('error: cannot merge C1 into itself\n'));
    expect(hcdm('merge', 'C4', 'to', 'C1')).toEqual(refusal('error: write hcdm merge C4 into C1\n'));
    expect(hcdm('unmerge', 'C1')).toEqual(refusal('error: C1 is not merged into another customer\n'));
    expect(hcdm('unmerge', 'C9')).toEqual(refusal('error: no customer or alias C9\n'));
    expect(hcdm('merge', 'C4')).toMatchObject({ stdout: '', status: 1 });
  });

  it('refuses a database that is not there rather than making one', () => {
    const dir = makeTempDir('hcdm-cli-merge-');
    expect(runCli(dir, ['merge', 'C4', 'into', 'C1', '--db', 'nowhere.sqlite'])).toMatchObject({ stdout: '', status: 2 });
  });
});
