import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { QueryResult } from '@hcdm/analytics';
import { parseMarkdown } from './markdown.test-utils.js';
import { formatResult } from './result.format.js';

const command = 'show customer profile for C1 with timeline 2';

const profile: QueryResult = {
  command,
  title: 'Customer profile for Asha Rao (C1), all time',
  shape: 'sections',
  columns: [],
  rows: [],
  sections: [
    {
      name: 'summary',
      result: {
        command,
        title: 'Activity summary',
        shape: 'summary',
        columns: [
          { key: 'name', header: 'Name', align: 'left' },
          { key: 'calls', header: 'Calls', align: 'right' },
        ],
        rows: [{ customerId: 'C1', name: 'Asha Rao', calls: 2 }],
      },
    },
    {
      name: 'leads',
      result: {
        command,
        title: 'Leads by score',
        shape: 'list',
        columns: [
          { key: 'leadId', header: 'Lead ID', align: 'left' },
          { key: 'score', header: 'Score', align: 'right' },
        ],
        rows: [
          { leadId: 'L3', score: 50.3 },
          { leadId: 'L1', score: 32.2 },
        ],
      },
    },
    {
      name: 'timeline',
      result: {
        command,
        title: 'Latest 2 events, newest first',
        shape: 'list',
        columns: [{ key: 'detail', header: 'Detail', align: 'left' }],
        rows: [{ detail: 'call, 300 s' }, { detail: 'lead on P3' }],
      },
    },
  ],
};

describe('formatResult of a sectioned result', () => {
  it('draws each section under its title in a table', () => {
    expect(formatResult(profile, 'table')).toEqual(
      [
        'Customer profile for Asha Rao (C1), all time',
        '',
        'Activity summary',
        'Name: Asha Rao',
        'Calls: 2',
        '',
        'Leads by score',
        '+---------+-------+',
        '| Lead ID | Score |',
        '+---------+-------+',
        '| L3      |  50.3 |',
        '| L1      |  32.2 |',
        '+---------+-------+',
        '',
        'Latest 2 events, newest first',
        '+-------------+',
        '| Detail      |',
        '+-------------+',
        '| call, 300 s |',
        '| lead on P3  |',
        '+-------------+',
        '',
      ].join('\n'),
    );
  });

  it('prints one JSON object with each section under its name', () => {
    expect(JSON.parse(formatResult(profile, 'json'))).toEqual({
      summary: { customerId: 'C1', name: 'Asha Rao', calls: 2 },
      leads: [
        { leadId: 'L3', score: 50.3 },
        { leadId: 'L1', score: 32.2 },
      ],
      timeline: [{ detail: 'call, 300 s' }, { detail: 'lead on P3' }],
    });
  });

  it('prints NDJSON lines that each parse and name their section', () => {
    const lines = formatResult(profile, 'ndjson').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { section: 'summary', customerId: 'C1', name: 'Asha Rao', calls: 2 },
      { section: 'leads', leadId: 'L3', score: 50.3 },
      { section: 'leads', leadId: 'L1', score: 32.2 },
      { section: 'timeline', detail: 'call, 300 s' },
      { section: 'timeline', detail: 'lead on P3' },
    ]);
  });

  it('prints CSV section by section: a title line, the header, the rows, a blank line between', () => {
    const csv = formatResult(profile, 'csv');
    expect(csv).toEqual(
      [
        'Activity summary',
        'customerId,name,calls',
        'C1,Asha Rao,2',
        '',
        'Leads by score',
        'leadId,score',
        'L3,50.3',
        'L1,32.2',
        '',
        '"Latest 2 events, newest first"',
        'detail',
        '"call, 300 s"',
        'lead on P3',
        '',
      ].join('\n'),
    );
    expect(parse(csv, { relax_column_count: true, skip_empty_lines: true })).toEqual([
      ['Activity summary'],
      ['customerId', 'name', 'calls'],
      ['C1', 'Asha Rao', '2'],
      ['Leads by score'],
      ['leadId', 'score'],
      ['L3', '50.3'],
      ['L1', '32.2'],
      ['Latest 2 events, newest first'],
      ['detail'],
      ['call, 300 s'],
      ['lead on P3'],
    ]);
  });

  it('prints Markdown with the title, a sub-heading per section and valid tables', () => {
    expect(parseMarkdown(formatResult(profile, 'md'))).toEqual({
      headings: ['## Customer profile for Asha Rao (C1), all time', '### Activity summary', '### Leads by score', '### Latest 2 events, newest first'],
      tables: [
        { align: [null, null], header: ['Field', 'Value'], rows: [['Name', 'Asha Rao'], ['Calls', '2']] },
        { align: [null, 'right'], header: ['Lead ID', 'Score'], rows: [['L3', '50.3'], ['L1', '32.2']] },
        { align: [null], header: ['Detail'], rows: [['call, 300 s'], ['lead on P3']] },
      ],
      others: [],
    });
  });
});
