import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { FIXTURE } from './fixtures.test-utils.js';
import { runCli } from './hcdm-process.test-utils.js';

// hcdm.config.json beside the database sets the zone and the region; the flags and their
// environment variables override it, and the built-in defaults (UTC, IN) must not.
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-config-'));
  writeFiles(join(dir, 'exports'), FIXTURE);
  expect(runCli(dir, ['import', 'exports', '--db', 'data/crm.sqlite']).status).toEqual(0);
  writeFileSync(join(dir, 'data', 'hcdm.config.json'), JSON.stringify({ timeZone: 'Pacific/Kiritimati', defaultRegion: 'US' }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** C3's one call, K5, is 2026-03-04T10:00Z: on 03-05 at Kiritimati (+14), on 03-04 in UTC. */
const ON_03_05 = ['query', 'show customer activity summary for C3 from 2026-03-05 to 2026-03-05', '--format', 'json', '--db', 'data/crm.sqlite'];
const C3 = { customerId: 'C3', name: 'Meera Iyer', phone: '+919822222222', sms: 0, leadsContacted: 0, listingsInquired: 0 };
const KIRITIMATI = { ...C3, calls: 1, callSeconds: 10, firstContact: '2026-03-05T00:00:00.000+14:00', lastContact: '2026-03-05T00:00:00.000+14:00' };
const UTC = { ...C3, calls: 0, callSeconds: 0, firstContact: null, lastContact: null };

describe('the config file and the global options', () => {
  it("takes the config file's timeZone when --tz is not given", () => {
    expect(JSON.parse(runCli(dir, ON_03_05).stdout)).toEqual(KIRITIMATI);
  });

  it('lets --tz or HCDM_TZ override the config file', () => {
    expect(JSON.parse(runCli(dir, [...ON_03_05, '--tz', 'UTC']).stdout)).toEqual(UTC);
    expect(JSON.parse(runCli(dir, ON_03_05, { env: { HCDM_TZ: 'UTC' } }).stdout)).toEqual(UTC);
  });

  it("reads a phone without country code in the config file's region, unless --region or HCDM_REGION says otherwise", () => {
    const lookup = ['query', 'show customer activity summary for 9822222222', '--format', 'json', '--db', 'data/crm.sqlite'];
    expect(runCli(dir, lookup)).toEqual({ stdout: '', stderr: 'error: no customer with phone +19822222222\n', status: 1 });
    // All time, shown in the config file's zone, which still holds.
    expect(JSON.parse(runCli(dir, [...lookup, '--region', 'IN']).stdout)).toEqual(KIRITIMATI);
    expect(JSON.parse(runCli(dir, lookup, { env: { HCDM_REGION: 'in' } }).stdout)).toEqual(KIRITIMATI);
  });

  it('keeps the built-in defaults, UTC and IN, without a config file', () => {
    const args = ['query', 'show customer activity summary for 9822222222 from 2026-03-05 to 2026-03-05', '--format', 'json'];
    expect(runCli(join(dir, 'exports'), ['import', '.', '--db', '../plain.sqlite']).status).toEqual(0);
    expect(JSON.parse(runCli(dir, [...args, '--db', 'plain.sqlite']).stdout)).toEqual(UTC);
  });
});

describe('--config and HCDM_CONFIG', () => {
  it('read the file named instead of the one beside the database', () => {
    writeFileSync(join(dir, 'utc.json'), JSON.stringify({ timeZone: 'UTC' }));
    expect(JSON.parse(runCli(dir, [...ON_03_05, '--config', 'utc.json']).stdout)).toEqual(UTC);
    expect(JSON.parse(runCli(dir, ON_03_05, { env: { HCDM_CONFIG: join(dir, 'utc.json') } }).stdout)).toEqual(UTC);
  });

  it('read a file beside no database, for a database without one', () => {
    writeFileSync(join(dir, 'kiritimati.json'), JSON.stringify({ timeZone: 'Pacific/Kiritimati' }));
    const args = ['query', 'show customer activity summary for C3 from 2026-03-05 to 2026-03-05', '--format', 'json', '--db', 'plain.sqlite'];
    expect(runCli(join(dir, 'exports'), ['import', '.', '--db', '../plain.sqlite']).status).toEqual(0);
    expect(JSON.parse(runCli(dir, [...args, '--config', 'kiritimati.json']).stdout)).toEqual(KIRITIMATI);
  });

  it('are documented in --help', () => {
    const help = runCli(dir, ['--help']).stdout;
    expect([help.includes('--config <file>'), help.includes('HCDM_CONFIG   config file (like --config)')]).toEqual([true, true]);
  });

  it('refuse a file that does not exist, in one line, with status 1', () => {
    expect(runCli(dir, [...ON_03_05, '--config', 'missing.json'])).toEqual({
      stdout: '',
      stderr: 'error: missing.json: cannot be read (ENOENT)\n',
      status: 1,
    });
  });
});
