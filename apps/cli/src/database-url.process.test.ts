import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { runCli } from './hcdm-process.test-utils.js';

// Port 1 on loopback: nothing listens there, so the connection is refused at once.
const UNREACHABLE = 'postgres://ana:s3cret-pw@127.0.0.1:1/crm';

describe('--db with a PostgreSQL URL', () => {
  it('an unreachable server: one line naming the URL without its password, status 2', () => {
    const run = runCli(makeTempDir(), ['query', 'show top 5 leads by call volume', '--db', UNREACHABLE]);
    expect(run).toEqual({
      stdout: '',
      stderr: 'error: postgres://ana:***@127.0.0.1:1/crm: cannot connect: nothing answers at that host and port (is the server running?)\n',
      status: 2,
    });
  });

  it('reads the URL from HCDM_DB too, and keeps its password out of a debug stack', () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'exports'), { 'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9876543210\n' });
    const run = runCli(dir, ['import', 'exports'], { env: { HCDM_DB: UNREACHABLE, HCDM_DEBUG: '1' } });
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([
      2,
      'error: postgres://ana:***@127.0.0.1:1/crm: cannot connect: nothing answers at that host and port (is the server running?)',
    ]);
    expect(`${run.stdout}${run.stderr}`).not.toContain('s3cret-pw');
  });

  it('reads hcdm.config.json in the current folder, before it connects', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'hcdm.config.json': '{"timeZone": "Mars/Olympus"}' });
    expect(runCli(dir, ['query', 'show top 5 leads by call volume', '--db', UNREACHABLE])).toEqual({
      stdout: '',
      stderr: `error: ${join(dir, 'hcdm.config.json')}: timeZone: must be an IANA time zone like Asia/Kolkata (Mars/Olympus)\n`,
      status: 1,
    });
  });
});
