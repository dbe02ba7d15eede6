import { describe, expect, it } from 'vitest';
import type { QueryResult } from '@hcdm/analytics';
import { parseMarkdown } from './markdown.test-utils.js';
import { formatResult } from './result.format.js';

const list: QueryResult = {
  command: 'show top 2 listings by sms inquiries',
  title: 'Top 2 listings by SMS inquiries',
  shape: 'list',
  columns: [
    { key: 'propertyId', header: 'Property ID', align: 'left' },
    { key: 'title', header: 'Title', align: 'left' },
    { key: 'smsInquiries', header: 'SMS Inquiries', align: 'right' },
  ],
  rows: [
    { propertyId: 'P17', title: 'Sea view | 2 BHK *new* <b>_x_</b> \\ [a](b) `c` ~d~ &amp;', smsInquiries: 3 },
    { propertyId: 'P2', title: 'Studio\nnear station', smsInquiries: null },
  ],
};

const summary: QueryResult = {
  command: 'show customer activity summary for C001',
  title: 'Activity of Priya Sharma (C001)',
  shape: 'summary',
  columns: [
    { key: 'name', header: 'Name', align: 'left' },
    { key: 'calls', header: 'Calls', align: 'right' },
    { key: 'firstContact', header: 'First Contact', align: 'left' },
  ],
  rows: [{ customerId: 'C001', name: 'Priya | Sharma', calls: 12, firstContact: null }],
};

describe('formatResult as md', () => {
  it('writes the title as a heading and a GitHub table a Markdown parser reads back cell for cell', () => {
    expect(parseMarkdown(formatResult(list, 'md'))).toEqual({
      headings: ['## Top 2 listings by SMS inquiries'],
      tables: [
        {
          align: [null, null, 'right'],
          header: ['Property ID', 'Title', 'SMS Inquiries'],
          rows: [
            ['P17', 'Sea view | 2 BHK *new* <b>_x_</b> \\ [a](b) `c` ~d~ &amp;', '3'],
            ['P2', 'Studio\nnear station', ''],
          ],
        },
      ],
      others: [],
    });
  });

  it('escapes pipes in the text, so a cell never splits', () => {
    const lines = formatResult(list, 'md').split('\n');
    expect(lines[4]).toEqual('| P17 | Sea view \\| 2 BHK \\*new\\* \\<b\\>\\_x\\_\\</b\\> \\\\ \\[a\\](b) \\`c\\` \\~d\\~ \\&amp; | 3 |');
  });

  it('prints a summary as a two-column Field | Value table', () => {
    expect(formatResult(summary, 'md')).toEqual(
      [
        '## Activity of Priya Sharma (C001)',
        '',
        '| Field | Value |',
        '| --- | --- |',
        '| Name | Priya \\| Sharma |',
        '| Calls | 12 |',
        '| First Contact |  |',
        '',
        '',
      ].join('\n'),
    );
    expect(parseMarkdown(formatResult(summary, 'md')).tables).toEqual([
      { align: [null, null], header: ['Field', 'Value'], rows: [['Name', 'Priya | Sharma'], ['Calls', '12'], ['First Contact', '']] },
    ]);
  });

  it('keeps two results written one after the other as two tables', () => {
    const parsed = parseMarkdown(formatResult(summary, 'md') + formatResult(list, 'md'));
    expect(parsed.headings).toEqual(['## Activity of Priya Sharma (C001)', '## Top 2 listings by SMS inquiries']);
    expect(parsed.tables.map((table) => table.rows.length)).toEqual([3, 2]);
  });

  it('prints the header and alignment rows alone for no rows', () => {
    expect(formatResult({ ...list, rows: [] }, 'md')).toEqual(
      '## Top 2 listings by SMS inquiries\n\n| Property ID | Title | SMS Inquiries |\n| --- | --- | ---: |\n\n',
    );
  });
});
