import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { runCli } from '../hcdm-process.test-utils.js';

// Two inbound missed calls from C1: M1 at 10:00 is called back by O1 at 11:00 (3600 s later);
// M2 on the next day has no outbound call or SMS after it.
const EXPORTS = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+919876543210\n',
  'calls.csv': [
    'call_id,customer_id,timestamp,duration,direction,status',
    'M1,C1,2026-03-05T10:00:00Z,0,inbound,missed',
    'O1,C1,2026-03-05T11:00:00Z,40,outbound,answered',
    'M2,C1,2026-03-06T10:00:00Z,0,inbound,missed',
  ].join('\n'),
};

describe('hcdm query "show missed calls": returned is a boolean in every format', () => {
  // One database for the file, only read (makeTempDir would remove it after the first test).
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-missed-'));
    writeFiles(join(dir, 'exports'), EXPORTS);
    expect(runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']).status).toEqual(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const query = (format: string) => runCli(dir, ['query', 'show missed calls', '--format', format, '--db', 'crm.sqlite']);

  it('JSON: true or false, with the return time and seconds or null', () => {
    const rows = JSON.parse(query('json').stdout) as Record<string, unknown>[];
    expect(rows.map(({ callId, returned, returnedAt, returnSeconds }) => ({ callId, returned, returnedAt, returnSeconds }))).toEqual([
      { callId: 'M1', returned: true, returnedAt: '2026-03-05T11:00:00.000Z', returnSeconds: 3600 },
      { callId: 'M2', returned: false, returnedAt: null, returnSeconds: null },
    ]);
  });

  it('CSV: the text true or false, the same columns as JSON', () => {
    const [header, ...rows] = parse(query('csv').stdout) as string[][];
    const at = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => [row[at('callId')], row[at('returned')], row[at('returnSeconds')]])).toEqual([
      ['M1', 'true', '3600'],
      ['M2', 'false', ''],
    ]);
  });

  it('table: the seconds to the return, "-" for none', () => {
    const lines = query('table').stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('| M'))).toEqual([
      '| M1      | Asha Rao | +919876543210 | 2026-03-05T10:00:00.000Z |         3600 |',
      '| M2      | Asha Rao | +919876543210 | 2026-03-06T10:00:00.000Z |            - |',
    ]);
  });
});
