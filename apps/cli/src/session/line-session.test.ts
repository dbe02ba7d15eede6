import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { FIXTURE, TOP_LEADS_TABLE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';
import { parseMarkdown } from '../output/markdown.test-utils.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-lines-'));
  writeFiles(join(dir, 'exports'), FIXTURE);
  expect(runCli(dir, ['import', 'exports']).status).toEqual(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hcdm with commands piped on stdin', () => {
  it('runs every line, skips blanks and comments, goes on after an error, and ends with status 1', () => {
    const input = 'show top 5 leads by call volume\n\n# a comment\nshow top 5 leads by call volume in last -3 days\nshow customer activity summary for C3\n';
    const run = runCli(dir, [], { input });
    expect(run.stdout).toEqual(
      TOP_LEADS_TABLE +
        // C3: one call K5 of 10 s, no SMS, no leads.
        'Customer activity summary for Meera Iyer (C3), all time\nCustomer ID: C3\nName: Meera Iyer\nPhone: +919822222222\nCalls: 1\nCall Seconds: 10\nSMS: 0\nLeads Contacted: 0\nListings Inquired: 0\nFirst Contact: 2026-03-04T10:00:00.000Z\nLast Contact: 2026-03-04T10:00:00.000Z\n',
    );
    expect(run.stderr).toEqual('error: invalid command "show top 5 leads by call volume in last -3 days": N days: needs a whole number above 0 (-3)\n');
    expect(run.status).toEqual(1);
  });

  it('ends with status 0 when every command succeeded, and stops at exit', () => {
    expect(runCli(dir, [], { input: 'show top 5 leads by call volume\nexit\nshow nonsense\n' })).toEqual({
      stdout: TOP_LEADS_TABLE,
      stderr: '',
      status: 0,
    });
  });
});

describe('hcdm repl without a terminal', () => {
  it('prints no prompt and honours --format', () => {
    const run = runCli(dir, ['repl', '--format', 'json'], { input: 'show top 1 leads by call volume\nquit\n' });
    expect(run.status).toEqual(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { leadId: 'L3', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P2', callCount: 2 },
    ]);
  });
});

describe('--format and --out for a session', () => {
  it('writes every result of piped commands to the --out file in order, a line on stderr for each', () => {
    const input = 'show top 1 leads by call volume\nshow customer activity summary for C9\nshow customer activity summary for C3\n';
    const run = runCli(dir, ['--format', 'ndjson', '--out', 'piped.ndjson'], { input });
    expect(run).toEqual({
      stdout: '',
      stderr: [
        'Wrote 1 row as ndjson to piped.ndjson: Top 1 leads by call volume (all time)',
        'error: no customer with id or phone C9',
        'Added a summary as ndjson to piped.ndjson: Customer activity summary for Meera Iyer (C3), all time',
        '',
      ].join('\n'),
      status: 1,
    });
    const lines = readFileSync(join(dir, 'piped.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { leadId: 'L3', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P2', callCount: 2 },
      {
        customerId: 'C3',
        name: 'Meera Iyer',
        phone: '+919822222222',
        calls: 1,
        callSeconds: 10,
        sms: 0,
        leadsContacted: 0,
        listingsInquired: 0,
        firstContact: '2026-03-04T10:00:00.000Z',
        lastContact: '2026-03-04T10:00:00.000Z',
      },
    ]);
  });

  it('replaces an earlier file at the first result: hcdm repl --format md --out', () => {
    const input = 'show top 1 leads by call volume\n';
    expect(runCli(dir, ['repl', '--format', 'md', '--out', 'session.md'], { input: input + input }).status).toEqual(0);
    expect(runCli(dir, ['repl', '--format', 'md', '--out', 'session.md'], { input }).status).toEqual(0);
    const parsed = parseMarkdown(readFileSync(join(dir, 'session.md'), 'utf8'));
    expect(parsed.headings).toEqual(['## Top 1 leads by call volume (all time)']);
    expect(parsed.tables.map((table) => table.rows)).toEqual([[['L3', 'Asha Rao', '+919876543210', 'P2', '2']]]);
  });

  it('reads the output options after the global ones, and refuses a mistyped one', () => {
    expect(runCli(dir, ['--db', 'hcdm.sqlite', '--format', 'csv'], { input: 'show top 1 leads by call volume\n' }).stdout).toEqual(
      'leadId,customerId,name,phone,propertyId,callCount\nL3,C1,Asha Rao,+919876543210,P2,2\n',
    );
    expect(runCli(dir, ['--fromat', 'csv'], { input: 'help\n' })).toEqual({
      stdout: '',
      stderr: "error: unknown option '--fromat' (Did you mean --format?)\n",
      status: 1,
    });
  });
});
