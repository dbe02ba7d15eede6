import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { QueryResult } from '@hcdm/analytics';
import { formatResult } from './result.format.js';

const list: QueryResult = {
  command: 'show top 2 listings by sms inquiries',
  title: 'Top 2 listings by SMS inquiries',
  shape: 'list',
  columns: [
    { key: 'propertyId', header: 'Property ID', align: 'left' },
    { key: 'title', header: 'Title', align: 'left' },
    { key: 'price', header: 'Price', align: 'right' },
    { key: 'smsInquiries', header: 'SMS Inquiries', align: 'right' },
  ],
  rows: [
    { propertyId: 'P17', title: '2 BHK, "sea view", Bandra', price: 4500000, smsInquiries: 3 },
    { propertyId: 'P2', title: 'Studio\nnear station', price: null, smsInquiries: 1 },
  ],
};

const summary: QueryResult = {
  command: 'show customer activity summary for C001',
  title: 'Activity of Priya Sharma (C001)',
  shape: 'summary',
  columns: [
    { key: 'calls', header: 'Calls', align: 'right' },
    { key: 'sms', header: 'SMS', align: 'right' },
    { key: 'firstContact', header: 'First Contact', align: 'left' },
  ],
  rows: [{ customerId: 'C001', calls: 12, sms: 8, firstContact: null }],
};

describe('formatResult as json', () => {
  it('prints a list as an array of the row objects', () => {
    expect(JSON.parse(formatResult(list, 'json'))).toEqual([
      { propertyId: 'P17', title: '2 BHK, "sea view", Bandra', price: 4500000, smsInquiries: 3 },
      { propertyId: 'P2', title: 'Studio\nnear station', price: null, smsInquiries: 1 },
    ]);
  });

  it('prints a summary as its one object', () => {
    expect(JSON.parse(formatResult(summary, 'json'))).toEqual({ customerId: 'C001', calls: 12, sms: 8, firstContact: null });
  });

  it('prints an empty list as an empty array', () => {
    expect(formatResult({ ...list, rows: [] }, 'json')).toEqual('[]\n');
  });
});

describe('formatResult as csv', () => {
  it('parses back to the header of keys and the rows, quotes and newlines included', () => {
    expect(parse(formatResult(list, 'csv'))).toEqual([
      ['propertyId', 'title', 'price', 'smsInquiries'],
      ['P17', '2 BHK, "sea view", Bandra', '4500000', '3'],
      ['P2', 'Studio\nnear station', '', '1'],
    ]);
  });

  it('prints a summary as a header and one line, with the same fields as JSON', () => {
    expect(formatResult(summary, 'csv')).toEqual('customerId,calls,sms,firstContact\nC001,12,8,\n');
  });

  it('prints only the header for no rows', () => {
    expect(formatResult({ ...list, rows: [] }, 'csv')).toEqual('propertyId,title,price,smsInquiries\n');
  });
});

describe('formatResult as ndjson', () => {
  it('prints one JSON object a line, each parsing alone', () => {
    const lines = formatResult(list, 'ndjson').split('\n');
    expect(lines.at(-1)).toEqual('');
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual([
      { propertyId: 'P17', title: '2 BHK, "sea view", Bandra', price: 4500000, smsInquiries: 3 },
      { propertyId: 'P2', title: 'Studio\nnear station', price: null, smsInquiries: 1 },
    ]);
  });

  it('prints a summary as one line', () => {
    expect(formatResult(summary, 'ndjson')).toEqual('{"customerId":"C001","calls":12,"sms":8,"firstContact":null}\n');
  });

  it('prints nothing for no rows', () => {
    expect(formatResult({ ...list, rows: [] }, 'ndjson')).toEqual('');
  });
});

describe('a boolean cell', () => {
  // The library may carry booleans (a missed call returned or not); people read yes/no, programs true/false.
  const returned = {
    command: 'show missed calls',
    title: 'Missed calls',
    shape: 'list',
    columns: [
      { key: 'callId', header: 'Call ID', align: 'left' },
      { key: 'returned', header: 'Returned', align: 'left' },
    ],
    rows: [
      { callId: 'K1', returned: true },
      { callId: 'K2', returned: false },
    ],
  } as unknown as QueryResult;

  it('shows yes or no in a table and in Markdown', () => {
    expect(formatResult(returned, 'table').split('\n').slice(4, 6)).toEqual(['| K1      | yes      |', '| K2      | no       |']);
    expect(formatResult(returned, 'md').split('\n').slice(4, 6)).toEqual(['| K1 | yes |', '| K2 | no |']);
  });

  it('stays true or false in JSON, NDJSON and CSV', () => {
    expect(JSON.parse(formatResult(returned, 'json'))).toEqual([
      { callId: 'K1', returned: true },
      { callId: 'K2', returned: false },
    ]);
    expect(formatResult(returned, 'ndjson')).toEqual('{"callId":"K1","returned":true}\n{"callId":"K2","returned":false}\n');
    expect(parse(formatResult(returned, 'csv'))).toEqual([
      ['callId', 'returned'],
      ['K1', 'true'],
      ['K2', 'false'],
    ]);
  });
});

describe('formatResult as table', () => {
  it('prints a summary as Label: value lines under its title', () => {
    expect(formatResult(summary, 'table')).toEqual('Activity of Priya Sharma (C001)\nCalls: 12\nSMS: 8\nFirst Contact: -\n');
  });

  it('draws a list as a table', () => {
    expect(formatResult({ ...list, rows: [list.rows[0]!] }, 'table')).toEqual(
      [
        'Top 2 listings by SMS inquiries',
        '+-------------+---------------------------+---------+---------------+',
        '| Property ID | Title                     |   Price | SMS Inquiries |',
        '+-------------+---------------------------+---------+---------------+',
        '| P17         | 2 BHK, "sea view", Bandra | 4500000 |             3 |',
        '+-------------+---------------------------+---------+---------------+',
        '',
      ].join('\n'),
    );
  });
});
