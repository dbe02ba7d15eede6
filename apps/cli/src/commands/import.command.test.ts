import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { FIXTURE, TOP_LEADS_TABLE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';

let dir: string;

beforeEach(() => {
  dir = makeTempDir('hcdm-cli-import-');
  writeFiles(join(dir, 'exports'), FIXTURE);
});

const SUMMARY_HEAD = [
  '+-----------+----------+---------+-----------+----------+',
  '| Kind      | Inserted | Updated | Unchanged | Rejected |',
  '+-----------+----------+---------+-----------+----------+',
];
const RULE = '+-----------+----------+---------+-----------+----------+';

describe('hcdm import', () => {
  it('prints inserted rows per kind on stdout, no progress bar without a terminal', () => {
    expect(runCli(dir, ['import', 'exports', '--db', 'crm.sqlite'])).toEqual({
      stdout: [
        ...SUMMARY_HEAD,
        '| customers |        3 |       0 |         0 |        0 |',
        '| listings  |        2 |       0 |         0 |        0 |',
        '| leads     |        3 |       0 |         0 |        0 |',
        '| calls     |        5 |       0 |         0 |        0 |',
        '| sms       |        3 |       0 |         0 |        0 |',
        RULE,
        '',
      ].join('\n'),
      stderr: '',
      status: 0,
    });
  });

  it('changes nothing the second time, and counts an update by id', () => {
    runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']);
    writeFiles(dir, { 'renamed/customers.csv': 'customer_id,name,phone\nC2,Vikram Shah,09812345678\nC3,Meera Iyer-Nair,9822222222\n' });
    expect(runCli(dir, ['import', 'renamed', '--db', 'crm.sqlite']).stdout).toEqual(
      [...SUMMARY_HEAD, '| customers |        0 |       1 |         1 |        0 |', RULE, ''].join('\n'),
    );
  });

  it('rejects a file with bad rows: every problem on stderr, status 1, the database unchanged', () => {
    runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']);
    writeFiles(dir, {
      'bad/calls.csv': 'call_id,customer_id,timestamp,duration\nK9,C1,2026-03-20T10:00:00Z,45\nK10,C9,2026-03-20T11:00:00Z,30\nK11,C1,yesterday,-5\n',
    });
    const run = runCli(dir, ['import', 'bad', '--db', 'crm.sqlite']);
    expect(run.status).toEqual(1);
    expect(run.stdout).toEqual('');
    expect(run.stderr.split('\n')).toEqual([
      'bad/calls.csv:3: customer_id: is not a known customer (C9)',
      'bad/calls.csv:4: timestamp: is not an ISO 8601 timestamp (yesterday)',
      'bad/calls.csv:4: duration: is negative (-5)',
      'error: import rejected: 3 problems, nothing was written (--skip-invalid imports the good rows)',
      '',
    ]);
    // K9 would have made L3's call count 3.
    expect(runCli(dir, ['query', 'show top 5 leads by call volume', '--db', 'crm.sqlite']).stdout).toEqual(TOP_LEADS_TABLE);
  });

  it('leaves no new database file behind when the first import into it is rejected', () => {
    writeFiles(dir, { 'first/customers.csv': 'customer_id,name,phone\nC1,Asha Rao,12\n' });
    expect(runCli(dir, ['import', 'first', '--db', 'new.sqlite']).status).toEqual(1);
    expect(['new.sqlite', 'new.sqlite-wal', 'new.sqlite-shm'].filter((name) => existsSync(join(dir, name)))).toEqual([]);
  });

  it('shows the first 20 problems and how many more', () => {
    const rows = Array.from({ length: 23 }, (_, i) => `X${i + 1},Name ${i + 1},${i + 1}`);
    writeFiles(dir, { 'many/customers.csv': ['customer_id,name,phone', ...rows, ''].join('\n') });
    const lines = runCli(dir, ['import', 'many', '--db', 'crm.sqlite']).stderr.split('\n');
    expect(lines.length).toEqual(23); // 20 problems, "... and 3 more", the error, ''
    expect(lines[0]).toEqual('many/customers.csv:2: phone: is not a possible phone number (default region IN) (1)');
    expect(lines.slice(19)).toEqual([
      'many/customers.csv:21: phone: is not a possible phone number (default region IN) (20)',
      '... and 3 more',
      'error: import rejected: 23 problems, nothing was written (--skip-invalid imports the good rows)',
      '',
    ]);
  });

  it('with --skip-invalid writes the good rows and the rejects file', () => {
    writeFiles(dir, { 'mixed/customers.csv': 'customer_id,name,phone\nC7,Ravi Kumar,9811111111\nC8,,9833333333\n' });
    const run = runCli(dir, ['import', 'mixed', '--skip-invalid', '--rejects', 'mixed.rejects.csv', '--db', 'crm.sqlite']);
    expect(run).toEqual({
      stdout: [...SUMMARY_HEAD, '| customers |        1 |       0 |         0 |        1 |', RULE, 'Rejected rows and their reasons: mixed.rejects.customers.csv', ''].join('\n'),
      stderr: '',
      status: 0,
    });
    expect(readFileSync(join(dir, 'mixed.rejects.customers.csv'), 'utf8')).toBe(
      'customer_id,name,phone,file,line,field,reason\nC8,,9833333333,mixed/customers.csv,3,name,is missing (empty)\n',
    );
  });

  it('reports a missing file in one line, status 1, without creating the database', () => {
    expect(runCli(dir, ['import', 'nothere.csv', '--db', 'crm.sqlite'])).toEqual({
      stdout: '',
      stderr: 'error: nothere.csv: no such file or folder\n',
      status: 1,
    });
    expect(existsSync(join(dir, 'crm.sqlite'))).toEqual(false);
  });

  it('refuses --rejects without --skip-invalid as a usage error', () => {
    expect(runCli(dir, ['import', 'exports', '--rejects', 'r.csv'])).toEqual({
      stdout: '',
      stderr: 'error: --rejects needs --skip-invalid (without it nothing is written when a row is bad)\n',
      status: 1,
    });
  });

  it('says a spreadsheet is not in a readable format, even with --kind', () => {
    writeFiles(dir, { 'calls.xlsx': 'PK\u0003\u0004' });
    expect(runCli(dir, ['import', 'calls.xlsx', '--kind', 'calls', '--db', 'crm.sqlite'])).toEqual({
      stdout: '',
      stderr: 'error: calls.xlsx: is not in a format hcdm reads: CSV, JSON or NDJSON (.csv, .json, .ndjson, .jsonl) (save it as CSV, e.g. from the spreadsheet)\n',
      status: 1,
    });
  });

  it('reads every file as --kind says, whatever its name', () => {
    writeFiles(dir, { 'export-2026-03.csv': FIXTURE['customers.csv'] });
    expect(runCli(dir, ['import', 'export-2026-03.csv', '--kind', 'customers', '--db', 'crm.sqlite']).stdout).toEqual(
      [...SUMMARY_HEAD, '| customers |        3 |       0 |         0 |        0 |', RULE, ''].join('\n'),
    );
  });
});

describe('hcdm import of a phone system export', () => {
  it('reads its columns through --map, finds customers by phone and says how many its unknown numbers made', () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'crm'), { 'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+919800000001\n' });
    writeFiles(join(dir, 'pbx'), { 'calls.csv': 'Ref,Caller,Start,Secs\nK1,098000 00001,2026-03-01T10:00:00Z,10\nK2,9800000099,2026-03-01T11:00:00Z,20\n' });
    expect(runCli(dir, ['import', 'crm', '--db', 'crm.sqlite']).status).toBe(0);
    const map = ['--map', 'calls.ref=call_id,calls.caller=phone', '--map', 'calls.start=timestamp,calls.secs=duration'];
    const run = runCli(dir, ['import', 'pbx', ...map, '--db', 'crm.sqlite']);
    expect(run).toMatchObject({ stderr: '', status: 0 });
    expect(run.stdout).toContain('| calls |        2 |       0 |         0 |        0 |');
    expect(run.stdout).toContain('New customers from unknown numbers: 1\n');
    const summary = JSON.parse(runCli(dir, ['query', 'show customer activity summary for C1', '--format', 'json', '--db', 'crm.sqlite']).stdout) as { calls: number };
    expect(summary.calls).toBe(1);
  });

  it('with --unknown-numbers reject refuses the row, and a --map that is not KIND.COLUMN=FIELD is a usage error', () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'crm'), { 'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+919800000001\n' });
    writeFiles(join(dir, 'pbx'), { 'calls.csv': 'call_id,phone,timestamp,duration\nK2,9800000099,2026-03-01T11:00:00Z,20\n' });
    expect(runCli(dir, ['import', 'crm', '--db', 'crm.sqlite']).status).toBe(0);
    const refused = runCli(dir, ['import', 'pbx', '--unknown-numbers', 'reject', '--db', 'crm.sqlite']);
    expect(refused.status).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe('pbx/calls.csv:2: phone: no customer has this number (9800000099)');
    const usage = runCli(dir, ['import', 'pbx', '--map', 'caller=phone', '--db', 'crm.sqlite']);
    expect(usage).toMatchObject({ status: 1, stderr: `error: option '--map <kind.column=field,...>' argument 'caller=phone' is invalid. needs KIND.COLUMN=FIELD, like calls.caller=phone (not "caller=phone")\n` });
  });
});
