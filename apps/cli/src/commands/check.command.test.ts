import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { FIXTURE, TOP_LEADS_TABLE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';

// One database for the file, only read. The fixture has 3 leads with calls and no missed call.
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-check-'));
  writeFiles(join(dir, 'exports'), FIXTURE);
  expect(runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']).status).toEqual(0);
  writeFiles(dir, { 'hcdm.config.json': JSON.stringify({ commands: { 'top-lead': 'show top 1 leads by call volume' } }) });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(...args: string[]) {
  return runCli(dir, ['check', ...args, '--db', 'crm.sqlite']);
}

describe('hcdm check', () => {
  it('passes with status 0 when the result has at most --max-rows rows, and prints it', () => {
    expect(check('show top 5 leads by call volume', '--max-rows', '3')).toEqual({ stdout: TOP_LEADS_TABLE, stderr: '', status: 0 });
    expect(check('show missed calls', '--max-rows', '0', '--format', 'json')).toEqual({ stdout: '[]\n', stderr: '', status: 0 });
  });

  it('fails with status 3 when it has more, printing the rows and a line on stderr', () => {
    expect(check('show top 5 leads by call volume', '--max-rows', '2')).toEqual({
      stdout: TOP_LEADS_TABLE,
      stderr: 'check failed: 3 rows, more than --max-rows 2\n',
      status: 3,
    });
  });

  it('counts a summary as one row and a heatmap as its hours with calls', () => {
    expect(check('show customer activity summary for C1', '--max-rows', '0', '--format', 'json')).toMatchObject({
      stderr: 'check failed: 1 row, more than --max-rows 0\n',
      status: 3,
    });
    // K4 Tue 10:00, K5 and K2 Wed 10:00, K1 and K3 Thu 10:00 (UTC): three busy hours.
    expect(check('show call heatmap in UTC', '--max-rows', '3', '--format', 'json').status).toBe(0);
    expect(check('show call heatmap in UTC', '--max-rows', '2', '--format', 'json')).toMatchObject({
      stderr: 'check failed: 3 rows, more than --max-rows 2\n',
      status: 3,
    });
  });

  it('runs a saved command given by its name', () => {
    const run = check('top-lead', '--max-rows', '0', '--format', 'json');
    expect(run).toMatchObject({ stderr: 'check failed: 1 row, more than --max-rows 0\n', status: 3 });
    expect(JSON.parse(run.stdout)).toEqual([{ leadId: 'L3', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P2', callCount: 2 }]);
  });

  it('is a usage error (status 1, not 3) without --max-rows, with a negative one, or with a command that is not one', () => {
    expect(check('show missed calls')).toMatchObject({ stdout: '', status: 1 });
    expect(check('show missed calls', '--max-rows', '-1')).toMatchObject({ stdout: '', status: 1 });
    const unknown = check('show top leeds', '--max-rows', '0');
    expect(unknown).toMatchObject({ stdout: '', status: 1 });
    expect(unknown.stderr).toMatch(/^error: unknown command "show top leeds"/);
  });
});
