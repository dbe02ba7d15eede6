import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { FIXTURE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';

// The fixture's calls by ISO week in UTC: W10 (Mar 2-8) K4 03-03, K5 03-04, K1 03-05; W11 (Mar 9-15)
// K2 03-11, K3 03-12. Its SMS: S3 02-20 in W08 (Feb 16-22), S1 and S2 in W10.
describe('hcdm query "show calls by week": the bar chart through the built CLI', () => {
  // One database for the file, only read (makeTempDir would remove it after the first test).
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-trend-'));
    writeFiles(join(dir, 'exports'), FIXTURE);
    expect(runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']).status).toEqual(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const query = (...args: string[]) => runCli(dir, ['query', ...args, '--db', 'crm.sqlite']);

  it('draws # bars where stdout is no terminal, fitted to 80 columns', () => {
    // Label 8, Calls 5, Starts 10 and three gaps of 2 leave 80 - 29 = 51 for the bar: W10's 3
    // fills it, W11's 2 is 2/3 of 51 = 34.
    expect(query('show calls by week')).toEqual({
      stdout: [
        'Calls by week in UTC (all time)',
        `Week${' '.repeat(59)}Calls  Starts`,
        `2026-W10  ${'#'.repeat(51)}      3  2026-03-02`,
        `2026-W11  ${'#'.repeat(34)}${' '.repeat(17)}      2  2026-03-09`,
        '',
      ].join('\n'),
      stderr: '',
      status: 0,
    });
  });

  it('prints every week of engagement as CSV rows, the empty W09 as 0', () => {
    // W08: S3; W09: nothing; W10: 3 calls, S1 and S2; W11: 2 calls.
    const run = query('show engagement by week', '--format', 'csv');
    expect(run.status).toBe(0);
    expect(parse(run.stdout)).toEqual([
      ['bucket', 'start', 'count', 'calls', 'sms'],
      ['2026-W08', '2026-02-16', '1', '0', '1'],
      ['2026-W09', '2026-02-23', '0', '0', '0'],
      ['2026-W10', '2026-03-02', '5', '3', '2'],
      ['2026-W11', '2026-03-09', '2', '2', '0'],
    ]);
  });

  it('counts whole days in --tz: at Kiritimati (+14) 10:00Z is the next day’s midnight', () => {
    // Pacific/Kiritimati is +14: K4 03-03 10:00Z is 03-04 00:00, K5 03-04 10:00Z is 03-05 00:00,
    // K1 03-05 10:00Z is 03-06 00:00.
    const run = query('show calls by day from 2026-03-03 to 2026-03-06', '--format', 'json', '--tz', 'Pacific/Kiritimati');
    expect(JSON.parse(run.stdout)).toEqual([
      { bucket: '2026-03-03', start: '2026-03-03', count: 0 },
      { bucket: '2026-03-04', start: '2026-03-04', count: 1 },
      { bucket: '2026-03-05', start: '2026-03-05', count: 1 },
      { bucket: '2026-03-06', start: '2026-03-06', count: 1 },
    ]);
  });

  it('names a bar chart written to a file, in ASCII', () => {
    const run = query('show calls by month', '--out', 'calls.txt');
    expect([run.stdout, run.stderr, run.status]).toEqual(['', 'Wrote a bar chart of 1 bar as table to calls.txt: Calls by month in UTC (all time)\n', 0]);
    // K1..K5 are all in March. Label 7, Calls 5, two gaps of 2: 80 - 16 = 64 for the one bar.
    expect(readFileSync(join(dir, 'calls.txt'), 'utf8')).toEqual(`Calls by month in UTC (all time)\nMonth${' '.repeat(70)}Calls\n2026-03  ${'#'.repeat(64)}      5\n`);
  });

  it('refuses a trend of more than 4000 buckets in one line, status 1', () => {
    expect(query('show sms by day from 2000-01-01 to 2026-01-31')).toEqual({
      stdout: '',
      stderr:
        'error: invalid command "show sms by day from 2000-01-01 to 2026-01-31": 9528 days from 2000-01-01 to 2026-01-31 are more than the 4000 buckets a trend shows; count by a longer bucket or choose a shorter period\n',
      status: 1,
    });
  });
});
