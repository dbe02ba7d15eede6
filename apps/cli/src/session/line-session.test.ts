import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { FIXTURE, TOP_LEADS_TABLE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';

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
