import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { FIXTURE, TOP_LEADS_TABLE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';
import { parseMarkdown } from '../output/markdown.test-utils.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-output-'));
  writeFiles(join(dir, 'exports'), FIXTURE);
  expect(runCli(dir, ['import', 'exports']).status).toEqual(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hcdm query --format md and ndjson', () => {
  it('prints a Markdown table that a Markdown parser reads as one table', () => {
    const run = runCli(dir, ['query', 'show top 5 leads by call volume', '--format', 'md']);
    expect(run.status).toEqual(0);
    expect(parseMarkdown(run.stdout)).toEqual({
      headings: ['## Top 5 leads by call volume (all time)'],
      tables: [
        {
          align: [null, null, null, null, 'right'],
          header: ['Lead ID', 'Name', 'Phone', 'Listing', 'Call Count'],
          rows: [
            ['L3', 'Asha Rao', '+919876543210', 'P2', '2'],
            ['L1', 'Asha Rao', '+919876543210', 'P1', '1'],
            ['L2', 'Vikram Shah', '+919812345678', 'P2', '1'],
          ],
        },
      ],
      others: [],
    });
  });

  it('escapes the pipes of help in Markdown, so each command stays one cell', () => {
    const table = parseMarkdown(runCli(dir, ['query', 'help', '--format', 'md']).stdout).tables[0];
    expect(table?.header).toEqual(['Command', 'Example', 'Description']);
    expect(table?.rows[0]?.slice(0, 2)).toEqual(['show top N leads by call volume|sms volume|call duration|engagement', 'show top 5 leads by call volume']);
  });

  it('prints NDJSON: one object a line, a summary on one line', () => {
    const list = runCli(dir, ['query', 'show top 5 leads by call volume', '--format', 'ndjson']).stdout;
    expect(list.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { leadId: 'L3', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P2', callCount: 2 },
      { leadId: 'L1', customerId: 'C1', name: 'Asha Rao', phone: '+919876543210', propertyId: 'P1', callCount: 1 },
      { leadId: 'L2', customerId: 'C2', name: 'Vikram Shah', phone: '+919812345678', propertyId: 'P2', callCount: 1 },
    ]);
    const summary = runCli(dir, ['query', 'show customer activity summary for C3', '--format', 'ndjson']).stdout;
    expect(summary).toEqual(
      '{"customerId":"C3","name":"Meera Iyer","phone":"+919822222222","calls":1,"callSeconds":10,"sms":0,"leadsContacted":0,"listingsInquired":0,"firstContact":"2026-03-04T10:00:00.000Z","lastContact":"2026-03-04T10:00:00.000Z"}\n',
    );
  });
});

describe('hcdm query --out FILE', () => {
  it('writes the result to the file instead of stdout and says where on stderr', () => {
    const run = runCli(dir, ['query', 'show top 2 leads by call volume', '--format', 'csv', '--out', 'top.csv']);
    expect(run).toEqual({ stdout: '', stderr: 'Wrote 2 rows as csv to top.csv: Top 2 leads by call volume (all time)\n', status: 0 });
    expect(parse(readFileSync(join(dir, 'top.csv'), 'utf8'))).toEqual([
      ['leadId', 'customerId', 'name', 'phone', 'propertyId', 'callCount'],
      ['L3', 'C1', 'Asha Rao', '+919876543210', 'P2', '2'],
      ['L1', 'C1', 'Asha Rao', '+919876543210', 'P1', '1'],
    ]);
  });

  it('writes a table for 80 columns, as stdout would hold it', () => {
    expect(runCli(dir, ['query', 'show top 5 leads by call volume', '--out', 'top.txt']).status).toEqual(0);
    expect(readFileSync(join(dir, 'top.txt'), 'utf8')).toEqual(TOP_LEADS_TABLE);
  });

  it('writes a customer profile as one JSON object of sections', () => {
    const run = runCli(dir, ['query', 'show customer profile for C3', '--format', 'json', '--out', 'c3.json']);
    expect(run).toEqual({ stdout: '', stderr: 'Wrote 3 sections as json to c3.json: Customer profile for Meera Iyer (C3), all time\n', status: 0 });
    // C3: one inbound call K5 of 10 s, no SMS, no leads.
    expect(JSON.parse(readFileSync(join(dir, 'c3.json'), 'utf8'))).toEqual({
      summary: {
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
      leads: [],
      timeline: [{ timestamp: '2026-03-04T10:00:00.000Z', type: 'call', id: 'K5', direction: 'inbound', detail: '10 s answered', propertyId: null, leadId: null, agent: null }],
    });
  });

  it('names a heatmap as such when writing it', () => {
    const run = runCli(dir, ['query', 'show sms heatmap', '--format', 'csv', '--out', 'sms.csv']);
    expect(run.stderr).toEqual('Wrote a heatmap as csv to sms.csv: SMS by weekday and hour in UTC (all time)\n');
    // S1 Tue 03-03 11:00, S2 Wed 03-04 11:00, S3 Fri 02-20 11:00 (UTC).
    const rows = parse(readFileSync(join(dir, 'sms.csv'), 'utf8'), { columns: true }) as { weekday: string; hour: string; count: string }[];
    expect(rows.length).toEqual(168);
    expect(rows.filter((row) => row.count !== '0')).toEqual([
      { weekday: 'Tue', hour: '11', count: '1' },
      { weekday: 'Wed', hour: '11', count: '1' },
      { weekday: 'Fri', hour: '11', count: '1' },
    ]);
  });

  it('leaves the file as it was when the command fails', () => {
    writeFileSync(join(dir, 'kept.md'), 'earlier\n');
    const run = runCli(dir, ['query', 'show customer activity summary for C99', '--format', 'md', '--out', 'kept.md']);
    expect(run).toEqual({ stdout: '', stderr: 'error: no customer with id or phone C99\n', status: 1 });
    expect(readFileSync(join(dir, 'kept.md'), 'utf8')).toEqual('earlier\n');
  });

  it('says in one line when the file cannot be written', () => {
    const run = runCli(dir, ['query', 'help', '--out', join('no-such-folder', 'help.txt')]);
    expect(run).toEqual({ stdout: '', stderr: 'error: no-such-folder/help.txt: no such file or folder\n', status: 1 });
    expect(existsSync(join(dir, 'no-such-folder'))).toEqual(false);
  });
});
