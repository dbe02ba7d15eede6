import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { FIXTURE, TOP_LEADS_TABLE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';

// One database for the file: these tests only read it (makeTempDir would remove it after the first).
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-query-'));
  writeFiles(join(dir, 'exports'), FIXTURE);
  expect(runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']).status).toEqual(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hcdm query', () => {
  it('prints a table on stdout, nothing on stderr, status 0', () => {
    expect(runCli(dir, ['query', 'show top 5 leads by call volume', '--db', 'crm.sqlite'])).toEqual({
      stdout: TOP_LEADS_TABLE,
      stderr: '',
      status: 0,
    });
  });

  it('prints a list as a JSON array of row objects', () => {
    const run = runCli(dir, ['query', 'show top 2 leads by call volume', '--format', 'json', '--db', 'crm.sqlite']);
    expect(run.status).toEqual(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { leadId: 'L3', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P2', callCount: 2 },
      { leadId: 'L1', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P1', callCount: 1 },
    ]);
  });

  it('prints a summary as CSV: a header and one line', () => {
    const run = runCli(dir, ['query', 'show customer activity summary for +91 98765 43210', '--format', 'csv', '--db', 'crm.sqlite']);
    expect(run.status).toEqual(0);
    expect(parse(run.stdout)).toEqual([
      ['customerId', 'name', 'phone', 'calls', 'callSeconds', 'sms', 'leadsContacted', 'listingsInquired', 'firstContact', 'lastContact'],
      ['C1', 'Asha Rao', '+919876543210', '3', '210', '1', '2', '2', '2026-02-20T11:00:00.000Z', '2026-03-12T10:00:00.000Z'],
    ]);
  });

  it('prints a summary in a table as Label: value lines, and takes the command without quotes', () => {
    const run = runCli(dir, ['query', 'show', 'customer', 'activity', 'summary', 'for', 'C2', '--db', 'crm.sqlite']);
    expect(run.stdout.split('\n').slice(1)).toEqual([
      'Customer ID: C2',
      'Name: Vikram Shah',
      'Phone: +919812345678',
      'Calls: 1',
      'Call Seconds: 200',
      'SMS: 2',
      'Leads Contacted: 1',
      'Listings Inquired: 1',
      'First Contact: 2026-03-03T10:00:00.000Z',
      'Last Contact: 2026-03-04T11:00:00.000Z',
      '',
    ]);
  });

  it('names the closest command when one is mistyped, status 1', () => {
    expect(runCli(dir, ['query', 'shwo top 5 leads by call volume', '--db', 'crm.sqlite'])).toEqual({
      stdout: '',
      stderr: 'error: unknown command "shwo top 5 leads by call volume"; did you mean "show top 5 leads by call volume"?\n',
      status: 1,
    });
  });

  it('says a phone is unknown in one line, status 1', () => {
    expect(runCli(dir, ['query', 'show customer activity summary for 09000000000', '--db', 'crm.sqlite'])).toEqual({
      stdout: '',
      stderr: 'error: no customer with phone +919000000000\n',
      status: 1,
    });
  });

  it('refuses a database that does not exist, without creating it, status 2', () => {
    expect(runCli(dir, ['query', 'show top 5 leads by call volume', '--db', 'typo.sqlite'])).toEqual({
      stdout: '',
      stderr: 'error: typo.sqlite: no such database (load data with "hcdm import PATH" or "hcdm start", or give --db)\n',
      status: 2,
    });
    expect(existsSync(join(dir, 'typo.sqlite'))).toEqual(false);
  });

  it('answers help where no database exists, and creates none', () => {
    const run = runCli(dir, ['query', 'help', '--format', 'json', '--db', 'nowhere.sqlite']);
    expect(run).toMatchObject({ stderr: '', status: 0 });
    const forms = (JSON.parse(run.stdout) as { command: string }[]).map((row) => row.command);
    expect(forms).toContain('show top N leads by call volume|sms volume|call duration|engagement');
    expect(forms).toContain('help');
    expect(existsSync(join(dir, 'nowhere.sqlite'))).toEqual(false);
  });

  it('refuses a file that is not a database, status 2', () => {
    writeFileSync(join(dir, 'notes.txt'), 'meeting at 10\n');
    expect(runCli(dir, ['query', 'show top 5 leads by call volume', '--db', 'notes.txt'])).toEqual({
      stdout: '',
      stderr: 'error: notes.txt: is not an SQLite database (give another file with --db)\n',
      status: 2,
    });
  });

  it('refuses a folder given as the database, for a query or an import, status 2', () => {
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    const refused = { stdout: '', stderr: 'error: a-folder: is a folder, not an SQLite database file (give another file with --db)\n', status: 2 };
    expect(runCli(dir, ['query', 'show top 5 leads by call volume', '--db', 'a-folder'])).toEqual(refused);
    expect(runCli(dir, ['import', 'exports', '--db', 'a-folder'])).toEqual(refused);
  });

  it('refuses a malformed PostgreSQL URL in one line, its password hidden, status 2', () => {
    expect(runCli(dir, ['query', 'show top 5 leads by call volume', '--db', 'postgres://hcdm:secret@localhost:notaport/crm'])).toEqual({
      stdout: '',
      stderr: 'error: postgres://hcdm:***@localhost:notaport/crm: is not a PostgreSQL URL like postgres://user@host:5432/database: its port is not a number (notaport)\n',
      status: 2,
    });
  });

  it('refuses a database hcdm did not make, writing nothing into it, status 2', () => {
    writeFileSync(join(dir, 'empty.db'), '');
    expect(runCli(dir, ['query', 'show top 5 leads by call volume', '--db', 'empty.db'])).toEqual({
      stdout: '',
      stderr: 'error: empty.db: is not an hcdm database\n',
      status: 2,
    });
    expect(readFileSync(join(dir, 'empty.db')).length).toEqual(0);
    expect(existsSync(join(dir, 'empty.db-wal'))).toEqual(false);
  });

  it('takes --db before or after the command, and HCDM_DB', () => {
    const command = 'show top 5 leads by call volume';
    expect(runCli(dir, ['--db', 'crm.sqlite', 'query', command]).stdout).toEqual(TOP_LEADS_TABLE);
    expect(runCli(dir, ['query', command, '--db', 'crm.sqlite']).stdout).toEqual(TOP_LEADS_TABLE);
    expect(runCli(dir, ['query', command], { env: { HCDM_DB: 'crm.sqlite' } }).stdout).toEqual(TOP_LEADS_TABLE);
  });

  it('rejects a time zone that does not exist, status 1', () => {
    expect(runCli(dir, ['query', 'help', '--db', 'crm.sqlite', '--tz', 'Mars/Olympus'])).toEqual({
      stdout: '',
      stderr: 'error: --tz: is not an IANA time zone like UTC or Asia/Kolkata (Mars/Olympus)\n',
      status: 1,
    });
  });

  it('reads whole days in --tz or HCDM_TZ', () => {
    // K5, C3's only call, is at 2026-03-04T10:00Z: the day before 03-05 in UTC, but 03-05 00:00
    // at Kiritimati (+14), where it is also shown with that offset.
    const args = ['query', 'show customer activity summary for C3 from 2026-03-05 to 2026-03-05', '--format', 'json', '--db', 'crm.sqlite'];
    const c3 = { customerId: 'C3', name: 'Meera Iyer', phone: '+919822222222', sms: 0, leadsContacted: 0, listingsInquired: 0 };
    expect(JSON.parse(runCli(dir, args).stdout)).toEqual({ ...c3, calls: 0, callSeconds: 0, firstContact: null, lastContact: null });
    const kiritimati = { ...c3, calls: 1, callSeconds: 10, firstContact: '2026-03-05T00:00:00.000+14:00', lastContact: '2026-03-05T00:00:00.000+14:00' };
    expect(JSON.parse(runCli(dir, [...args, '--tz', 'Pacific/Kiritimati']).stdout)).toEqual(kiritimati);
    expect(JSON.parse(runCli(dir, args, { env: { HCDM_TZ: 'Pacific/Kiritimati' } }).stdout)).toEqual(kiritimati);
  });

  it('rejects a region that does not exist, status 1', () => {
    expect(runCli(dir, ['query', 'help', '--db', 'crm.sqlite', '--region', 'XX'])).toEqual({
      stdout: '',
      stderr: 'error: --region: is not a two-letter country code like IN or US (XX)\n',
      status: 1,
    });
  });

  it('rejects an unknown format as a usage error, status 1', () => {
    const run = runCli(dir, ['query', 'help', '--format', 'xml', '--db', 'crm.sqlite']);
    expect(run.status).toEqual(1);
    expect(run.stderr).toEqual('error: option \'--format <format>\' argument \'xml\' is invalid. Allowed choices are table, json, csv, ndjson, md.\n');
  });
});
