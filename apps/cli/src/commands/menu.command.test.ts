import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '@hcdm/test-utils';
import { runCli } from '../hcdm-process.test-utils.js';

describe('hcdm start', () => {
  it('fills an empty database with sample data beside it, says so on stderr, then opens the menu', () => {
    const dir = makeTempDir('hcdm-cli-start-');
    // stdin is empty, so the menu's first prompt ends at once, as Ctrl+C would: status 0.
    const first = runCli(dir, ['start', '--db', 'data/crm.sqlite']);
    expect(first.status).toEqual(0);
    expect(first.stdout).toContain('What would you like to do?');
    expect(first.stderr.split('\n').slice(0, 3)).toEqual([
      'data/crm.sqlite is empty: loading sample data.',
      `Writing sample files to ${join(dir, 'data', 'hcdm-sample')}`,
      'and importing them into data/crm.sqlite.',
    ]);
    // The sample's default sizes (packages/sample README): 200 customers ... 2000 SMS.
    expect(first.stderr).toContain('| customers |      200 |       0 |         0 |        0 |');
    expect(first.stderr).toContain('| sms       |     2000 |       0 |         0 |        0 |');
    expect(readdirSync(join(dir, 'data', 'hcdm-sample')).sort()).toEqual(['calls.csv', 'customers.csv', 'leads.csv', 'listings.csv', 'sms.csv']);

    const second = runCli(dir, ['start', '--db', 'data/crm.sqlite']);
    expect(second.status).toEqual(0);
    expect(second.stderr).toEqual('');
  });
});
